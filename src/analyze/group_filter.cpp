#include "analyze/group_filter.hpp"

#include <optional>

namespace respnet {

Network drop_groups(const Network& network) {
  Network out;
  out.source = network.source;
  out.leaders = network.leaders;
  out.tasks = network.tasks;
  std::vector<std::optional<UnitId>> renumbered(network.units.size());
  for (std::size_t i = 0; i < network.units.size(); ++i) {
    if (network.units[i].kind == UnitKind::group) continue;
    renumbered[i] = id_at<UnitId>(out.units.size());
    out.units.push_back(network.units[i]);
  }
  for (const Assignment& a : network.assignments) {
    if (const auto unit = renumbered[index_of(a.unit)]) {
      out.assignments.push_back(Assignment{a.task, *unit, a.role, a.location});
    }
  }
  return out;
}

Network apply_group_policy(const Network& network, GroupPolicy policy) {
  return policy == GroupPolicy::drop ? drop_groups(network) : network;
}

}  // namespace respnet
