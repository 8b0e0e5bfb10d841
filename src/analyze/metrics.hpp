#pragma once
// Every figure of the analysis engine for one network: the composition of the analyses, each
// defined at the top of its own file (participation, projection, bipartite_centrality,
// projection_centrality, structural_holes, load, leader_portfolio, roles, data_checks).
#include <string>
#include <vector>

#include "analyze/bipartite_centrality.hpp"
#include "analyze/leader_portfolio.hpp"
#include "analyze/load.hpp"
#include "analyze/participation.hpp"
#include "analyze/projection.hpp"
#include "analyze/projection_centrality.hpp"
#include "analyze/structural_holes.hpp"
#include "model/network.hpp"

namespace respnet {

struct MetricsOptions {
  ProjectionWeighting weighting = ProjectionWeighting::shared_tasks;
  LoadOptions load;
  PathOptions paths;  ///< threads and sampled betweenness sources, for G and P
};

/// The figures that cost little (O(E) and the projection): enough for clusters, load and roles.
struct NetworkStructure {
  Network network;  ///< the network analysed (after the group policy)
  UnitParticipation participation;
  std::vector<std::uint32_t> partners;  ///< distinct units sharing a task, by UnitId
  UnitProjection projection;
  CoordinationLoad load;
  std::vector<std::string> why;  ///< one line per unit explaining its load
  LeaderPortfolios portfolios;
  std::vector<std::uint32_t> task_units;  ///< units per task, by TaskId
  std::vector<bool> task_single_lead;  ///< exactly one lead
  Diagnostics warnings;  ///< analysis warnings and data checks
};

/// Every figure: the structure and the centralities, O(V E).
struct NetworkMetrics : NetworkStructure {
  BipartiteCentrality bipartite;
  ProjectionCentrality projection_centrality;
  StructuralHoles holes;
};

/// The structure of the network as given (apply the group policy first).
NetworkStructure compute_structure(Network network, const MetricsOptions& options);

/// Every figure for the network as given (apply the group policy first).
NetworkMetrics compute_metrics(Network network, const MetricsOptions& options);

/// "leads 11 tasks (rank 1), supports 10; 37 partner units; works for 4 leaders".
std::string explain_load(std::uint32_t lead, std::uint32_t lead_rank, std::uint32_t support,
                         std::uint32_t partners, std::uint32_t leaders);

}  // namespace respnet
