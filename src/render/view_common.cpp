#include "render/view_common.hpp"

#include "render/number_format.hpp"

namespace respnet::view {

DiagramNode unit_node(const NetworkStructure& m, UnitId u, int wrap_width, const std::string& fill) {
  const Unit& unit = m.network.unit(u);
  Attributes a{{"label", style::wrap(unit.name, wrap_width)}, {"fillcolor", fill},
               {"tooltip", unit.name + ": " + m.why[index_of(u)]}};
  if (m.load.overloaded[index_of(u)]) {
    a.insert(a.end(), {{"color", style::k_overload_colour}, {"penwidth", "3.5"}, {"fontcolor", "#8b0000"}});
  }
  if (unit.kind == UnitKind::group) a.push_back({"style", "filled,dashed"});
  return {unit_id(u), "", a};
}

Diagram empty_diagram(const DiagramOptions& o, const std::string& engine, bool directed) {
  Diagram d;
  d.directed = directed;
  d.engine = o.engine.empty() ? engine : o.engine;
  d.node_defaults = style::node_defaults(o);
  d.edge_defaults = style::edge_defaults(o);
  return d;
}

style::LegendRow overload_legend(const NetworkStructure& m) {
  return {"", "红框", "负荷过重 overloaded (load_z > " + format_fixed(m.load.threshold, 1) + ")"};
}

Attributes leader_task_edge() { return {{"color", "#9db0d0"}, {"arrowhead", "none"}}; }

}  // namespace respnet::view
