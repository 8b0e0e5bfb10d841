#pragma once
// Lead versus support as tables (`respnet roles`).
#include <vector>

#include "analyze/participation.hpp"
#include "analyze/roles.hpp"
#include "render/sections.hpp"

namespace respnet {

/// units (name, kind, tasks, lead, support, lead_share), pairs (the strongest lead -> support
/// pairs, at most top; 0 = all), only_support, reciprocal.
std::vector<TableSection> make_roles_sections(const Network& network, const RoleNetwork& roles,
                                              const UnitParticipation& participation,
                                              std::size_t top);

}  // namespace respnet
