#include "analyze/cluster_graph.hpp"

#include <algorithm>
#include <limits>

namespace respnet {

double compute_quality(const ClusterGraph& g, const Membership& membership, double resolution) {
  if (g.total_weight <= 0) return 0.0;
  const std::size_t communities =
      membership.empty() ? 0 : *std::max_element(membership.begin(), membership.end()) + std::size_t{1};
  std::vector<double> inside(communities, 0.0);
  std::vector<double> x(communities, 0.0);
  std::vector<double> y(communities, 0.0);
  for (std::size_t v = 0; v < g.node_count(); ++v) {
    const std::uint32_t c = membership[v];
    inside[c] += g.self_weight[v];
    x[c] += g.x[v];
    y[c] += g.y[v];
    for (std::size_t a = g.offsets[v]; a < g.offsets[v + 1]; ++a) {
      if (membership[g.targets[a]] == c) inside[c] += g.weights[a];
    }
  }
  double q = 0;
  const double w = g.total_weight;
  for (std::size_t c = 0; c < communities; ++c) q += inside[c] / w - resolution * x[c] * y[c] / (w * w);
  return q;
}

Membership normalise_membership(const Membership& membership) {
  constexpr std::uint32_t unset = std::numeric_limits<std::uint32_t>::max();
  const std::size_t ids =
      membership.empty() ? 0 : *std::max_element(membership.begin(), membership.end()) + std::size_t{1};
  std::vector<std::uint32_t> renamed(ids, unset);
  Membership out(membership.size());
  std::uint32_t next = 0;
  for (std::size_t v = 0; v < membership.size(); ++v) {
    std::uint32_t& name = renamed[membership[v]];
    if (name == unset) name = next++;
    out[v] = name;
  }
  return out;
}

Membership split_disconnected(const ClusterGraph& g, const Membership& membership) {
  constexpr std::uint32_t unset = std::numeric_limits<std::uint32_t>::max();
  Membership out(g.node_count(), unset);
  std::uint32_t next = 0;
  std::vector<std::uint32_t> stack;
  for (std::size_t start = 0; start < g.node_count(); ++start) {
    if (out[start] != unset) continue;
    out[start] = next;
    stack.assign(1, static_cast<std::uint32_t>(start));
    while (!stack.empty()) {
      const std::uint32_t v = stack.back();
      stack.pop_back();
      for (std::size_t a = g.offsets[v]; a < g.offsets[v + 1]; ++a) {
        const std::uint32_t u = g.targets[a];
        if (out[u] == unset && membership[u] == membership[v]) {
          out[u] = next;
          stack.push_back(u);
        }
      }
    }
    ++next;
  }
  return out;
}

}  // namespace respnet
