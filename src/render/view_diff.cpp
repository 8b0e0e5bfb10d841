// The diff view: the units of both years, ties gained and lost.
#include <algorithm>
#include <set>

#include "analyze/backbone.hpp"
#include "render/diff_report.hpp"
#include "render/network_json.hpp"
#include "render/number_format.hpp"
#include "render/view_common.hpp"

namespace respnet {
namespace {

const std::string k_gained_colour = "#2ca02c";
const std::string k_lost_colour = "#d62728";
const std::string k_new_fill = "#d9f2d0";
const std::string k_dropped_fill = "#f7d4d4";

struct DrawnTie {
  std::string a;
  std::string b;
  std::uint32_t shared_tasks = 0;
  bool gained = false;
};

class DiffDiagramBuilder {
 public:
  explicit DiffDiagramBuilder(const DiffView& v) : m_v(v) {}

  std::string new_node(UnitId u) {
    m_new_units.insert(u);
    return view::unit_id(u);
  }

  // An old unit is drawn as its new counterpart when it has one.
  std::string old_node(UnitId u) {
    if (const auto& counterpart = m_v.diff.units.new_of_old[index_of(u)]) return new_node(*counterpart);
    m_dropped_units.insert(u);
    return "o" + std::to_string(index_of(u));
  }

  void add_nodes(Diagram& d) const {
    const Network& o = m_v.before->network;
    for (const UnitId u : m_new_units) {
      const auto& was = m_v.diff.units.old_of_new[index_of(u)];
      DiagramNode node = view::unit_node(*m_v.after, u, 12, was ? style::k_unit_fill : k_new_fill);
      if (was && o.unit(*was).name != m_v.after->network.unit(u).name) {
        node.attributes.front().second += "\n（原" + o.unit(*was).name + "）";
      }
      d.nodes.push_back(std::move(node));
    }
    for (const UnitId u : m_dropped_units) {
      DiagramNode node = view::unit_node(*m_v.before, u, 12, k_dropped_fill);
      node.id = "o" + std::to_string(index_of(u));
      node.attributes.push_back({"style", "filled,dashed"});
      node.attributes.push_back({"color", k_lost_colour});
      d.nodes.push_back(std::move(node));
    }
  }

 private:
  const DiffView& m_v;
  std::set<UnitId> m_new_units;
  std::set<UnitId> m_dropped_units;
};

bool is_unit(const Network& n, UnitId u) { return n.unit(u).kind == UnitKind::unit; }

}  // namespace

Diagram make_diff_diagram(const DiffView& v, std::size_t max_ties, const DiagramOptions& o) {
  const Network& before = v.before->network;
  const Network& after = v.after->network;
  DiffDiagramBuilder builder(v);
  struct Change {
    const TieChange* tie;
    bool gained;
  };
  std::vector<Change> changed;
  for (const TieChange& t : v.diff.gained_ties) {
    if (is_unit(after, t.a) && is_unit(after, t.b)) changed.push_back({&t, true});
  }
  for (const TieChange& t : v.diff.lost_ties) {
    if (is_unit(before, t.a) && is_unit(before, t.b)) changed.push_back({&t, false});
  }
  // The heaviest max_ties changes, drawn in the order listed.
  std::vector<std::size_t> order(changed.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return changed[a].tie->shared_tasks > changed[b].tie->shared_tasks;
  });
  order.resize(std::min(order.size(), max_ties));
  std::sort(order.begin(), order.end());
  std::vector<DrawnTie> drawn;
  for (const std::size_t i : order) {
    const auto [tie, gained] = changed[i];
    drawn.push_back({gained ? builder.new_node(tie->a) : builder.old_node(tie->a),
                     gained ? builder.new_node(tie->b) : builder.old_node(tie->b), tie->shared_tasks, gained});
  }
  // Kept ties: the new year's backbone, less the ties that are new.
  std::set<std::pair<UnitId, UnitId>> gained;
  for (const TieChange& t : v.diff.gained_ties) gained.insert({t.a, t.b});
  std::vector<DrawnTie> kept;
  for (const std::size_t e : extract_backbone(v.after->projection, BackboneOptions{}).edges) {
    const ProjectionEdge& edge = v.after->projection.edges[e];
    if (gained.count({edge.a, edge.b}) > 0 || !is_unit(after, edge.a) || !is_unit(after, edge.b)) continue;
    kept.push_back({builder.new_node(edge.a), builder.new_node(edge.b), edge.shared_tasks, false});
  }
  Diagram d = view::empty_diagram(o, "neato", false);
  builder.add_nodes(d);
  if (d.nodes.size() > 300 && o.engine.empty()) d.engine = "sfdp";
  std::uint32_t heaviest = 1;
  for (const DrawnTie& t : drawn) heaviest = std::max(heaviest, t.shared_tasks);
  for (const DrawnTie& t : kept) heaviest = std::max(heaviest, t.shared_tasks);
  auto width = [&](std::uint32_t w) { return format_fixed(0.8 + 4.2 * w / heaviest, 2); };
  for (const DrawnTie& t : kept) {
    d.edges.push_back({t.a, t.b, {{"penwidth", width(t.shared_tasks)}, {"color", "#99999966"},
                                  {"tooltip", std::to_string(t.shared_tasks) + " 项共同任务"}}});
  }
  for (const DrawnTie& t : drawn) {
    Attributes a{{"penwidth", width(t.shared_tasks)}, {"color", t.gained ? k_gained_colour : k_lost_colour},
                 {"tooltip", std::string(t.gained ? "新增" : "失去") + "：" + std::to_string(t.shared_tasks) + " 项共同任务"}};
    if (!t.gained) a.push_back({"style", "dashed"});
    d.edges.push_back({t.a, t.b, std::move(a)});
  }
  const std::vector<style::LegendRow> legend{
      {"", "绿线", "新增协作联系 tie gained"},
      {"", "红虚线", "失去的协作联系 tie lost（按上年共同任务数）"},
      {"", "灰线", "保持的联系 tie kept（本年骨干联系）"},
      {k_new_fill, "", "新出现的单位 new unit"},
      {k_dropped_fill, "", "不再出现的单位 unit no longer named（虚线框）"},
      view::overload_legend(*v.after),
      {"", "线宽", "共同任务数 shared tasks"}};
  const std::vector<std::string> lines{
      document_name(before.source) + " → " + document_name(after.source),
      "画出 " + std::to_string(drawn.size()) + " / " + std::to_string(changed.size()) +
          " 条变化的联系（共同任务最多者优先，最多 " + std::to_string(max_ties) + " 条），群体条目不画"};
  d.graph = style::graph_attributes(o, "协作联系变化 ties gained and lost", lines, legend);
  d.graph.insert(d.graph.end(), {{"overlap", "false"}, {"sep", "+8"}, {"splines", "false"}, {"start", "1"}});
  return d;
}

}  // namespace respnet
