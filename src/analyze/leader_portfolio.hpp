#pragma once
// Leader portfolios: per leader, the tasks of their section, the distinct units on those tasks,
// and for every pair of leaders the units both rely on (portfolio overlap).
// Cost: O(assignments + leaders^2 * units).
#include <cstdint>
#include <vector>

#include "model/network.hpp"

namespace respnet {

struct LeaderPortfolios {
  std::vector<std::uint32_t> tasks;  ///< indexed by LeaderId
  std::vector<std::vector<UnitId>> units;  ///< distinct, in order of first appearance
  /// shared[a][b]: units on tasks of both leader a and leader b (a != b); diagonal = own units.
  std::vector<std::vector<std::uint32_t>> shared;
};

/// Every leader's tasks, units and shared units.
LeaderPortfolios compute_leader_portfolios(const Network& network);

}  // namespace respnet
