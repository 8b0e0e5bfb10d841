#include "render/diff_report.hpp"

#include <algorithm>

#include "render/name_list.hpp"
#include "render/network_json.hpp"
#include "render/number_format.hpp"

namespace respnet {
namespace {

Cell count(std::uint32_t n) { return static_cast<std::int64_t>(n); }

std::string names(const Network& n, const std::vector<UnitId>& units) {
  return join_names(units, [&](UnitId u) { return n.unit(u).name; });
}

// Old units by the name they have now when they carried over: one agency, one name per table.
std::string current_names(const DiffView& v, const std::vector<UnitId>& old_units) {
  return join_names(old_units, [&](UnitId u) {
    const auto& now = v.diff.units.new_of_old[index_of(u)];
    return now ? v.after->network.unit(*now).name : v.before->network.unit(u).name;
  });
}

std::string leader_name(const Network& n, const std::optional<LeaderId>& l) { return l ? n.leader(*l).name : ""; }

const char* lead_change_name(LeadChange c) {
  return c == LeadChange::flipped ? "flipped" : c == LeadChange::moved ? "moved" : "unchanged";
}

// Before, after and change of one figure; a missing side counts 0 in the change.
template <typename Get>
void append_figure(std::vector<Cell>& row, const UnitChange& c, Get get) {
  using Value = decltype(get(*c.after));
  const Value before = c.before ? get(*c.before) : Value{};
  const Value after = c.after ? get(*c.after) : Value{};
  row.push_back(c.before ? Cell(before) : Cell());
  row.push_back(c.after ? Cell(after) : Cell());
  row.push_back(Cell(after - before));
}

Cell rank_cell(const std::optional<UnitFigures>& f) {
  return f && f->rank ? Cell(static_cast<std::int64_t>(*f->rank)) : Cell();
}

std::string unit_status(const UnitChange& c, const NetworkDiff& d) {
  if (!c.new_unit) return "dropped";
  if (!c.old_unit) return "new";
  return d.units.rule[index_of(*c.old_unit)] == UnitMatchRule::renamed ? "renamed" : "same";
}

std::string summary_line(const DiffView& v) {
  const nlohmann::ordered_json s = make_diff_summary(v);
  auto n = [&](const char* key) { return std::to_string(s[key].get<std::size_t>()); };
  std::string line = document_name(v.before->network.source) + " -> " + document_name(v.after->network.source) +
                     ": units " + n("units_matched") + " matched (" + n("units_renamed") + " renamed), " +
                     n("units_new") + " new, " + n("units_dropped") + " dropped; tasks " + n("tasks_carried") +
                     " carried over (" + n("lead_changes") + " with a lead change, " + n("leader_changes") +
                     " with another leader), " + n("tasks_new") + " new, " +
                     n("tasks_dropped") + " dropped; ties " + n("ties_gained") + " gained, " + n("ties_lost") + " lost; ";
  const auto& agreement = v.clusters;
  if (!agreement.adjusted_rand) return line + "clusters not compared (fewer than 2 units in both)\n";
  return line + "clusters ARI " + format_fixed(*agreement.adjusted_rand) + ", NMI " +
         format_fixed(*agreement.normalized_mutual_information) + " over " + std::to_string(agreement.items) +
         " units in both\n";
}

}  // namespace

DataTable make_diff_unit_table(const DiffView& v) {
  const Network& o = v.before->network;
  const Network& n = v.after->network;
  DataTable t{{"unit", "was", "status", "tasks_before", "tasks_after", "tasks_change", "leads_before", "leads_after",
               "leads_change", "supports_before", "supports_after", "supports_change", "load_before", "load_after",
               "load_change", "rank_before", "rank_after", "rank_change", "overloaded_before",
               "overloaded_after", "partners_gained", "partners_lost"},
              {}};
  std::vector<double> gain;
  for (const UnitChange& c : v.diff.unit_changes) {
    const std::string name = c.new_unit ? n.unit(*c.new_unit).name : o.unit(*c.old_unit).name;
    const std::string was = c.new_unit && c.old_unit && o.unit(*c.old_unit).name != name ? o.unit(*c.old_unit).name : "";
    std::vector<Cell> row{name, was.empty() ? Cell() : Cell(was), unit_status(c, v.diff)};
    auto as_count = [](auto get) { return [get](const UnitFigures& f) { return static_cast<std::int64_t>(get(f)); }; };
    append_figure(row, c, as_count([](const UnitFigures& f) { return f.tasks; }));
    append_figure(row, c, as_count([](const UnitFigures& f) { return f.lead; }));
    append_figure(row, c, as_count([](const UnitFigures& f) { return f.support; }));
    append_figure(row, c, [](const UnitFigures& f) { return f.load; });
    const bool ranked = c.before && c.before->rank && c.after && c.after->rank;
    row.insert(row.end(), {rank_cell(c.before), rank_cell(c.after),
                           ranked ? Cell(static_cast<std::int64_t>(*c.after->rank) - *c.before->rank) : Cell()});
    row.push_back(c.before ? Cell(c.before->overloaded) : Cell());
    row.push_back(c.after ? Cell(c.after->overloaded) : Cell());
    row.push_back(names(n, c.partners_gained));
    row.push_back(current_names(v, c.partners_lost));
    gain.push_back((c.after ? c.after->load : 0.0) - (c.before ? c.before->load : 0.0));
    t.rows.push_back(std::move(row));
  }
  std::vector<std::size_t> order(t.rows.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return gain[a] > gain[b]; });
  return select_rows(t, order);
}

DataTable make_diff_task_table(const DiffView& v) {
  const Network& o = v.before->network;
  const Network& n = v.after->network;
  const NetworkDiff& d = v.diff;
  DataTable t{{"status", "old_id", "new_id", "similarity", "leader_before", "leader_after", "lead_before",
               "lead_after", "lead_change", "units_added", "units_removed", "text"},
              {}};
  std::size_t carried = 0;
  for (std::size_t i = 0; i < n.tasks.size(); ++i) {
    const Task& task = n.tasks[i];
    if (!d.tasks.old_of_new[i]) {
      t.rows.push_back({std::string("new"), Cell(), task.id, Cell(), Cell(), leader_name(n, task.leader), Cell(),
                        Cell(), Cell(), Cell(), Cell(), task.text});
      continue;
    }
    const TaskChange& c = d.carried[carried++];
    const Task& was = o.task(c.match.old_task);
    t.rows.push_back({std::string("carried"), was.id, task.id, c.match.similarity, leader_name(o, was.leader),
                      leader_name(n, task.leader), current_names(v, c.old_leads), names(n, c.new_leads),
                      std::string(lead_change_name(c.lead_change)), names(n, c.units_added),
                      current_names(v, c.units_removed), task.text});
  }
  for (const TaskId id : d.dropped_tasks) {
    const Task& task = o.task(id);
    t.rows.push_back({std::string("dropped"), task.id, Cell(), Cell(), leader_name(o, task.leader), Cell(), Cell(),
                      Cell(), Cell(), Cell(), Cell(), task.text});
  }
  return t;
}

DataTable make_diff_leader_table(const DiffView& v) {
  const Network& o = v.before->network;
  const Network& n = v.after->network;
  DataTable t{{"leader", "status", "tasks_before", "tasks_after", "new_tasks", "dropped_tasks", "moved_in",
               "moved_out", "units_gained", "units_lost"},
              {}};
  for (const LeaderChange& c : v.diff.leaders) {
    const std::string status = c.old_leader && c.new_leader ? "both" : c.new_leader ? "new" : "gone";
    t.rows.push_back({c.new_leader ? n.leader(*c.new_leader).name : o.leader(*c.old_leader).name, status,
                      count(c.tasks_before), count(c.tasks_after), count(c.new_tasks), count(c.dropped_tasks),
                      count(c.moved_in), count(c.moved_out), names(n, c.units_gained), current_names(v, c.units_lost)});
  }
  return t;
}

DataTable make_diff_tie_table(const DiffView& v) {
  DataTable t{{"change", "unit_a", "unit_b", "shared_tasks"}, {}};
  for (const TieChange& tie : v.diff.gained_ties) {
    t.rows.push_back({std::string("gained"), names(v.after->network, {tie.a}), names(v.after->network, {tie.b}),
                      count(tie.shared_tasks)});
  }
  for (const TieChange& tie : v.diff.lost_ties) {
    t.rows.push_back({std::string("lost"), current_names(v, {tie.a}), current_names(v, {tie.b}), count(tie.shared_tasks)});
  }
  return t;
}

UnmatchedNames unmatched_names(const DiffView& v) {
  UnmatchedNames names;
  for (const UnitChange& c : v.diff.unit_changes) {
    if (!c.new_unit) names.old_only.push_back(v.before->network.unit(*c.old_unit).name);
    if (!c.old_unit) names.new_only.push_back(v.after->network.unit(*c.new_unit).name);
  }
  return names;
}

DataTable make_unmatched_table(const DiffView& v) {
  const UnmatchedNames unmatched = unmatched_names(v);
  DataTable t{{"document", "unit", "kind", "similar"}, {}};
  for (const UnitChange& c : v.diff.unit_changes) {
    if (c.old_unit && c.new_unit) continue;
    const bool old_side = !c.new_unit;
    const Unit& unit = old_side ? v.before->network.unit(*c.old_unit) : v.after->network.unit(*c.new_unit);
    t.rows.push_back({std::string(old_side ? "old" : "new"), unit.name, std::string(unit_kind_name(unit.kind)),
                      join_names(similar_names(unit.name, old_side ? unmatched.new_only : unmatched.old_only),
                                 [](const std::string& similar) { return similar; })});
  }
  return t;
}

std::vector<TableSection> make_diff_sections(const DiffView& v) {
  return {{"units", "Units: what changed", make_diff_unit_table(v)},
          {"tasks", "Tasks: carried over, new and dropped", make_diff_task_table(v)},
          {"leaders", "Leaders: portfolio changes", make_diff_leader_table(v)},
          {"ties", "Coordination ties gained and lost", make_diff_tie_table(v)},
          {"unmatched", "Units named in one year only", make_unmatched_table(v)}};
}

nlohmann::ordered_json make_diff_summary(const DiffView& v) {
  const NetworkDiff& d = v.diff;
  std::size_t matched = 0;
  std::size_t renamed = 0;
  std::size_t added = 0;
  std::size_t dropped = 0;
  for (const UnitChange& c : d.unit_changes) {
    if (c.old_unit && c.new_unit) {
      ++matched;
      if (d.units.rule[index_of(*c.old_unit)] == UnitMatchRule::renamed) ++renamed;
    } else {
      ++(c.new_unit ? added : dropped);
    }
  }
  const auto lead_changes = std::count_if(d.carried.begin(), d.carried.end(),
                                          [](const TaskChange& c) { return c.lead_change != LeadChange::unchanged; });
  const auto leader_changes = std::count_if(d.carried.begin(), d.carried.end(), [&](const TaskChange& c) {
    return leader_name(v.before->network, v.before->network.task(c.match.old_task).leader) !=
           leader_name(v.after->network, v.after->network.task(c.match.new_task).leader);
  });
  auto optional = [](const std::optional<double>& x) { return x ? nlohmann::ordered_json(*x) : nlohmann::ordered_json(); };
  return {{"units_matched", matched},
          {"units_renamed", renamed},
          {"units_new", added},
          {"units_dropped", dropped},
          {"tasks_carried", d.carried.size()},
          {"tasks_new", d.new_tasks.size()},
          {"tasks_dropped", d.dropped_tasks.size()},
          {"lead_changes", static_cast<std::size_t>(lead_changes)},
          {"leader_changes", static_cast<std::size_t>(leader_changes)},
          {"ties_gained", d.gained_ties.size()},
          {"ties_lost", d.lost_ties.size()},
          {"task_similarity", {{"ngram", v.tasks.ngram}, {"threshold", v.tasks.threshold}}},
          {"clusters",
           {{"units", v.clusters.items},
            {"clusters_before", v.clusters_before},
            {"clusters_after", v.clusters_after},
            {"adjusted_rand", optional(v.clusters.adjusted_rand)},
            {"normalized_mutual_information", optional(v.clusters.normalized_mutual_information)}}}};
}

std::string write_diff_report(const DiffView& v, const SectionsWriteOptions& options) {
  const std::vector<TableSection> sections = make_diff_sections(v);
  if (options.format == TableFormat::json) {
    const nlohmann::ordered_json header = {
        {"old", document_name(v.before->network.source)}, {"groups", v.groups}, {"summary", make_diff_summary(v)}};
    return write_sections("respnet.diff/1", v.after->network.source, header, sections, options);
  }
  const std::string tables = write_sections("respnet.diff/1", v.after->network.source, {}, sections, options);
  if (options.format == TableFormat::csv) return tables;
  return summary_line(v) + '\n' + tables;
}

}  // namespace respnet
