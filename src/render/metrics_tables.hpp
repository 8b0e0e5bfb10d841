#pragma once
// The figures of analyze/metrics.hpp as tables (one row per unit, leader, task) and as the
// metrics document, schema "respnet.metrics/1".
#include <string>

#include "analyze/metrics.hpp"
#include "render/data_table.hpp"
#include "render/sections.hpp"

namespace respnet {

/// name, kind, tasks, lead, support, leaders, partners, degree_centrality, betweenness,
/// closeness, projection_degree, projection_betweenness, eigenvector, pagerank, constraint,
/// effective_size, load, load_z, overloaded, why; rows in UnitId order.
DataTable make_unit_table(const NetworkMetrics& metrics);

/// name, title, tasks, units, degree_centrality, betweenness, closeness; LeaderId order.
DataTable make_leader_table(const NetworkMetrics& metrics);

/// id, leader, units, single_lead, degree_centrality, betweenness, closeness; TaskId order.
DataTable make_task_table(const NetworkMetrics& metrics);

/// Diagnostics as rows: severity, line, column, message.
DataTable make_diagnostic_table(const Diagnostics& diagnostics);

/// leader, other, shared_units: for each leader its overlaps (analyze/leader_portfolio.hpp),
/// most shared units first.
DataTable make_overlap_table(const NetworkMetrics& metrics);

/// leader, then one column per leader: units both rely on; the diagonal is the leader's own units.
DataTable make_overlap_matrix(const NetworkMetrics& metrics);

/// The sections of `respnet metrics`: units, leaders, leader_overlaps, tasks, warnings (the
/// parser's and the analysis's, by source line).
std::vector<TableSection> make_metrics_sections(const NetworkMetrics& metrics,
                                                const Diagnostics& parse_diagnostics);

}  // namespace respnet
