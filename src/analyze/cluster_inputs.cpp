#include "analyze/cluster_inputs.hpp"

namespace respnet {

ClusterGraph make_modularity_graph(const UnitProjection& projection) {
  ClusterGraph g;
  for (const auto& neighbors : projection.adjacency) {
    double strength = 0;
    for (const Neighbor& nb : neighbors) {
      g.targets.push_back(static_cast<std::uint32_t>(index_of(nb.unit)));
      g.weights.push_back(nb.weight);
      strength += nb.weight;
    }
    g.offsets.push_back(g.targets.size());
    g.x.push_back(strength);
    g.y.push_back(strength);
    g.self_weight.push_back(0.0);
    g.total_weight += strength;
  }
  return g;
}

ClusterGraph make_barber_graph(const Network& network) {
  const std::size_t tasks = network.tasks.size();
  std::vector<std::vector<std::uint32_t>> adjacency(tasks + network.units.size());
  for (const Assignment& a : network.assignments) {
    const auto t = static_cast<std::uint32_t>(index_of(a.task));
    const auto u = static_cast<std::uint32_t>(tasks + index_of(a.unit));
    adjacency[t].push_back(u);
    adjacency[u].push_back(t);
  }
  ClusterGraph g;
  for (std::size_t v = 0; v < adjacency.size(); ++v) {
    for (const std::uint32_t u : adjacency[v]) {
      g.targets.push_back(u);
      g.weights.push_back(1.0);
    }
    g.offsets.push_back(g.targets.size());
    const double degree2 = 2.0 * static_cast<double>(adjacency[v].size());
    g.x.push_back(v < tasks ? degree2 : 0.0);
    g.y.push_back(v < tasks ? 0.0 : degree2);
    g.self_weight.push_back(0.0);
    g.total_weight += static_cast<double>(adjacency[v].size());
  }
  return g;
}

}  // namespace respnet
