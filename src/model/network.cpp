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

std::vector<std::size_t> assignment_offsets(const Network& network) {
  std::vector<std::size_t> offsets(network.tasks.size() + 1, 0);
  for (const Assignment& a : network.assignments) ++offsets[index_of(a.task) + 1];
  for (std::size_t t = 0; t < network.tasks.size(); ++t) offsets[t + 1] += offsets[t];
  return offsets;
}

const char* role_name(Role role) { return role == Role::lead ? "lead" : "support"; }

const char* unit_kind_name(UnitKind kind) { return kind == UnitKind::unit ? "unit" : "group"; }

}  // namespace respnet
