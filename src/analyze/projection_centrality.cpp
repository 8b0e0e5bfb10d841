#include "analyze/projection_centrality.hpp"

#include <cmath>

namespace respnet {
namespace {

// NetworkX stops at 100 iterations and raises; respnet goes on (same steps, same stopping
// rule, so the result is NetworkX's wherever NetworkX converges) and warns past 100.
constexpr int k_networkx_iterations = 100;
constexpr int k_max_iterations = 10000;
constexpr double k_tolerance = 1e-6;

double sum_abs_difference(const std::vector<double>& a, const std::vector<double>& b) {
  double sum = 0;
  for (std::size_t i = 0; i < a.size(); ++i) sum += std::abs(a[i] - b[i]);
  return sum;
}

}  // namespace

PowerIteration compute_eigenvector(const UnitProjection& projection) {
  const std::size_t n = projection.unit_count;
  PowerIteration out{std::vector<double>(n, n == 0 ? 0.0 : 1.0 / static_cast<double>(n)), false, 0};
  std::vector<double> previous;
  for (int iteration = 1; iteration <= k_max_iterations && n > 0; ++iteration) {
    out.iterations = iteration;
    previous = out.scores;
    for (std::size_t v = 0; v < n; ++v) {
      for (const Neighbor& nb : projection.adjacency[v]) {
        out.scores[index_of(nb.unit)] += previous[v] * nb.weight;
      }
    }
    double norm = 0;
    for (const double x : out.scores) norm += x * x;
    norm = std::sqrt(norm);
    if (norm == 0) norm = 1;
    for (double& x : out.scores) x /= norm;
    if (sum_abs_difference(out.scores, previous) < static_cast<double>(n) * k_tolerance) {
      out.converged = true;
      break;
    }
  }
  return out;
}

PowerIteration compute_pagerank(const UnitProjection& projection, double alpha) {
  const std::size_t n = projection.unit_count;
  if (n == 0) return {};
  const double uniform = 1.0 / static_cast<double>(n);
  std::vector<double> out_weight(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    for (const Neighbor& nb : projection.adjacency[v]) out_weight[v] += nb.weight;
  }
  PowerIteration out{std::vector<double>(n, uniform), false, 0};
  std::vector<double> previous;
  for (int iteration = 1; iteration <= k_max_iterations; ++iteration) {
    out.iterations = iteration;
    previous = out.scores;
    double dangling = 0;
    for (std::size_t v = 0; v < n; ++v) {
      if (out_weight[v] == 0) dangling += previous[v];
    }
    std::fill(out.scores.begin(), out.scores.end(), 0.0);
    for (std::size_t v = 0; v < n; ++v) {
      for (const Neighbor& nb : projection.adjacency[v]) {
        out.scores[index_of(nb.unit)] += previous[v] * nb.weight / out_weight[v];
      }
    }
    for (double& x : out.scores) x = alpha * (x + dangling * uniform) + (1 - alpha) * uniform;
    if (sum_abs_difference(out.scores, previous) < static_cast<double>(n) * k_tolerance) {
      out.converged = true;
      break;
    }
  }
  return out;
}

namespace {

// Normalised as networkx.betweenness_centrality: over ordered pairs, / ((N - 1)(N - 2)).
std::vector<double> projection_betweenness(const UnitProjection& projection, const PathOptions& paths,
                                           std::size_t& sources) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  edges.reserve(projection.edges.size());
  for (const ProjectionEdge& e : projection.edges) {
    edges.emplace_back(static_cast<std::uint32_t>(index_of(e.a)), static_cast<std::uint32_t>(index_of(e.b)));
  }
  PathTotals totals = compute_path_totals(make_compact_graph(projection.unit_count, edges), paths);
  sources = totals.betweenness_sources;
  const std::size_t n = projection.unit_count;
  if (n > 2) {
    const double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    for (double& b : totals.betweenness) b *= scale;
  }
  return std::move(totals.betweenness);
}

}  // namespace

ProjectionCentrality compute_projection_centrality(const UnitProjection& projection, const std::string& source_name,
                                                   const PathOptions& paths) {
  ProjectionCentrality out;
  out.degree.assign(projection.unit_count, 0.0);
  for (std::size_t v = 0; v < projection.unit_count; ++v) {
    for (const Neighbor& nb : projection.adjacency[v]) out.degree[v] += nb.weight;
  }
  out.betweenness = projection_betweenness(projection, paths, out.betweenness_sources);
  PowerIteration eigenvector = compute_eigenvector(projection);
  PowerIteration pagerank = compute_pagerank(projection, 0.85);
  auto check = [&](const PowerIteration& result, const std::string& what) {
    if (projection.unit_count == 0 || result.iterations <= k_networkx_iterations) return;
    out.warnings.push_back(
        {Severity::warning, source_name, {0, 0},
         result.converged
             ? what + " needed " + std::to_string(result.iterations) +
                   " iterations to converge; NetworkX stops at 100 and raises an error here."
             : what + " did not converge in " + std::to_string(k_max_iterations) +
                   " iterations; the last iterate is reported."});
  };
  check(eigenvector, "eigenvector centrality");
  check(pagerank, "pagerank");
  out.eigenvector = std::move(eigenvector.scores);
  out.pagerank = std::move(pagerank.scores);
  return out;
}

}  // namespace respnet
