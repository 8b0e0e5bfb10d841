#pragma once
// The Leiden algorithm (Traag, Waltman & van Eck 2019, "From Louvain to Leiden: guaranteeing
// well-connected communities", Sci. Rep. 9:5233), maximising the quality Q of
// analyze/cluster_graph.hpp: modularity with a resolution, or Barber's bipartite modularity,
// depending on the node weights of the graph.
// Each pass: fast local moving of nodes (queue of nodes whose neighbourhood changed); refinement
// inside each community (well-connected singletons merge into well-connected sub-communities,
// chosen at random with probability proportional to exp(gain / theta), theta = 0.01, gains in
// edge-weight units); aggregation of the refined partition, starting from the unrefined one.
// Passes repeat until no node moves; whole runs repeat from the last partition until Q stops
// improving. A last step splits any community that is not connected, so every community is
// connected. Deterministic for a seed. Cost: about O(E) per pass, a few passes in practice.
#include <cstdint>

#include "analyze/cluster_graph.hpp"

namespace respnet {

struct LeidenOptions {
  double resolution = 1.0;
  std::uint64_t seed = 1;
  double theta = 0.01;
};

struct LeidenResult {
  Membership membership;  ///< normalised: communities numbered by first node
  double quality = 0;     ///< Q of the membership, recomputed from it
};

/// The best partition found from singletons; deterministic for options.seed.
LeidenResult run_leiden(const ClusterGraph& graph, const LeidenOptions& options);

}  // namespace respnet
