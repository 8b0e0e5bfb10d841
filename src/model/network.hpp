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

/// What decided a task's lead, as the reader found it.
enum class LeadBasis : std::uint8_t {
  none,          ///< no unit leads
  named,         ///< a 牵头 label, column, verb or (牵头) mark names the lead
  stated_rule,   ///< a 责任单位 list read by the rule the document states (at TaskReading::basis_line)
  first_listed,  ///< a 责任单位 list, no rule stated: the first listed leads by convention
  shared,        ///< 按职责分工负责 / 等负责: the listed units share the lead
  inherited,     ///< a table's lead cell spanning rows, from the task at TaskReading::basis_line
  by_name,       ///< units found by their names alone, no label, verb or column: (县民政局), …。县水利局
};

/// How a task was read: the lines it was read from and what decided its lead. A guess is a
/// decision the document does not state: the first of several units taken as the lead by
/// convention, or units found by their names alone.
struct TaskReading {
  std::uint32_t first_line = 0;
  std::uint32_t last_line = 0;
  LeadBasis basis = LeadBasis::none;
  std::uint32_t basis_line = 0;  ///< the rule's line, or the line of the task a lead is inherited from
  bool guess = false;
};

/// One numbered task (重点工作任务).
struct Task {
  std::string id;  ///< "<section>.<number>", or "<number>" without sections
  std::optional<LeaderId> leader;
  std::uint32_t number = 0;
  std::string text;
  SourceLocation location;
  bool shared_lead = false;  ///< no single lead named (按职责分工负责): the listed units co-lead
  TaskReading reading;
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
