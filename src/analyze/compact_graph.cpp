#include "analyze/compact_graph.hpp"

namespace respnet {

CompactGraph make_compact_graph(std::size_t vertex_count, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges) {
  CompactGraph g;
  g.offsets.assign(vertex_count + 1, 0);
  for (const auto& [a, b] : edges) {
    ++g.offsets[a + 1];
    ++g.offsets[b + 1];
  }
  for (std::size_t v = 0; v < vertex_count; ++v) g.offsets[v + 1] += g.offsets[v];
  g.targets.resize(g.offsets.back());
  std::vector<std::uint32_t> next(g.offsets.begin(), g.offsets.end() - 1);
  for (const auto& [a, b] : edges) {
    g.targets[next[a]++] = b;
    g.targets[next[b]++] = a;
  }
  return g;
}

}  // namespace respnet
