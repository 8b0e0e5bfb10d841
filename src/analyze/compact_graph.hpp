#pragma once
// An undirected graph in compressed sparse rows, built once for the hot loops: the neighbours of
// v are targets[offsets[v] .. offsets[v + 1]). Standard library only.
#include <cstdint>
#include <utility>
#include <vector>

namespace respnet {

struct CompactGraph {
  std::vector<std::uint32_t> offsets;  ///< vertex_count + 1 entries
  std::vector<std::uint32_t> targets;  ///< each undirected edge twice

  std::size_t vertex_count() const { return offsets.empty() ? 0 : offsets.size() - 1; }
  std::uint32_t degree(std::size_t v) const { return offsets[v + 1] - offsets[v]; }
};

/// From undirected edges {a, b}, a != b, each given once; neighbours keep the edges' order.
CompactGraph make_compact_graph(std::size_t vertex_count, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges);

}  // namespace respnet
