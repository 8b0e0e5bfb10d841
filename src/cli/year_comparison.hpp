#pragma once
// Two years' documents side by side: each read and analysed as the other commands do, then compared.
#include <optional>
#include <string>

#include "analyze/clusters.hpp"
#include "cli/analysis_options.hpp"
#include "render/diff_report.hpp"

namespace respnet::cli {

/// One year analysed for a comparison.
struct YearFigures {
  StructuredDocument document;  ///< the figures under the options' group policy
  NetworkStructure clustered;   ///< groups dropped, as `respnet clusters` sees the network
  ClusterResult clusters;       ///< the default clusters of `clustered`
};

/// Reads and analyses the document at `path` with its configuration (`config`, else PATH.toml
/// beside it), the options' dialect and group policy (diagnostics on stderr); nullopt when it has errors.
std::optional<YearFigures> analyse_year(const AnalysisOptions& options, const std::string& path,
                                        const std::string& config);

/// What one year's side of a comparison is made of.
struct YearSide {
  const NetworkStructure& figures;
  const NetworkStructure& clustered;
  const ClusterResult& clusters;
  const DocumentConfig& config;  ///< its [aliases] are renames for the unit matching
};

/// The diff of two years; the renames are both configurations' [aliases].
DiffView compare_years(const YearSide& before, const YearSide& after, const TaskMatchOptions& tasks);

}  // namespace respnet::cli
