#include "analyze/bipartite_centrality.hpp"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/range/iterator_range.hpp>

#include "analyze/bgl_graph.hpp"
#include "analyze/shortest_path_sums.hpp"

namespace respnet {
namespace {

// Vertices: tasks first, then leaders, then units, each side in id order.
bgl::UndirectedGraph build_bipartite_graph(const Network& network) {
  const std::size_t tasks = network.tasks.size();
  const std::size_t leaders = network.leaders.size();
  bgl::UndirectedGraph g(tasks + leaders + network.units.size());
  std::size_t next = 0;
  for (std::size_t t = 0; t < tasks; ++t) {
    if (const auto leader = network.tasks[t].leader) boost::add_edge(t, tasks + index_of(*leader), g);
    for (; next < network.assignments.size() && index_of(network.assignments[next].task) == t; ++next) {
      boost::add_edge(t, tasks + leaders + index_of(network.assignments[next].unit), g);
    }
  }
  return g;
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

BipartiteCentrality compute_bipartite_centrality(const Network& network) {
  const bgl::UndirectedGraph g = build_bipartite_graph(network);
  const std::size_t vertex_count = boost::num_vertices(g);
  std::vector<double> raw_betweenness(vertex_count, 0.0);
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(boost::make_iterator_property_map(raw_betweenness.begin(),
                                                                 boost::get(boost::vertex_index, g))));
  const std::vector<PathSums> paths = compute_path_sums(g);

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
      side.degree.push_back(ratio(static_cast<double>(boost::degree(v, g)), other));
      side.betweenness.push_back(ratio(raw_betweenness[v], top ? bet_max_top : bet_max_bottom));
      const PathSums& p = paths[v];
      side.closeness.push_back(p.distance_sum > 0 && all > 1
                                   ? numerator / static_cast<double>(p.distance_sum) *
                                         (static_cast<double>(p.reached) - 1) / (all - 1)
                                   : 0.0);
    }
  };
  fill(out.tasks, 0, network.tasks.size(), true);
  fill(out.leaders, network.tasks.size(), network.leaders.size(), false);
  fill(out.units, network.tasks.size() + network.leaders.size(), network.units.size(), false);

  auto warn = [&](const std::string& message) {
    out.warnings.push_back({Severity::warning, network.source, {0, 0}, message});
  };
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
