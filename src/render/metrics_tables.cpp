#include "render/metrics_tables.hpp"

#include <algorithm>

namespace respnet {
namespace {

Cell count(std::uint32_t n) { return static_cast<std::int64_t>(n); }

const char* severity_text(Severity s) {
  return s == Severity::error ? "error" : s == Severity::warning ? "warning" : "note";
}

}  // namespace

DataTable make_unit_table(const NetworkMetrics& m) {
  DataTable t{{"name", "kind", "tasks", "lead", "support", "leaders", "partners",
               "degree_centrality", "betweenness", "closeness", "projection_degree",
               "projection_betweenness", "eigenvector", "pagerank", "constraint",
               "effective_size", "load", "load_z", "overloaded", "why"},
              {}};
  const auto& p = m.participation;
  const auto& pc = m.projection_centrality;
  for (std::size_t u = 0; u < m.network.units.size(); ++u) {
    const Unit& unit = m.network.units[u];
    t.rows.push_back({unit.name, std::string(unit_kind_name(unit.kind)), count(p.tasks[u]),
                      count(p.lead[u]), count(p.support[u]), count(p.leaders[u]),
                      count(m.partners[u]), m.bipartite.units.degree[u],
                      m.bipartite.units.betweenness[u], m.bipartite.units.closeness[u],
                      pc.degree[u], pc.betweenness[u], pc.eigenvector[u], pc.pagerank[u],
                      m.holes.constraint[u], m.holes.effective_size[u], m.load.load[u],
                      m.load.load_z[u] ? Cell(*m.load.load_z[u]) : Cell(),
                      static_cast<bool>(m.load.overloaded[u]), m.why[u]});
  }
  return t;
}

DataTable make_leader_table(const NetworkMetrics& m) {
  DataTable t{{"name", "title", "tasks", "units", "degree_centrality", "betweenness", "closeness"}, {}};
  for (std::size_t l = 0; l < m.network.leaders.size(); ++l) {
    t.rows.push_back({m.network.leaders[l].name, m.network.leaders[l].title,
                      count(m.portfolios.tasks[l]),
                      count(static_cast<std::uint32_t>(m.portfolios.units[l].size())),
                      m.bipartite.leaders.degree[l], m.bipartite.leaders.betweenness[l],
                      m.bipartite.leaders.closeness[l]});
  }
  return t;
}

DataTable make_task_table(const NetworkMetrics& m) {
  DataTable t{{"id", "leader", "units", "single_lead", "degree_centrality", "betweenness", "closeness"}, {}};
  for (std::size_t i = 0; i < m.network.tasks.size(); ++i) {
    const Task& task = m.network.tasks[i];
    t.rows.push_back({task.id, task.leader ? Cell(m.network.leader(*task.leader).name) : Cell(),
                      count(m.task_units[i]), static_cast<bool>(m.task_single_lead[i]),
                      m.bipartite.tasks.degree[i], m.bipartite.tasks.betweenness[i],
                      m.bipartite.tasks.closeness[i]});
  }
  return t;
}

DataTable make_diagnostic_table(const Diagnostics& diagnostics) {
  DataTable t{{"severity", "line", "column", "message"}, {}};
  for (const Diagnostic& d : diagnostics) {
    t.rows.push_back({std::string(severity_text(d.severity)),
                      d.location.line > 0 ? Cell(static_cast<std::int64_t>(d.location.line)) : Cell(),
                      d.location.line > 0 ? Cell(static_cast<std::int64_t>(d.location.column)) : Cell(),
                      d.message});
  }
  return t;
}

DataTable make_overlap_table(const NetworkMetrics& m) {
  DataTable t{{"leader", "other", "shared_units"}, {}};
  for (std::size_t a = 0; a < m.network.leaders.size(); ++a) {
    for (const LeaderOverlap& o : m.portfolios.overlaps[a]) {
      t.rows.push_back({m.network.leaders[a].name, m.network.leader(o.other).name, count(o.units)});
    }
  }
  return t;
}

DataTable make_overlap_matrix(const NetworkMetrics& m) {
  DataTable t{{"leader"}, {}};
  for (const Leader& l : m.network.leaders) t.columns.push_back(l.name);
  for (std::size_t a = 0; a < m.network.leaders.size(); ++a) {
    std::vector<Cell> row{m.network.leaders[a].name};
    for (std::size_t b = 0; b < m.network.leaders.size(); ++b) {
      row.push_back(count(m.portfolios.shared(id_at<LeaderId>(a), id_at<LeaderId>(b))));
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::vector<TableSection> make_metrics_sections(const NetworkMetrics& m,
                                                const Diagnostics& parse_diagnostics) {
  Diagnostics warnings = parse_diagnostics;
  warnings.insert(warnings.end(), m.warnings.begin(), m.warnings.end());
  std::stable_sort(warnings.begin(), warnings.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.location.line < b.location.line;
  });
  return {{"units", "Units", make_unit_table(m)},
          {"leaders", "Leaders", make_leader_table(m)},
          {"leader_overlaps", "Units shared between leaders", make_overlap_table(m)},
          {"tasks", "Tasks", make_task_table(m)},
          {"warnings", "Warnings", make_diagnostic_table(warnings)}};
}

}  // namespace respnet
