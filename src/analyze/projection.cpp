#include "analyze/projection.hpp"

#include <algorithm>

namespace respnet {

std::vector<std::vector<UnitId>> units_by_task(const Network& network) {
  std::vector<std::vector<UnitId>> out(network.tasks.size());
  for (const Assignment& a : network.assignments) out[index_of(a.task)].push_back(a.unit);
  return out;
}

ProjectionSize measure_projection(const Network& network) {
  const std::vector<std::size_t> start = assignment_offsets(network);
  ProjectionSize size;
  for (std::size_t t = 0; t + 1 < start.size(); ++t) {
    const std::uint64_t n = start[t + 1] - start[t];
    size.pairs += n * (n - (n > 0 ? 1 : 0)) / 2;
    if (n > size.widest_units) {
      size.widest_units = static_cast<std::uint32_t>(n);
      size.widest_task = id_at<TaskId>(t);
    }
  }
  return size;
}

UnitProjection project_units(const Network& network, ProjectionWeighting weighting) {
  const std::size_t n = network.units.size();
  // The incidence both ways, in compressed rows: a task's units in listed order (the assignments
  // are grouped by task), a unit's tasks in task order.
  const std::vector<std::size_t> task_start = assignment_offsets(network);
  std::vector<std::size_t> unit_start(n + 1, 0);
  for (const Assignment& a : network.assignments) ++unit_start[index_of(a.unit) + 1];
  for (std::size_t u = 0; u < n; ++u) unit_start[u + 1] += unit_start[u];
  std::vector<std::uint32_t> unit_tasks(network.assignments.size());
  std::vector<std::size_t> fill(unit_start.begin(), unit_start.end() - 1);
  for (const Assignment& a : network.assignments) unit_tasks[fill[index_of(a.unit)]++] = static_cast<std::uint32_t>(index_of(a.task));

  UnitProjection p;
  p.unit_count = n;
  std::vector<double> weight(n, 0.0);
  std::vector<std::uint32_t> shared(n, 0);
  std::vector<std::uint32_t> touched;
  for (std::size_t u = 0; u < n; ++u) {
    for (std::size_t k = unit_start[u]; k < unit_start[u + 1]; ++k) {
      const std::uint32_t t = unit_tasks[k];
      const std::size_t size = task_start[t + 1] - task_start[t];
      if (size < 2) continue;
      const double w = weighting == ProjectionWeighting::newman ? 1.0 / static_cast<double>(size - 1) : 1.0;
      for (std::size_t i = task_start[t]; i < task_start[t + 1]; ++i) {
        const auto v = static_cast<std::uint32_t>(index_of(network.assignments[i].unit));
        if (v <= u) continue;
        if (shared[v] == 0) touched.push_back(v);
        weight[v] += w;
        ++shared[v];
      }
    }
    std::sort(touched.begin(), touched.end());
    for (const std::uint32_t v : touched) {
      p.edges.push_back({id_at<UnitId>(u), id_at<UnitId>(v), weight[v], shared[v]});
      weight[v] = 0;
      shared[v] = 0;
    }
    touched.clear();
  }
  // Each list comes out sorted: u's smaller neighbours arrive first (their rows come first),
  // then its larger ones in order.
  std::vector<std::uint32_t> degree(n, 0);
  for (const ProjectionEdge& e : p.edges) {
    ++degree[index_of(e.a)];
    ++degree[index_of(e.b)];
  }
  p.adjacency.resize(n);
  for (std::size_t u = 0; u < n; ++u) p.adjacency[u].reserve(degree[u]);
  for (const ProjectionEdge& e : p.edges) {
    p.adjacency[index_of(e.a)].push_back({e.b, e.weight});
    p.adjacency[index_of(e.b)].push_back({e.a, e.weight});
  }
  return p;
}

}  // namespace respnet
