#pragma once
// Connected components and k-cores (BGL).
// - component(v): connected components, numbered in order of their first vertex.
// - core_number(u): the largest k such that u is in the k-core of P, the maximal subgraph in
//   which every unit has at least k partners (Seidman 1983; Batagelj & Zaversnik 2003,
//   O(V + E)); unweighted, as networkx.core_number.
#include <cstdint>
#include <vector>

#include "analyze/projection.hpp"
#include "model/network.hpp"

namespace respnet {

/// Components of P, by UnitId.
std::vector<std::uint32_t> compute_unit_components(const UnitProjection& projection);

/// Components of G (tasks, leaders, units), returned per side.
struct BipartiteComponents {
  std::vector<std::uint32_t> tasks;
  std::vector<std::uint32_t> leaders;
  std::vector<std::uint32_t> units;
  std::uint32_t count = 0;
};
BipartiteComponents compute_bipartite_components(const Network& network);

/// k-core numbers of P, by UnitId.
std::vector<std::uint32_t> compute_core_numbers(const UnitProjection& projection);

}  // namespace respnet
