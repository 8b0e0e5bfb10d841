#pragma once
// Lead versus support. D, the lead -> support network: a directed edge lead -> support for
// every task on which the first leads and the second supports, weight = number of such tasks.
// - lead_share(u) = lead(u) / tasks(u) (0 for a unit without tasks).
// - only-support units: lead = 0 and support > 0 (groups included).
// - reciprocal pairs: A -> B and B -> A are both in D.
// Cost: O(sum over tasks of leads * supports + E log E).
#include <cstdint>
#include <vector>

#include "model/network.hpp"

namespace respnet {

struct RoleEdge {
  UnitId lead{};
  UnitId support{};
  std::uint32_t tasks = 0;
};

struct RoleNetwork {
  std::vector<RoleEdge> edges;  ///< sorted by tasks descending, then lead, then support
  std::vector<double> lead_share;  ///< indexed by UnitId
  std::vector<UnitId> only_support;  ///< in id order
  std::vector<std::pair<RoleEdge, RoleEdge>> reciprocal;  ///< (A -> B, B -> A) with A < B
};

/// D and the lead/support figures derived from it.
RoleNetwork compute_roles(const Network& network);

}  // namespace respnet
