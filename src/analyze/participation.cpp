#include "analyze/participation.hpp"

namespace respnet {

UnitParticipation compute_participation(const Network& network) {
  const std::size_t n = network.units.size();
  UnitParticipation p{std::vector<std::uint32_t>(n), std::vector<std::uint32_t>(n),
                      std::vector<std::uint32_t>(n)};
  for (const Assignment& a : network.assignments) {
    const std::size_t u = index_of(a.unit);
    ++p.tasks[u];
    ++(a.role == Role::lead ? p.lead : p.support)[u];
  }
  return p;
}

}  // namespace respnet
