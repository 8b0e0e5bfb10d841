// The views drawn from the two-mode network: overview, leader:NAME, ego:UNIT.
#include <algorithm>
#include <map>

#include "analyze/ranking.hpp"
#include "render/diagram_views.hpp"
#include "render/view_common.hpp"
#include "render/number_format.hpp"

namespace respnet {
namespace {

using view::leader_id;
using view::task_id;
using view::unit_id;

DiagramNode make_leader(const Network& n, LeaderId l) {
  const Leader& leader = n.leader(l);
  return {leader_id(l), "",
          {{"label", leader.name + "\\n" + leader.title}, {"shape", "box"}, {"style", "filled,rounded"},
           {"fillcolor", style::k_leader_fill}, {"fontcolor", "white"}, {"fontsize", "16"}}};
}

DiagramNode make_task(const Network& n, TaskId t) {
  const Task& task = n.task(t);
  return {task_id(t), "",
          {{"label", task.id + " " + style::shorten(task.text, 26)}, {"shape", "box"},
           {"fillcolor", style::k_task_fill}, {"tooltip", task.text}}};
}

DiagramNode make_unit(const NetworkMetrics& m, UnitId u) {
  DiagramNode node = view::unit_node(
      m, u, 16, m.network.unit(u).kind == UnitKind::group ? style::k_group_fill : style::k_unit_fill);
  node.attributes.push_back({"shape", "ellipse"});
  return node;
}

std::vector<style::LegendRow> network_legend(const NetworkMetrics& m) {
  return {{style::k_leader_fill, "", "分管领导 leader"},
          {style::k_task_fill, "", "任务 task (编号 + 摘要)"},
          {style::k_unit_fill, "", "责任单位 unit"},
          {style::k_group_fill, "", "群体条目 group (各县(区)政府 等)"},
          {"", "━━", "牵头 lead"},
          {"", "┄┄", "配合 support"},
          view::overload_legend(m)};
}

// A task's unit assignments, in model order.
void add_task_edges(const NetworkMetrics& m, const std::vector<std::size_t>& offsets, TaskId t, Diagram& d,
                    std::vector<bool>& unit_drawn) {
  for (std::size_t i = offsets[index_of(t)]; i < offsets[index_of(t) + 1]; ++i) {
    const Assignment& a = m.network.assignments[i];
    if (!unit_drawn[index_of(a.unit)]) {
      unit_drawn[index_of(a.unit)] = true;
      d.nodes.push_back(make_unit(m, a.unit));
    }
    d.edges.push_back({task_id(t), unit_id(a.unit), style::role_edge(a.role == Role::lead)});
  }
}

}  // namespace

Diagram make_overview_diagram(const NetworkMetrics& m, const DiagramOptions& o) {
  const Network& n = m.network;
  Diagram d = view::empty_diagram(o, "dot", true);
  d.graph = style::graph_attributes(
      o, "全局 overview",
      {std::to_string(n.leaders.size()) + " 位领导 · " + std::to_string(n.tasks.size()) + " 项任务 · " +
       std::to_string(n.units.size()) + " 个单位"},
      network_legend(m));
  d.graph.insert(d.graph.end(), {{"rankdir", "LR"}, {"ranksep", "1.6"}, {"nodesep", "0.06"}});
  // 121 tasks make a tall picture: compact rows keep it legible and quick to rasterise.
  d.node_defaults.insert(d.node_defaults.end(), {{"height", "0.3"}, {"margin", "0.08,0.02"}});
  for (std::size_t l = 0; l < n.leaders.size(); ++l) d.nodes.push_back(make_leader(n, id_at<LeaderId>(l)));
  std::vector<bool> unit_drawn(n.units.size(), false);
  const std::vector<std::size_t> offsets = assignment_offsets(n);
  for (std::size_t t = 0; t < n.tasks.size(); ++t) {
    const TaskId task = id_at<TaskId>(t);
    d.nodes.push_back(make_task(n, task));
    if (const auto l = n.tasks[t].leader) {
      d.edges.push_back({leader_id(*l), task_id(task), view::leader_task_edge()});
    }
    add_task_edges(m, offsets, task, d, unit_drawn);
  }
  return d;
}

Diagram make_leader_diagram(const NetworkMetrics& m, LeaderId leader, const DiagramOptions& o) {
  const Network& n = m.network;
  Diagram d = view::empty_diagram(o, "dot", true);
  d.graph = style::graph_attributes(
      o, "分管领导 " + n.leader(leader).name + " " + n.leader(leader).title,
      {std::to_string(m.portfolios.tasks[index_of(leader)]) + " 项任务 · " +
       std::to_string(m.portfolios.units[index_of(leader)].size()) + " 个单位"},
      network_legend(m));
  d.graph.insert(d.graph.end(), {{"rankdir", "LR"}, {"ranksep", "1.2"}, {"nodesep", "0.1"}});
  d.nodes.push_back(make_leader(n, leader));
  std::vector<bool> unit_drawn(n.units.size(), false);
  const std::vector<std::size_t> offsets = assignment_offsets(n);
  for (std::size_t t = 0; t < n.tasks.size(); ++t) {
    if (n.tasks[t].leader != leader) continue;
    const TaskId task = id_at<TaskId>(t);
    d.nodes.push_back(make_task(n, task));
    d.edges.push_back({leader_id(leader), task_id(task), view::leader_task_edge()});
    add_task_edges(m, offsets, task, d, unit_drawn);
  }
  return d;
}

Diagram make_ego_diagram(const NetworkMetrics& m, UnitId unit, const DiagramOptions& o) {
  constexpr std::size_t k_max_partners = 25;
  const Network& n = m.network;
  const std::size_t u = index_of(unit);
  Diagram d = view::empty_diagram(o, "dot", true);
  // The unit's tasks, and how often each partner shares one of them.
  std::vector<bool> on_task(n.tasks.size(), false);
  for (const Assignment& a : n.assignments) {
    if (a.unit == unit) on_task[index_of(a.task)] = true;
  }
  std::vector<double> shared(n.units.size(), 0.0);
  for (const Assignment& a : n.assignments) {
    if (on_task[index_of(a.task)] && a.unit != unit) shared[index_of(a.unit)] += 1;
  }
  std::vector<bool> shown(n.units.size(), false);
  std::size_t partners = 0;
  for (const std::size_t p : rank_descending<std::size_t>(shared)) {
    if (shared[p] == 0 || partners == k_max_partners) break;
    shown[p] = true;
    ++partners;
  }
  const std::size_t all_partners = m.partners[u];
  d.graph = style::graph_attributes(
      o, "单位 " + n.unit(unit).name,
      {m.why[u], "图中列出共同任务最多的 " + std::to_string(partners) + " 个协作单位（共 " +
                     std::to_string(all_partners) + " 个）"},
      network_legend(m));
  d.graph.insert(d.graph.end(), {{"rankdir", "LR"}, {"ranksep", "1.2"}, {"nodesep", "0.1"}});
  std::vector<bool> leader_drawn(n.leaders.size(), false);
  std::vector<bool> unit_drawn(n.units.size(), false);
  const std::vector<std::size_t> offsets = assignment_offsets(n);
  DiagramNode centre = make_unit(m, unit);
  centre.attributes.push_back({"fontsize", "20"});
  d.nodes.push_back(centre);
  unit_drawn[u] = true;
  for (std::size_t t = 0; t < n.tasks.size(); ++t) {
    if (!on_task[t]) continue;
    const TaskId task = id_at<TaskId>(t);
    if (const auto l = n.tasks[t].leader; l && !leader_drawn[index_of(*l)]) {
      leader_drawn[index_of(*l)] = true;
      d.nodes.push_back(make_leader(n, *l));
    }
    d.nodes.push_back(make_task(n, task));
    if (const auto l = n.tasks[t].leader) {
      d.edges.push_back({leader_id(*l), task_id(task), view::leader_task_edge()});
    }
    for (std::size_t i = offsets[t]; i < offsets[t + 1]; ++i) {
      const Assignment& a = n.assignments[i];
      if (a.unit != unit && !shown[index_of(a.unit)]) continue;
      if (!unit_drawn[index_of(a.unit)]) {
        unit_drawn[index_of(a.unit)] = true;
        d.nodes.push_back(make_unit(m, a.unit));
      }
      Attributes edge = style::role_edge(a.role == Role::lead);
      if (a.unit != unit) edge = {{"style", a.role == Role::lead ? "solid" : "dashed"}, {"color", "#c8c8c8"}};
      d.edges.push_back({task_id(task), unit_id(a.unit), edge});
    }
  }
  return d;
}

}  // namespace respnet
