// The views of the unit projection P: units and clusters.
#include <algorithm>
#include <cmath>

#include "analyze/ranking.hpp"
#include "render/diagram_views.hpp"
#include "render/view_common.hpp"
#include "render/name_list.hpp"
#include "render/number_format.hpp"

namespace respnet {
namespace {

// The units drawn: all, or the N most loaded.
std::vector<bool> chosen_units(const NetworkStructure& m, std::size_t top) {
  std::vector<bool> chosen(m.network.units.size(), top == 0);
  if (top == 0) return chosen;
  for (const std::size_t u : rank_descending<std::size_t>(m.load.load)) {
    if (top-- == 0) break;
    chosen[u] = true;
  }
  return chosen;
}

// A unit: size grows with load (font and so area), fill by cluster.
DiagramNode unit_node_of(const NetworkStructure& m, const ClusterResult& c, std::size_t u, double max_load,
                         const std::string& box) {
  const double share = max_load > 0 ? std::sqrt(m.load.load[u] / max_load) : 0.0;
  DiagramNode node = view::unit_node(m, id_at<UnitId>(u), 12, style::cluster_colour(c.unit_cluster[u]));
  node.attributes.insert(node.attributes.end(),
                         {{"shape", "ellipse"}, {"fontsize", format_fixed(11 + 19 * share, 1)}, {"margin", "0.04,0.02"}});
  node.cluster = box;
  return node;
}

std::string backbone_line(const UnitsViewOptions& v, std::size_t drawn, std::size_t total) {
  const std::string method = v.backbone.method == BackboneMethod::disparity
                                 ? "disparity 过滤 α=" + format_fixed(v.backbone.alpha, 2)
                             : v.backbone.method == BackboneMethod::spanning ? "最大生成森林"
                                                                             : "全部联系";
  std::string line = "画出 " + std::to_string(drawn) + " / " + std::to_string(total) + " 条协作联系（" +
                     method + "，每个单位保留最强联系";
  if (v.backbone.min_weight > 0) line += "，共同任务 ≥ " + format_fixed(v.backbone.min_weight, 0);
  return line + "，最多 " + std::to_string(v.backbone.max_ties) + " 条）";
}

Diagram projection_diagram(const NetworkStructure& m, const ClusterResult& c, const UnitsViewOptions& v,
                           const DiagramOptions& o, bool boxes) {
  const std::vector<bool> chosen = chosen_units(m, v.top);
  const std::size_t count = static_cast<std::size_t>(std::count(chosen.begin(), chosen.end(), true));
  Diagram d = view::empty_diagram(o, boxes ? "fdp" : count > 300 ? "sfdp" : "neato", false);
  const Backbone backbone = extract_backbone(m.projection, v.backbone);
  double max_load = 0;
  for (std::size_t u = 0; u < chosen.size(); ++u) {
    if (chosen[u]) max_load = std::max(max_load, m.load.load[u]);
  }
  double max_weight = 0;
  for (const std::size_t e : backbone.edges) max_weight = std::max(max_weight, m.projection.edges[e].weight);
  if (boxes) {
    for (std::size_t k = 0; k < c.clusters.size(); ++k) {
      const Cluster& cluster = c.clusters[k];
      std::string label = "第 " + std::to_string(k + 1) + " 组 · " + std::to_string(cluster.units.size()) + " 个单位";
      if (!cluster.top_units.empty()) {
        label += " · " + m.network.unit(cluster.top_units.front()).name + (cluster.units.size() > 1 ? " 等" : "");
      }
      d.clusters.push_back({"cluster_" + std::to_string(k + 1),
                            {{"label", label}, {"style", "rounded"}, {"color", "#777777"}, {"fontsize", "16"}}});
    }
  }
  for (std::size_t u = 0; u < chosen.size(); ++u) {
    if (chosen[u]) {
      d.nodes.push_back(unit_node_of(m, c, u, max_load, boxes ? "cluster_" + std::to_string(c.unit_cluster[u] + 1) : ""));
    }
  }
  std::size_t drawn = 0;
  for (const std::size_t e : backbone.edges) {
    const ProjectionEdge& edge = m.projection.edges[e];
    if (!chosen[index_of(edge.a)] || !chosen[index_of(edge.b)]) continue;
    // In boxes, ties across clusters would pull the boxes over each other.
    if (boxes && c.unit_cluster[index_of(edge.a)] != c.unit_cluster[index_of(edge.b)]) continue;
    ++drawn;
    const double width = 0.6 + 5.4 * edge.weight / std::max(max_weight, 1e-12);
    d.edges.push_back({view::unit_id(edge.a), view::unit_id(edge.b),
                       {{"penwidth", format_fixed(width, 2)}, {"color", "#55555588"},
                        {"tooltip", std::to_string(edge.shared_tasks) + " 项共同任务"}}});
  }
  std::vector<style::LegendRow> legend{{"", "大小", "协调负荷 coordination load（越大负荷越重）"},
                                       view::overload_legend(m),
                                       {"", "线宽", "共同任务数 shared tasks"}};
  for (std::size_t k = 0; k < std::min<std::size_t>(c.clusters.size(), 12); ++k) {
    const Cluster& cluster = c.clusters[k];
    const std::string names = join_names(cluster.top_units, [&](UnitId u) { return m.network.unit(u).name; });
    legend.push_back({style::cluster_colour(k), "", "第 " + std::to_string(k + 1) + " 组：" + names});
  }
  std::vector<std::string> lines{backbone_line(v, drawn, backbone.total)};
  if (boxes) lines.push_back("框内只画组内联系；组间联系见 units 视图");
  if (v.top > 0) lines.push_back("只画负荷最高的 " + std::to_string(count) + " 个单位");
  d.graph = style::graph_attributes(o, boxes ? "协作分组 clusters" : "单位协作网络 units", lines, legend);
  // A fixed seed for the force-directed start: same input, same picture.
  d.graph.insert(d.graph.end(), {{"overlap", "false"}, {"sep", "+8"}, {"splines", "false"}, {"start", "1"}});

  return d;
}

}  // namespace

Diagram make_units_diagram(const NetworkStructure& m, const ClusterResult& c, const UnitsViewOptions& v,
                           const DiagramOptions& o) {
  return projection_diagram(m, c, v, o, false);
}

Diagram make_clusters_diagram(const NetworkStructure& m, const ClusterResult& c, const UnitsViewOptions& v,
                              const DiagramOptions& o) {
  return projection_diagram(m, c, v, o, true);
}

}  // namespace respnet
