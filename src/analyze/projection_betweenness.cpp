// Betweenness on P: the one BGL translation unit of projection_centrality.hpp.
#include <boost/graph/betweenness_centrality.hpp>

#include "analyze/bgl_graph.hpp"
#include "analyze/projection_centrality.hpp"

namespace respnet {

std::vector<double> compute_projection_betweenness(const UnitProjection& projection) {
  const std::size_t n = projection.unit_count;
  bgl::UndirectedGraph g(n);
  for (const ProjectionEdge& e : projection.edges) boost::add_edge(index_of(e.a), index_of(e.b), g);
  std::vector<double> betweenness(n, 0.0);
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(boost::make_iterator_property_map(betweenness.begin(),
                                                                 boost::get(boost::vertex_index, g))));
  // BGL counts unordered pairs; NetworkX's normalisation is over ordered pairs.
  if (n > 2) {
    const double scale = 2.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    for (double& b : betweenness) b *= scale;
  }
  return betweenness;
}

}  // namespace respnet
