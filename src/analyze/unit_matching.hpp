#pragma once
// Which unit of one year's document is which unit of the next.
// Two units match when
// 1. they have the same name; else
// 2. (renamed) a name of one equals a name of the other, where the names of a unit are its
//    name and its aliases, each first mapped through the renames ([aliases] "旧名" = "新名" of
//    the configurations: 机构改革 renames that the documents themselves cannot show).
// Matching is one to one: step 1 for every unit first, then step 2 for the old units left, in
// old-document order; each tries its names in order (its name, then its aliases) and takes, for
// the first name that fits, the first unmatched new unit bearing it (new-document order). A
// merger of two agencies therefore matches the first of them; the other is listed unmatched.
// Cost: O((U + total aliases) log U) with ordered maps.
// Suggestions for the unmatched (similar_names): the candidates sharing more than half their
// characters with the name, Dice coefficient of single characters > 0.5 (analyze/task_matching.hpp
// with n = 1), at most three, most similar first, ties in candidate order: 市经信局 suggests
// 市经济和信息化局 (2·4 / (4 + 8) = 0.67), not 市交通局 (市 and 局 only: 0.5).
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

/// Up to three of the candidates that look like a rename of `name`, most similar first.
std::vector<std::string> similar_names(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace respnet
