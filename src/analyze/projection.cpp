#include "analyze/projection.hpp"

#include <algorithm>

namespace respnet {

std::vector<std::vector<UnitId>> units_by_task(const Network& network) {
  std::vector<std::vector<UnitId>> out(network.tasks.size());
  for (const Assignment& a : network.assignments) out[index_of(a.task)].push_back(a.unit);
  return out;
}

UnitProjection project_units(const Network& network, ProjectionWeighting weighting) {
  struct Pair {
    std::uint64_t key;
    double weight;
  };
  std::vector<Pair> pairs;
  for (const std::vector<UnitId>& units : units_by_task(network)) {
    if (units.size() < 2) continue;
    const double weight =
        weighting == ProjectionWeighting::newman ? 1.0 / static_cast<double>(units.size() - 1) : 1.0;
    for (std::size_t i = 0; i < units.size(); ++i) {
      for (std::size_t j = i + 1; j < units.size(); ++j) {
        const std::uint64_t a = index_of(units[i]);
        const std::uint64_t b = index_of(units[j]);
        pairs.push_back({a < b ? (a << 32 | b) : (b << 32 | a), weight});
      }
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(),
                   [](const Pair& x, const Pair& y) { return x.key < y.key; });
  UnitProjection p;
  p.unit_count = network.units.size();
  p.adjacency.resize(p.unit_count);
  for (std::size_t i = 0; i < pairs.size();) {
    const std::uint64_t key = pairs[i].key;
    ProjectionEdge edge{id_at<UnitId>(key >> 32), id_at<UnitId>(key & 0xFFFFFFFFu), 0.0, 0};
    for (; i < pairs.size() && pairs[i].key == key; ++i) {
      edge.weight += pairs[i].weight;
      ++edge.shared_tasks;
    }
    p.edges.push_back(edge);
  }
  for (const ProjectionEdge& e : p.edges) {
    p.adjacency[index_of(e.a)].push_back({e.b, e.weight});
    p.adjacency[index_of(e.b)].push_back({e.a, e.weight});
  }
  for (auto& neighbors : p.adjacency) {
    std::sort(neighbors.begin(), neighbors.end(),
              [](const Neighbor& x, const Neighbor& y) { return x.unit < y.unit; });
  }
  return p;
}

}  // namespace respnet
