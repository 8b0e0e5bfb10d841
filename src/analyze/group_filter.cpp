#include "analyze/group_filter.hpp"

#include <algorithm>
#include <optional>

namespace respnet {
namespace {

// The network without the units `remove` selects and their assignments; ids renumbered densely
// in the same order, so first appearance still breaks ties.
template <typename Remove>
Network without_units(const Network& network, Remove remove) {
  Network out;
  out.source = network.source;
  out.leaders = network.leaders;
  out.tasks = network.tasks;
  std::vector<std::optional<UnitId>> renumbered(network.units.size());
  for (std::size_t i = 0; i < network.units.size(); ++i) {
    if (remove(network.units[i])) continue;
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

}  // namespace

Network drop_groups(const Network& network) {
  return without_units(network, [](const Unit& u) { return u.kind == UnitKind::group; });
}

Network expand_groups(const Network& network) {
  Network out = network;
  out.assignments.clear();
  auto unit_named = [&](const std::string& name, SourceLocation where) {
    if (const auto id = out.find_unit(name)) return *id;
    out.units.push_back(Unit{name, UnitKind::unit, {}, where, {}});
    return id_at<UnitId>(out.units.size() - 1);
  };
  const std::vector<std::size_t> offsets = assignment_offsets(network);
  for (std::size_t t = 0; t < network.tasks.size(); ++t) {
    std::vector<UnitId> on_task;
    for (std::size_t i = offsets[t]; i < offsets[t + 1]; ++i) on_task.push_back(network.assignments[i].unit);
    for (std::size_t i = offsets[t]; i < offsets[t + 1]; ++i) {
      const Assignment& a = network.assignments[i];
      if (network.unit(a.unit).members.empty()) {
        out.assignments.push_back(a);
        continue;
      }
      for (const std::string& member : network.unit(a.unit).members) {
        const UnitId id = unit_named(member, a.location);
        if (std::find(on_task.begin(), on_task.end(), id) != on_task.end()) continue;
        on_task.push_back(id);
        out.assignments.push_back(Assignment{a.task, id, a.role, a.location});
      }
    }
  }
  return without_units(out, [](const Unit& u) { return !u.members.empty(); });
}

Network apply_group_policy(const Network& network, GroupPolicy policy) {
  switch (policy) {
    case GroupPolicy::drop: return drop_groups(network);
    case GroupPolicy::expand: return expand_groups(network);
    case GroupPolicy::keep: break;
  }
  return network;
}

}  // namespace respnet
