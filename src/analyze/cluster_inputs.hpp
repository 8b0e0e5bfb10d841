#pragma once
// The graphs the clusterings run on (analyze/cluster_graph.hpp).
#include "analyze/cluster_graph.hpp"
#include "analyze/projection.hpp"
#include "model/network.hpp"

namespace respnet {

/// P with x = y = weighted degree: Q is weighted modularity.
ClusterGraph make_modularity_graph(const UnitProjection& projection);

/// G without the leaders (tasks 0..T-1, then units T..T+U-1), unweighted, with Barber's null
/// model: Q is the bipartite modularity Q_B = sum over c of [L_c/m - k_c d_c/m^2].
ClusterGraph make_barber_graph(const Network& network);

}  // namespace respnet
