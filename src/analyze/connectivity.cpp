#include "analyze/connectivity.hpp"

#include <boost/graph/connected_components.hpp>
#include <boost/graph/core_numbers.hpp>

#include "analyze/bgl_graph.hpp"
#include "analyze/cluster_graph.hpp"

namespace respnet {
namespace {

bgl::UndirectedGraph to_bgl(const UnitProjection& projection) {
  bgl::UndirectedGraph g(projection.unit_count);
  for (const ProjectionEdge& e : projection.edges) boost::add_edge(index_of(e.a), index_of(e.b), g);
  return g;
}

std::vector<std::uint32_t> components_of(const bgl::UndirectedGraph& g) {
  std::vector<std::uint32_t> component(boost::num_vertices(g), 0);
  boost::connected_components(
      g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
  // BGL numbers components by its search order; renumber by first vertex.
  return normalise_membership(component);
}

}  // namespace

std::vector<std::uint32_t> compute_unit_components(const UnitProjection& projection) {
  return components_of(to_bgl(projection));
}

BipartiteComponents compute_bipartite_components(const Network& network) {
  const std::size_t tasks = network.tasks.size();
  const std::size_t leaders = network.leaders.size();
  bgl::UndirectedGraph g(tasks + leaders + network.units.size());
  for (std::size_t t = 0; t < tasks; ++t) {
    if (const auto l = network.tasks[t].leader) boost::add_edge(t, tasks + index_of(*l), g);
  }
  for (const Assignment& a : network.assignments) {
    boost::add_edge(index_of(a.task), tasks + leaders + index_of(a.unit), g);
  }
  const std::vector<std::uint32_t> all = components_of(g);
  BipartiteComponents out;
  out.tasks.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(tasks));
  out.leaders.assign(all.begin() + static_cast<std::ptrdiff_t>(tasks),
                     all.begin() + static_cast<std::ptrdiff_t>(tasks + leaders));
  out.units.assign(all.begin() + static_cast<std::ptrdiff_t>(tasks + leaders), all.end());
  for (const std::uint32_t c : all) out.count = std::max(out.count, c + 1);
  return out;
}

std::vector<std::uint32_t> compute_core_numbers(const UnitProjection& projection) {
  const bgl::UndirectedGraph g = to_bgl(projection);
  std::vector<std::uint32_t> core(projection.unit_count, 0);
  boost::core_numbers(g, boost::make_iterator_property_map(core.begin(), boost::get(boost::vertex_index, g)));
  return core;
}

}  // namespace respnet
