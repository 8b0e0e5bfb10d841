#pragma once
// Year over year as tables and as the diff document, schema "respnet.diff/1"; and the diagram of
// the ties gained and lost.
#include <string>
#include <vector>

#include "analyze/network_diff.hpp"
#include "render/diagram_style.hpp"
#include "render/sections.hpp"

namespace respnet {

/// What a diff is shown from: both years' figures, what changed, and how the clusters moved.
struct DiffView {
  const NetworkStructure* before = nullptr;
  const NetworkStructure* after = nullptr;
  NetworkDiff diff;
  PartitionAgreement clusters;
  std::size_t clusters_before = 0;
  std::size_t clusters_after = 0;
  TaskMatchOptions tasks;  ///< the matching used, for the record
  std::string groups = "keep";  ///< the group policy of the figures, for the record
};

/// Old units that carried over are named by their new name in every table (the `was` column keeps
/// the old one). One row per unit: unit, was (its old name when renamed), status (same, renamed, new, dropped),
/// tasks / leads / supports / load / rank before, after and change (a missing side counts 0; rank
/// change < 0 is a move up), overloaded before and after, partners gained and lost (names).
/// Largest load gain first, ties in DiffView order (the new document's units, then dropped ones).
DataTable make_diff_unit_table(const DiffView& view);

/// One row per task: status (carried, new, dropped), old_id, new_id, similarity, leader before and
/// after, lead units before and after, lead_change (unchanged, moved, flipped), units added and
/// removed, text (the new one; the old one for dropped tasks).
DataTable make_diff_task_table(const DiffView& view);

/// One row per leader: status (both, new, gone), tasks before and after, new, dropped, moved in,
/// moved out, units gained and lost (names).
DataTable make_diff_leader_table(const DiffView& view);

/// One row per tie of P gained or lost: change, unit_a, unit_b, shared_tasks (in the year that has it).
DataTable make_diff_tie_table(const DiffView& view);

/// The names of the units only one document names, in DiffView order.
struct UnmatchedNames {
  std::vector<std::string> old_only;
  std::vector<std::string> new_only;
};
UnmatchedNames unmatched_names(const DiffView& view);

/// The units only one document names: document (old, new), unit, kind, and `similar`: the other
/// document's unmatched units that look like a rename (analyze/unit_matching.hpp: similar_names),
/// candidates for [aliases].
DataTable make_unmatched_table(const DiffView& view);

/// units, tasks, leaders, ties, unmatched.
std::vector<TableSection> make_diff_sections(const DiffView& view);

/// The counts a reader wants first: units matched, renamed, new, dropped; tasks carried, new,
/// dropped; lead changes and leader changes (carried-over tasks under another leader); ties
/// gained and lost; the clusters' ARI and NMI.
nlohmann::ordered_json make_diff_summary(const DiffView& view);

/// JSON: {"schema": "respnet.diff/1", "source": new, "old": old, "groups", "summary": make_diff_summary, "units": [...],
/// "tasks": [...], "leaders": [...], "ties": [...], "unmatched": [...]}. Table and Markdown: a
/// summary line, then the tables. CSV: one table (units unless options.table names another).
std::string write_diff_report(const DiffView& view, const SectionsWriteOptions& options);

/// The units view of both years (groups left out): ties gained in green, lost in red and dashed
/// (the strongest max_ties of them), kept ties of the new year's backbone in grey; new units
/// filled green, dropped units red with a dashed border, renamed units with their old name.
Diagram make_diff_diagram(const DiffView& view, std::size_t max_ties, const DiagramOptions& options);

}  // namespace respnet
