#include "model/network.hpp"

#include <algorithm>

namespace respnet {

std::optional<UnitId> Network::find_unit(std::string_view name) const {
  for (std::size_t i = 0; i < units.size(); ++i) {
    const Unit& u = units[i];
    if (u.name == name ||
        std::find(u.aliases.begin(), u.aliases.end(), name) != u.aliases.end()) {
      return id_at<UnitId>(i);
    }
  }
  return std::nullopt;
}

std::optional<LeaderId> Network::find_leader(std::string_view name) const {
  for (std::size_t i = 0; i < leaders.size(); ++i) {
    if (leaders[i].name == name) return id_at<LeaderId>(i);
  }
  return std::nullopt;
}

const char* role_name(Role role) { return role == Role::lead ? "lead" : "support"; }

const char* unit_kind_name(UnitKind kind) { return kind == UnitKind::unit ? "unit" : "group"; }

}  // namespace respnet
