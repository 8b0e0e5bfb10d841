#pragma once
// The human summary of a parsed document: counts, leaders, and units by number of tasks.
#include <string>

#include "analyze/participation.hpp"
#include "model/network.hpp"

namespace respnet {

/// A few lines of counts, the leaders with their titles, and every unit ranked by tasks
/// (ties by first appearance), as terminal tables.
std::string write_network_summary(const Network& network, const UnitParticipation& participation);

}  // namespace respnet
