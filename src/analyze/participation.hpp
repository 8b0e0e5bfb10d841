#pragma once
// How many tasks each unit is on, as lead and as support.
#include <cstdint>
#include <vector>

#include "model/network.hpp"

namespace respnet {

/// Indexed by UnitId.
struct UnitParticipation {
  std::vector<std::uint32_t> tasks;
  std::vector<std::uint32_t> lead;
  std::vector<std::uint32_t> support;
};

UnitParticipation compute_participation(const Network& network);

}  // namespace respnet
