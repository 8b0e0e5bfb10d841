#include "analyze/backbone.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "analyze/ranking.hpp"

namespace respnet {
namespace {

std::vector<bool> disparity_filter(const UnitProjection& p, double alpha) {
  std::vector<double> strength(p.unit_count, 0.0);
  std::vector<double> degree(p.unit_count, 0.0);
  for (const ProjectionEdge& e : p.edges) {
    for (const UnitId u : {e.a, e.b}) {
      strength[index_of(u)] += e.weight;
      degree[index_of(u)] += 1;
    }
  }
  auto significant = [&](UnitId u, double w) {
    const std::size_t i = index_of(u);
    return degree[i] <= 1 || std::pow(1 - w / strength[i], degree[i] - 1) < alpha;
  };
  std::vector<bool> keep(p.edges.size());
  for (std::size_t e = 0; e < p.edges.size(); ++e) {
    keep[e] = significant(p.edges[e].a, p.edges[e].weight) || significant(p.edges[e].b, p.edges[e].weight);
  }
  return keep;
}

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t v) {
  while (parent[v] != v) v = parent[v] = parent[parent[v]];
  return v;
}

std::vector<bool> spanning_forest(const UnitProjection& p, const std::vector<std::size_t>& heaviest) {
  std::vector<std::size_t> parent(p.unit_count);
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  std::vector<bool> keep(p.edges.size(), false);
  for (const std::size_t e : heaviest) {
    const std::size_t a = find_root(parent, index_of(p.edges[e].a));
    const std::size_t b = find_root(parent, index_of(p.edges[e].b));
    if (a == b) continue;
    parent[a] = b;
    keep[e] = true;
  }
  return keep;
}

}  // namespace

Backbone extract_backbone(const UnitProjection& p, const BackboneOptions& o) {
  std::vector<double> weights;
  for (const ProjectionEdge& e : p.edges) weights.push_back(e.weight);
  const std::vector<std::size_t> heaviest = rank_descending<std::size_t>(weights);
  std::vector<bool> keep = o.method == BackboneMethod::disparity ? disparity_filter(p, o.alpha)
                           : o.method == BackboneMethod::spanning ? spanning_forest(p, heaviest)
                                                                  : std::vector<bool>(p.edges.size(), true);
  // Every unit's strongest tie: the first of its ties in `heaviest`.
  std::vector<bool> strongest(p.edges.size(), false);
  std::vector<bool> has_tie(p.unit_count, false);
  for (const std::size_t e : heaviest) {
    for (const UnitId u : {p.edges[e].a, p.edges[e].b}) {
      if (!has_tie[index_of(u)]) {
        has_tie[index_of(u)] = true;
        strongest[e] = true;
      }
    }
  }
  std::vector<std::size_t> chosen;
  for (const bool first_pass : {true, false}) {
    for (const std::size_t e : heaviest) {
      if (chosen.size() >= o.max_ties || p.edges[e].weight < o.min_weight) continue;
      if (first_pass ? strongest[e] : keep[e] && !strongest[e]) chosen.push_back(e);
    }
  }
  std::sort(chosen.begin(), chosen.end());
  return {chosen, p.edges.size()};
}

}  // namespace respnet
