#pragma once
// Centrality on P, the unit projection (analyze/projection.hpp), as NetworkX computes it:
// - projection_degree(v) = sum of the weights of v's ties (networkx degree(weight="weight")).
// - projection_betweenness(v): unweighted shortest paths (Brandes 2001), over ordered pairs,
//   times 1 / ((N - 1)(N - 2)) (networkx.betweenness_centrality, normalized); raw when N <= 2.
//   Computed by analyze/shortest_paths.hpp: in parallel, estimated when sources are sampled.
// - eigenvector(v): networkx.eigenvector_centrality(P, weight="weight"), reproduced step by
//   step: x0 = 1/N, x <- (A + I) x, x <- x / ||x||_2, until sum |x - x_prev| < N * 1e-6,
//   (Bonacich 1972).
// - pagerank(v): networkx.pagerank(P, alpha=0.85, weight="weight"), reproduced step by step:
//   x0 = p = 1/N, x <- alpha (x W + (sum of x over isolated units) p) + (1 - alpha) p with W
//   row-normalised, until sum |x - x_prev| < N * 1e-6 (Brin & Page 1998).
// NetworkX gives up after 100 iterations and raises; respnet takes the same steps up to 10 000
// iterations, so it equals NetworkX wherever NetworkX converges, and warns past 100.
// Cost: O(N E) for betweenness, O(E) per iteration for the other two.
#include <vector>

#include "analyze/projection.hpp"
#include "analyze/shortest_paths.hpp"
#include "model/diagnostic.hpp"

namespace respnet {

struct ProjectionCentrality {
  std::vector<double> degree;  ///< indexed by UnitId
  std::vector<double> betweenness;
  std::vector<double> eigenvector;
  std::vector<double> pagerank;
  Diagnostics warnings;
  std::size_t betweenness_sources = 0;  ///< N when betweenness is exact
};

/// All four figures of P; warnings name source_name.
ProjectionCentrality compute_projection_centrality(const UnitProjection& projection, const std::string& source_name,
                                                   const PathOptions& paths = {});

/// The result of a power iteration: scores by UnitId and the iterations it took.
struct PowerIteration {
  std::vector<double> scores;
  bool converged = true;
  int iterations = 0;
};

/// networkx.eigenvector_centrality(P, weight="weight").
PowerIteration compute_eigenvector(const UnitProjection& projection);

/// networkx.pagerank(P, alpha, weight="weight").
PowerIteration compute_pagerank(const UnitProjection& projection, double alpha);

}  // namespace respnet
