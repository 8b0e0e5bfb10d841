#pragma once
// For every vertex of an unweighted graph: the sum of BFS distances to the vertices it reaches.
// Cost: O(V (V + E)).
#include <cstdint>
#include <vector>

#include "analyze/bgl_graph.hpp"

namespace respnet {

struct PathSums {
  std::uint64_t distance_sum = 0;
  std::size_t reached = 0;  ///< including the vertex itself
};

/// Indexed by vertex.
std::vector<PathSums> compute_path_sums(const bgl::UndirectedGraph& graph);

}  // namespace respnet
