#include "analyze/roles.hpp"

#include <algorithm>
#include <map>

#include "analyze/participation.hpp"

namespace respnet {

RoleNetwork compute_roles(const Network& network) {
  std::map<std::pair<UnitId, UnitId>, std::uint32_t> counts;
  std::vector<UnitId> leads;
  for (std::size_t i = 0; i < network.assignments.size();) {
    const TaskId task = network.assignments[i].task;
    std::size_t end = i;
    while (end < network.assignments.size() && network.assignments[end].task == task) ++end;
    leads.clear();
    for (std::size_t k = i; k < end; ++k) {
      if (network.assignments[k].role == Role::lead) leads.push_back(network.assignments[k].unit);
    }
    for (std::size_t k = i; k < end; ++k) {
      if (network.assignments[k].role != Role::support) continue;
      for (const UnitId lead : leads) ++counts[{lead, network.assignments[k].unit}];
    }
    i = end;
  }
  RoleNetwork out;
  for (const auto& [pair, tasks] : counts) out.edges.push_back({pair.first, pair.second, tasks});
  for (const RoleEdge& e : out.edges) {
    if (e.lead >= e.support) continue;
    if (const auto back = counts.find({e.support, e.lead}); back != counts.end()) {
      out.reciprocal.push_back({e, RoleEdge{e.support, e.lead, back->second}});
    }
  }
  std::stable_sort(out.edges.begin(), out.edges.end(),
                   [](const RoleEdge& a, const RoleEdge& b) { return a.tasks > b.tasks; });
  const UnitParticipation p = compute_participation(network);
  out.lead_share.resize(network.units.size(), 0.0);
  for (std::size_t u = 0; u < network.units.size(); ++u) {
    if (p.tasks[u] > 0) out.lead_share[u] = static_cast<double>(p.lead[u]) / p.tasks[u];
    if (p.lead[u] == 0 && p.support[u] > 0) out.only_support.push_back(id_at<UnitId>(u));
  }
  return out;
}

}  // namespace respnet
