#pragma once
// The meeting pack's report.html: one self-contained page (inline CSS, inline SVG, a little
// plain JavaScript for sorting and filtering tables; nothing fetched from the network).
#include <string>
#include <utility>
#include <vector>

#include "analyze/clusters.hpp"
#include "analyze/metrics.hpp"
#include "analyze/roles.hpp"
#include "render/diff_report.hpp"

namespace respnet {

struct ReportContent {
  const NetworkMetrics* metrics = nullptr;     ///< every figure, groups kept
  const NetworkStructure* projection = nullptr;  ///< the clusters' network, groups dropped
  const ClusterResult* clusters = nullptr;
  const RoleNetwork* roles = nullptr;
  Diagnostics warnings;  ///< parser diagnostics and data checks
  /// Inline SVG diagrams by name: "units", "clusters", "roles", "leader:<name>".
  std::vector<std::pair<std::string, std::string>> diagrams;
  std::string definitions_markdown;
  const DiffView* diff = nullptr;  ///< the comparison with an earlier year (report --compare), if any
};

/// Sections: summary, overloaded agencies (table and bar chart), rankings (sortable,
/// filterable), coordination clusters, leaders, lead vs support (pairs and a heat map),
/// year over year (with a diff: its counts, the cluster agreement, units by load change, the
/// tasks that are new, dropped or changed lead, leaders, the "diff" diagram, unmatched units),
/// definitions.
std::string write_report_html(const ReportContent& content);

/// An SVG document reduced to its <svg> element for inlining in HTML, its ids (and the
/// references to them) prefixed so that several diagrams on one page keep unique ids.
std::string inline_svg(const std::string& svg_document, const std::string& id_prefix);

}  // namespace respnet
