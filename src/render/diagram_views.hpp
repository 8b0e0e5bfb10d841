#pragma once
// The views of `respnet export`: what each diagram shows, built from the analysis results.
#include "analyze/backbone.hpp"
#include "analyze/clusters.hpp"
#include "analyze/metrics.hpp"
#include "analyze/roles.hpp"
#include "render/diagram_style.hpp"

namespace respnet {

/// overview: leaders -> tasks -> units, left to right (dot); lead edges solid and heavy,
/// support edges thin and dashed; tasks labelled with their id and a shortened text.
Diagram make_overview_diagram(const NetworkMetrics& metrics, const DiagramOptions& options);

/// leader:NAME: one leader's tasks and the lead and support units of each (dot).
Diagram make_leader_diagram(const NetworkMetrics& metrics, LeaderId leader, const DiagramOptions& options);

/// ego:UNIT: one agency's tasks (lead or support), the leaders it serves, and its strongest
/// partners (at most 25) on those tasks (dot).
Diagram make_ego_diagram(const NetworkMetrics& metrics, UnitId unit, const DiagramOptions& options);

struct UnitsViewOptions {
  BackboneOptions backbone;
  std::size_t top = 0;  ///< only the N most loaded units (0: all)
};

/// units: P's backbone (neato; sfdp above 300 units) with overlap removal; node size grows
/// with load, fill by cluster, overloaded units framed in red; tie width grows with shared tasks.
Diagram make_units_diagram(const NetworkStructure& metrics, const ClusterResult& clusters,
                           const UnitsViewOptions& view, const DiagramOptions& options);

/// clusters: P's backbone with each cluster in a labelled box (fdp).
Diagram make_clusters_diagram(const NetworkStructure& metrics, const ClusterResult& clusters,
                              const UnitsViewOptions& view, const DiagramOptions& options);

/// roles: D, lead -> support, the strongest pairs (at most max_ties, at least min_weight
/// tasks), edge width growing with the number of tasks (dot).
Diagram make_roles_diagram(const NetworkStructure& metrics, const RoleNetwork& roles,
                           const BackboneOptions& limits, const DiagramOptions& options);

}  // namespace respnet
