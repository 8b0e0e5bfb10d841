#pragma once
// Which unit of one year's document is which unit of the next.
// Two units match when
// 1. they have the same name; else
// 2. (renamed) a name of one equals a name of the other, where the names of a unit are its
//    name and its aliases, each first mapped through the renames ([aliases] "旧名" = "新名" of
//    the configurations: 机构改革 renames that the documents themselves cannot show).
// Matching is one to one: step 1 for every unit first, then step 2 for the old units left, in
// old-document order, each taking the first unmatched new unit that fits (new-document order).
// A merger of two agencies therefore matches the first of them; the other is listed unmatched.
// Cost: O(U log U + total aliases) with ordered maps.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/network.hpp"

namespace respnet {

enum class UnitMatchRule : std::uint8_t { same_name, renamed };

struct UnitMatching {
  std::vector<std::optional<UnitId>> new_of_old;  ///< by old UnitId
  std::vector<std::optional<UnitId>> old_of_new;  ///< by new UnitId
  std::vector<UnitMatchRule> rule;                ///< by old UnitId, meaningful when matched
};

/// The one-to-one matching of the old document's units to the new one's; renames are
/// (old or alias name, name it stands for) pairs.
UnitMatching match_units(const Network& old_network, const Network& new_network,
                         const std::vector<std::pair<std::string, std::string>>& renames);

}  // namespace respnet
