#pragma once
// Whether group entries (各县(区)政府, …成员单位) take part in the analysis.
#include <cstdint>

#include "model/network.hpp"

namespace respnet {

enum class GroupPolicy : std::uint8_t { keep, drop };

/// The network without group units and their assignments; ids are renumbered densely in the
/// same order, so first appearance still breaks ties.
Network drop_groups(const Network& network);

/// The network to analyse under a policy: itself for keep, drop_groups for drop.
Network apply_group_policy(const Network& network, GroupPolicy policy);

}  // namespace respnet
