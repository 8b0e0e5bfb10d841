// The lead -> support network D.
#include <algorithm>
#include <cstdio>

#include "render/diagram_views.hpp"
#include "render/view_common.hpp"
#include "render/number_format.hpp"

namespace respnet {

Diagram make_roles_diagram(const NetworkStructure& m, const RoleNetwork& roles, const BackboneOptions& limits,
                           const DiagramOptions& o) {
  const Network& n = m.network;
  Diagram d = view::empty_diagram(o, "dot", true);
  std::vector<std::size_t> drawn;  // roles.edges is strongest first
  for (std::size_t e = 0; e < roles.edges.size() && drawn.size() < limits.max_ties; ++e) {
    if (roles.edges[e].tasks >= std::max(limits.min_weight, 1.0)) drawn.push_back(e);
  }
  std::vector<bool> shown(n.units.size(), false);
  double strongest = 1;
  for (const std::size_t e : drawn) {
    shown[index_of(roles.edges[e].lead)] = shown[index_of(roles.edges[e].support)] = true;
    strongest = std::max(strongest, static_cast<double>(roles.edges[e].tasks));
  }
  for (std::size_t u = 0; u < n.units.size(); ++u) {
    if (!shown[u]) continue;
    // Darker fill: the unit leads a larger share of its tasks.
    const int shade = 235 - static_cast<int>(roles.lead_share[u] * 120);
    char fill[16];
    std::snprintf(fill, sizeof fill, "#%02x%02x%02x", shade, shade, 255);
    d.nodes.push_back(view::unit_node(m, id_at<UnitId>(u), 12, fill));
  }
  for (const std::size_t e : drawn) {
    const RoleEdge& edge = roles.edges[e];
    d.edges.push_back({view::unit_id(edge.lead), view::unit_id(edge.support),
                       {{"penwidth", format_fixed(0.6 + 4.4 * edge.tasks / strongest, 2)},
                        {"color", "#444444aa"},
                        {"tooltip", std::to_string(edge.tasks) + " 项任务"}}});
  }
  d.graph = style::graph_attributes(
      o, "牵头 → 配合 roles",
      {"画出最强的 " + std::to_string(drawn.size()) + " / " + std::to_string(roles.edges.size()) +
       " 对牵头→配合关系"},
      {{"", "→", "箭头由牵头单位指向配合单位 lead → support"},
       {"", "线宽", "这样分工的任务数 tasks"},
       {"#7777ff", "", "颜色越深，牵头比例越高 lead share"},
       view::overload_legend(m)});
  d.graph.insert(d.graph.end(), {{"rankdir", "LR"}, {"ranksep", "1.0"}, {"concentrate", "false"}});
  return d;
}

}  // namespace respnet
