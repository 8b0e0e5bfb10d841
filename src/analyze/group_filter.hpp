#pragma once
// Whether group entries (各县(区)政府, …成员单位) take part in the analysis.
#include <cstdint>

#include "model/network.hpp"

namespace respnet {

enum class GroupPolicy : std::uint8_t { keep, drop, expand };

/// The network without group units and their assignments; ids are renumbered densely in the
/// same order, so first appearance still breaks ties.
Network drop_groups(const Network& network);

/// The network with every group that has configured members replaced, on each of its tasks,
/// by its members: as lead where the group led, as support otherwise; a member already on the
/// task keeps its place. Members new to the document become units. Groups without members stay.
Network expand_groups(const Network& network);

/// The network to analyse under a policy: itself, drop_groups or expand_groups.
Network apply_group_policy(const Network& network, GroupPolicy policy);

}  // namespace respnet
