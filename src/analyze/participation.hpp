#pragma once
// How many tasks each unit is on, as lead and as support, and for how many leaders.
// leaders(u) = distinct leaders whose sections u appears in (multi-principal load).
#include <cstdint>
#include <vector>

#include "model/network.hpp"

namespace respnet {

/// Indexed by UnitId.
struct UnitParticipation {
  std::vector<std::uint32_t> tasks;
  std::vector<std::uint32_t> lead;
  std::vector<std::uint32_t> support;
  std::vector<std::uint32_t> leaders;
};

/// Task, lead, support and leader counts of every unit.
UnitParticipation compute_participation(const Network& network);

}  // namespace respnet
