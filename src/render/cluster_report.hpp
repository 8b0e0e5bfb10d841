#pragma once
// Clusters as tables and as the clusters document, schema "respnet.clusters/1".
#include <string>

#include "analyze/clusters.hpp"
#include "render/sections.hpp"

namespace respnet {

struct ClusterReportOptions {
  std::string method = "leiden";
  std::string groups = "drop";
  ClusterOptions cluster;
  SectionsWriteOptions output;
};

/// One row per cluster: id, size, tasks, density, top_units, leaders, bridges (names joined
/// with 、, bridges with their outside share).
DataTable make_cluster_table(const NetworkStructure& metrics, const ClusterResult& result);

/// One row per unit: name, kind, cluster, load, component, core_number, core.
DataTable make_cluster_member_table(const NetworkStructure& metrics, const ClusterResult& result);

/// JSON: {"schema", "source", "method", "groups", "resolution", "seed", "runs", "modularity",
/// "stability", "clusters": [{"id", "size", "units", "tasks", "leaders", "top_units",
/// "density", "bridges": [{"name", "outside_share"}]}], "units": [member rows]}.
/// Other formats: a summary line, then the clusters and members tables.
std::string write_cluster_report(const NetworkStructure& metrics, const ClusterResult& result,
                                 const ClusterReportOptions& options);

}  // namespace respnet
