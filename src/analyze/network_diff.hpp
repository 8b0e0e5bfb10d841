#pragma once
// Year over year: what changed between two documents' networks.
// - Units are matched by name and aliases (analyze/unit_matching.hpp), tasks by the similarity
//   of their texts (analyze/task_matching.hpp).
// - A carried-over task's lead change: `unchanged` when its set of lead units is the same (units
//   compared through the unit matching); `flipped` when a unit led it and now supports it, or
//   supported it and now leads it (lead ↔ support); `moved` when the lead otherwise went to other
//   units. Units added to and removed from the task are listed.
// - Per unit: tasks, lead, support, load (analyze/load.hpp), rank and the overload flag in each
//   document; rank = position by load among units of kind unit, largest first, ties by first
//   appearance (groups get none). Partners are P's neighbours: gained = partners now that were
//   not partners before (new units included), lost = the reverse.
// - Per leader (matched by name): tasks before and after; new and dropped tasks in their
//   section; moved in / out = carried-over tasks that changed section to / from theirs; units of
//   their portfolio gained and lost. after = before + new − dropped + moved_in − moved_out.
// - Ties of P gained and lost, with their shared tasks in the document that has them.
// - Clusters (compare_clusters): the partition agreement (analyze/partition_agreement.hpp) of two
//   cluster assignments over the units of kind unit present in both.
// Cost: the two matchings, then O(assignments + edges of P) with ordered lookups.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analyze/clusters.hpp"
#include "analyze/metrics.hpp"
#include "analyze/partition_agreement.hpp"
#include "analyze/task_matching.hpp"
#include "analyze/unit_matching.hpp"

namespace respnet {

struct DiffOptions {
  TaskMatchOptions tasks;
  std::vector<std::pair<std::string, std::string>> renames;  ///< (old or alias name, current name)
};

enum class LeadChange : std::uint8_t { unchanged, moved, flipped };

struct TaskChange {
  TaskMatch match;
  LeadChange lead_change = LeadChange::unchanged;
  std::vector<UnitId> old_leads;      ///< old ids
  std::vector<UnitId> new_leads;      ///< new ids
  std::vector<UnitId> units_added;    ///< new ids
  std::vector<UnitId> units_removed;  ///< old ids
};

/// A unit's figures in one document.
struct UnitFigures {
  std::uint32_t tasks = 0;
  std::uint32_t lead = 0;
  std::uint32_t support = 0;
  double load = 0;
  std::optional<std::uint32_t> rank;  ///< 1 = most loaded; none for groups
  bool overloaded = false;
};

struct UnitChange {
  std::optional<UnitId> old_unit;
  std::optional<UnitId> new_unit;
  std::optional<UnitFigures> before;
  std::optional<UnitFigures> after;
  std::vector<UnitId> partners_gained;  ///< new ids
  std::vector<UnitId> partners_lost;    ///< old ids
};

struct LeaderChange {
  std::optional<LeaderId> old_leader;
  std::optional<LeaderId> new_leader;
  std::uint32_t tasks_before = 0;
  std::uint32_t tasks_after = 0;
  std::uint32_t new_tasks = 0;
  std::uint32_t dropped_tasks = 0;
  std::uint32_t moved_in = 0;
  std::uint32_t moved_out = 0;
  std::vector<UnitId> units_gained;  ///< new ids
  std::vector<UnitId> units_lost;    ///< old ids
};

struct TieChange {
  UnitId a{};  ///< a < b, ids of the document that has the tie
  UnitId b{};
  std::uint32_t shared_tasks = 0;
};

struct NetworkDiff {
  UnitMatching units;
  TaskMatching tasks;
  std::vector<TaskChange> carried;     ///< in new task order
  std::vector<TaskId> new_tasks;       ///< new ids, in order
  std::vector<TaskId> dropped_tasks;   ///< old ids, in order
  std::vector<UnitChange> unit_changes;  ///< the new document's units in order, then the old-only ones
  std::vector<LeaderChange> leaders;     ///< the new document's leaders in order, then the old-only ones
  std::vector<TieChange> gained_ties;    ///< new ids, in P's order
  std::vector<TieChange> lost_ties;      ///< old ids, in P's order
};

/// What changed from the old network to the new one.
NetworkDiff compare_networks(const NetworkStructure& old_figures, const NetworkStructure& new_figures,
                             const DiffOptions& options);

/// How far the cluster assignment moved, over the units of kind unit present in both networks.
PartitionAgreement compare_clusters(const Network& old_network, const ClusterResult& old_clusters,
                                    const Network& new_network, const ClusterResult& new_clusters,
                                    const DiffOptions& options);

}  // namespace respnet
