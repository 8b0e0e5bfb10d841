#pragma once
// The BGL graph type of respnet's analyses. Include only from the few .cpp files that run BGL
// algorithms: the templates are heavy to compile.
#include <boost/graph/adjacency_list.hpp>

namespace respnet::bgl {

struct EdgeProps {
  double weight = 1.0;
};

using UndirectedGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, EdgeProps>;
using Vertex = boost::graph_traits<UndirectedGraph>::vertex_descriptor;

}  // namespace respnet::bgl
