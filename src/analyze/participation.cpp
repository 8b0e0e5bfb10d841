#include "analyze/participation.hpp"

namespace respnet {

UnitParticipation compute_participation(const Network& network) {
  const std::size_t n = network.units.size();
  UnitParticipation p{std::vector<std::uint32_t>(n), std::vector<std::uint32_t>(n),
                      std::vector<std::uint32_t>(n), std::vector<std::uint32_t>(n)};
  std::vector<std::vector<bool>> serves(n, std::vector<bool>(network.leaders.size(), false));
  for (const Assignment& a : network.assignments) {
    const std::size_t u = index_of(a.unit);
    ++p.tasks[u];
    ++(a.role == Role::lead ? p.lead : p.support)[u];
    if (const auto leader = network.task(a.task).leader; leader && !serves[u][index_of(*leader)]) {
      serves[u][index_of(*leader)] = true;
      ++p.leaders[u];
    }
  }
  return p;
}

}  // namespace respnet
