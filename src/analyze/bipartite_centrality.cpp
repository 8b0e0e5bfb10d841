#include "analyze/bipartite_centrality.hpp"

#include "analyze/compact_graph.hpp"

namespace respnet {
namespace {

// Vertices: tasks first, then leaders, then units, each side in id order.
CompactGraph build_bipartite_graph(const Network& network) {
  const std::size_t tasks = network.tasks.size();
  const std::size_t leaders = network.leaders.size();
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  edges.reserve(tasks + network.assignments.size());
  auto vertex = [](std::size_t v) { return static_cast<std::uint32_t>(v); };
  std::size_t next = 0;
  for (std::size_t t = 0; t < tasks; ++t) {
    if (const auto leader = network.tasks[t].leader) edges.emplace_back(vertex(t), vertex(tasks + index_of(*leader)));
    for (; next < network.assignments.size() && index_of(network.assignments[next].task) == t; ++next) {
      edges.emplace_back(vertex(t), vertex(tasks + leaders + index_of(network.assignments[next].unit)));
    }
  }
  return make_compact_graph(tasks + leaders + network.units.size(), edges);
}

// NetworkX's bet_max for a side of `own` nodes facing `other` nodes.
double max_betweenness(double own, double other) {
  if (other == 0) return 0;
  const auto q = static_cast<long long>(own - 1) / static_cast<long long>(other);
  const auto r = static_cast<long long>(own - 1) % static_cast<long long>(other);
  const double s = static_cast<double>(q);
  const double t = static_cast<double>(r);
  return (other * other * (s + 1) * (s + 1) + other * (s + 1) * (2 * t - s - 1) -
          t * (2 * s - t + 3)) / 2.0;
}

double ratio(double numerator, double denominator) { return denominator == 0 ? 0 : numerator / denominator; }

}  // namespace

BipartiteCentrality compute_bipartite_centrality(const Network& network, const PathOptions& paths) {
  const CompactGraph g = build_bipartite_graph(network);
  const PathTotals totals = compute_path_totals(g, paths);

  const auto n = static_cast<double>(network.tasks.size());
  const auto m = static_cast<double>(network.leaders.size() + network.units.size());
  const double all = n + m;
  const double bet_max_top = max_betweenness(n, m);
  const double bet_max_bottom = max_betweenness(m, n);

  BipartiteCentrality out;
  auto fill = [&](SideCentrality& side, std::size_t first, std::size_t count, bool top) {
    const double other = top ? m : n;
    const double numerator = top ? m + 2 * (n - 1) : n + 2 * (m - 1);
    for (std::size_t i = 0; i < count; ++i) {
      const std::size_t v = first + i;
      side.degree.push_back(ratio(static_cast<double>(g.degree(v)), other));
      // Unordered pairs, as NetworkX's unnormalised undirected betweenness.
      side.betweenness.push_back(ratio(totals.betweenness[v] / 2, top ? bet_max_top : bet_max_bottom));
      side.closeness.push_back(totals.distance_sum[v] > 0 && all > 1
                                   ? numerator / static_cast<double>(totals.distance_sum[v]) *
                                         (static_cast<double>(totals.reached[v]) - 1) / (all - 1)
                                   : 0.0);
    }
  };
  fill(out.tasks, 0, network.tasks.size(), true);
  fill(out.leaders, network.tasks.size(), network.leaders.size(), false);
  fill(out.units, network.tasks.size() + network.leaders.size(), network.units.size(), false);

  auto warn = [&](const std::string& message) {
    out.warnings.push_back({Severity::warning, network.source, {0, 0}, message});
  };
  out.betweenness_sources = totals.betweenness_sources;
  if (m == 0) warn("the network has no leaders or units: actor-side centralities are 0.");
  if (bet_max_top == 0 && m > 0) {
    warn("bipartite betweenness of tasks is undefined for this network size (NetworkX divides "
         "by zero); it is reported as 0.");
  }
  if (bet_max_bottom == 0 && m > 0) {
    warn("bipartite betweenness of leaders and units is undefined for this network size "
         "(NetworkX divides by zero); it is reported as 0.");
  }
  return out;
}

}  // namespace respnet
