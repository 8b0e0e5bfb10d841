#include "analyze/shortest_path_sums.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/range/iterator_range.hpp>

namespace respnet {
namespace {

class DistanceRecorder : public boost::default_bfs_visitor {
 public:
  explicit DistanceRecorder(std::vector<std::uint32_t>& distance) : m_distance(&distance) {}

  template <typename Edge, typename Graph>
  void tree_edge(Edge e, const Graph& g) const {
    (*m_distance)[boost::target(e, g)] = (*m_distance)[boost::source(e, g)] + 1;
  }

 private:
  std::vector<std::uint32_t>* m_distance;
};

}  // namespace

std::vector<PathSums> compute_path_sums(const bgl::UndirectedGraph& graph) {
  const std::size_t n = boost::num_vertices(graph);
  std::vector<PathSums> out(n);
  std::vector<std::uint32_t> distance(n);
  std::vector<boost::default_color_type> color(n);
  const auto color_map = boost::make_iterator_property_map(color.begin(), boost::get(boost::vertex_index, graph));
  for (const bgl::Vertex source : boost::make_iterator_range(boost::vertices(graph))) {
    std::fill(distance.begin(), distance.end(), 0u);
    boost::breadth_first_search(graph, source,
                                boost::visitor(DistanceRecorder(distance)).color_map(color_map));
    PathSums& sums = out[source];
    for (const bgl::Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
      if (color[v] == boost::black_color) {
        ++sums.reached;
        sums.distance_sum += distance[v];
      }
    }
  }
  return out;
}

}  // namespace respnet
