#include "analyze/structural_holes.hpp"

#include <algorithm>
#include <limits>

namespace respnet {

StructuralHoles compute_structural_holes(const UnitProjection& projection) {
  const std::size_t n = projection.unit_count;
  const auto& adj = projection.adjacency;
  std::vector<double> strength(n, 0.0);
  std::vector<double> strongest(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    for (const Neighbor& nb : adj[v]) {
      strength[v] += nb.weight;
      strongest[v] = std::max(strongest[v], nb.weight);
    }
  }
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  StructuralHoles out{std::vector<double>(n, nan), std::vector<double>(n, nan)};
  // p_iq for the neighbours q of the current i, 0 elsewhere; indirect[j] accumulates
  // sum_q p_iq p_qj for the neighbours j of i.
  std::vector<double> p_of(n, 0.0);
  std::vector<double> indirect(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    if (adj[i].empty()) continue;
    for (const Neighbor& q : adj[i]) p_of[index_of(q.unit)] = q.weight / strength[i];
    for (const Neighbor& q : adj[i]) {
      const std::size_t qi = index_of(q.unit);
      for (const Neighbor& j : adj[qi]) {
        if (p_of[index_of(j.unit)] > 0) indirect[index_of(j.unit)] += p_of[qi] * j.weight / strength[qi];
      }
    }
    double constraint = 0;
    for (const Neighbor& j : adj[i]) {
      const double c = p_of[index_of(j.unit)] + indirect[index_of(j.unit)];
      constraint += c * c;
    }
    double effective = 0;
    for (const Neighbor& j : adj[i]) {
      const std::size_t ji = index_of(j.unit);
      double redundancy = 0;
      for (const Neighbor& q : adj[ji]) redundancy += p_of[index_of(q.unit)] * q.weight / strongest[ji];
      effective += 1 - redundancy;
    }
    out.constraint[i] = constraint;
    out.effective_size[i] = effective;
    for (const Neighbor& q : adj[i]) {
      p_of[index_of(q.unit)] = 0;
      indirect[index_of(q.unit)] = 0;
    }
  }
  return out;
}

}  // namespace respnet
