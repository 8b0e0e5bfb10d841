#pragma once
// The graph a community detection runs on: weighted, undirected, stored both ways (CSR), with
// self-loop weights (what aggregated nodes hold inside) and two null-model weights per node.
//
// Quality of a partition (Newman & Girvan 2004; Barber 2007), with W = twice the total edge
// weight, I_c = the weight inside c counted both ways, X_c and Y_c the sums of x and y over c:
//     Q = sum over c of [ I_c / W - resolution * X_c * Y_c / W^2 ]
// Modularity: x = y = weighted degree, so Q is networkx.community.modularity.
// Barber's bipartite modularity on tasks and units: x = 2 deg for tasks (0 for units), y = 2 deg
// for units (0 for tasks), so Q = sum over c of [ L_c / m - k_c d_c / m^2 ].
#include <cstdint>
#include <vector>

namespace respnet {

struct ClusterGraph {
  std::vector<std::size_t> offsets{0};  ///< node v's arcs are [offsets[v], offsets[v+1])
  std::vector<std::uint32_t> targets;   ///< never v itself
  std::vector<double> weights;
  std::vector<double> self_weight;  ///< I of the node on its own
  std::vector<double> x;
  std::vector<double> y;
  double total_weight = 0;  ///< W

  std::size_t node_count() const { return x.size(); }
};

/// Community of each node: dense ids from 0.
using Membership = std::vector<std::uint32_t>;

/// Q of the membership, as defined above; 0 for a graph without edges.
double compute_quality(const ClusterGraph& graph, const Membership& membership, double resolution);

/// Renumbers communities 0, 1, ... in order of their first node.
Membership normalise_membership(const Membership& membership);

/// Splits every community whose nodes are not connected inside it into its connected parts
/// (this never lowers Q). The result is normalised.
Membership split_disconnected(const ClusterGraph& graph, const Membership& membership);

}  // namespace respnet
