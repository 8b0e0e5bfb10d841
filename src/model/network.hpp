#pragma once
// The responsibility network: leaders, tasks, units and who is assigned to what.
// Standard library only; every id is dense and in order of first appearance.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/ids.hpp"

namespace respnet {

enum class Role : std::uint8_t { lead, support };
enum class UnitKind : std::uint8_t { unit, group };

/// A leader in charge (分管领导) heading a section of the document.
struct Leader {
  std::string name;
  std::string title;
  SourceLocation location;
};

/// One numbered task (重点工作任务).
struct Task {
  std::string id;  ///< "<section>.<number>", or "<number>" without sections
  std::optional<LeaderId> leader;
  std::uint32_t number = 0;
  std::string text;
  SourceLocation location;
  bool shared_lead = false;  ///< no single lead named (按职责分工负责): the listed units co-lead
};

/// An agency (单位) or a group entry standing for a set of agencies.
struct Unit {
  std::string name;
  UnitKind kind = UnitKind::unit;
  std::vector<std::string> aliases;
  SourceLocation location;  ///< first mention
  std::vector<std::string> members;  ///< of a group, when the configuration names them
};

/// A unit named on a task, with its role there.
struct Assignment {
  TaskId task{};
  UnitId unit{};
  Role role = Role::support;
  SourceLocation location;
};

struct Network {
  std::string source;  ///< the document's name as given to the parser; names joined by " + " for several
  std::vector<std::string> sources;  ///< each document's name, indexed by SourceLocation::file
  std::vector<Leader> leaders;
  std::vector<Task> tasks;
  std::vector<Unit> units;
  std::vector<Assignment> assignments;  ///< grouped by task, in listed order

  const Leader& leader(LeaderId id) const { return leaders[index_of(id)]; }
  const Task& task(TaskId id) const { return tasks[index_of(id)]; }
  const Unit& unit(UnitId id) const { return units[index_of(id)]; }

  /// The name of the document a location is in.
  const std::string& source_of(SourceLocation location) const {
    return location.file < sources.size() ? sources[location.file] : source;
  }

  /// The unit with this name or alias, if any.
  std::optional<UnitId> find_unit(std::string_view name) const;
  /// The leader with this name, if any.
  std::optional<LeaderId> find_leader(std::string_view name) const;
};

/// offsets[t] .. offsets[t + 1]: the assignments of task t (they are grouped by task).
std::vector<std::size_t> assignment_offsets(const Network& network);

const char* role_name(Role role);
const char* unit_kind_name(UnitKind kind);

}  // namespace respnet
