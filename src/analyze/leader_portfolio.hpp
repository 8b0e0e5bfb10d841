#pragma once
// Leader portfolios: per leader, the tasks of their section, the distinct units on those tasks,
// and the other leaders whose tasks rely on the same units (portfolio overlap): for each leader
// the k_max_overlaps others sharing the most units (at least one), most first, ties in leader
// order. Cost: O(assignments + Σ over leaders a, units u of a, of the leaders u serves); memory
// O(leaders × k_max_overlaps), so that a corpus of thousands of leaders stays small.
#include <cstdint>
#include <vector>

#include "model/network.hpp"

namespace respnet {

struct LeaderOverlap {
  LeaderId other{};
  std::uint32_t units = 0;  ///< units on tasks of both leaders
};

struct LeaderPortfolios {
  static constexpr std::size_t k_max_overlaps = 10;

  std::vector<std::uint32_t> tasks;  ///< indexed by LeaderId
  std::vector<std::vector<UnitId>> units;  ///< distinct, in order of first appearance
  std::vector<std::vector<LeaderOverlap>> overlaps;  ///< indexed by LeaderId, most shared units first

  /// Units on tasks of both leaders (a's own units when a == b), counted afresh: O(units) per
  /// call, for the matrix of a meeting's handful of leaders.
  std::uint32_t shared(LeaderId a, LeaderId b) const;
};

/// Every leader's tasks, units and overlaps.
LeaderPortfolios compute_leader_portfolios(const Network& network);

}  // namespace respnet
