#pragma once
// Names joined for people: 市发改委、市经信局、市住建局.
#include <string>

namespace respnet {

/// name_of(id) for each id, joined with 、.
template <typename Ids, typename NameOf>
std::string join_names(const Ids& ids, NameOf name_of) {
  std::string out;
  for (const auto& id : ids) {
    if (!out.empty()) out += "、";
    out += name_of(id);
  }
  return out;
}

}  // namespace respnet
