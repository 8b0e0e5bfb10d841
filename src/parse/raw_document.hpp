#pragma once
// What a reader recognises in a document, before names are resolved into units.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/network.hpp"

namespace respnet {

/// One unit entry as written on a task: 市财政局(国资委) -> name 市财政局, alias 国资委.
struct RawMention {
  std::u32string name;
  std::u32string alias;  ///< empty when none
  Role role = Role::support;
  SourceLocation location;
};

struct RawTask {
  std::string id;
  std::optional<std::size_t> leader;  ///< index into RawDocument::leaders
  std::uint32_t number = 0;
  std::u32string text;
  SourceLocation location;
  std::vector<RawMention> mentions;
  bool shared_lead = false;  ///< the units share the lead (按职责分工负责): no single lead named
  TaskReading reading;       ///< its lines (set by build_network from the mentions) and its lead's basis
};

struct RawDocument {
  std::vector<Leader> leaders;
  std::vector<RawTask> tasks;

  /// The index of the leader with this name, added when new.
  std::size_t add_leader(Leader leader) {
    std::size_t index = 0;
    while (index < leaders.size() && leaders[index].name != leader.name) ++index;
    if (index == leaders.size()) leaders.push_back(std::move(leader));
    return index;
  }
};

}  // namespace respnet
