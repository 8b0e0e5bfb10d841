#pragma once
// What the diagram views share: node ids, the unit node, the empty diagram of a view.
#include <string>

#include "analyze/metrics.hpp"
#include "render/diagram_style.hpp"

namespace respnet::view {

inline std::string task_id(TaskId t) { return "t" + std::to_string(index_of(t)); }
inline std::string unit_id(UnitId u) { return "u" + std::to_string(index_of(u)); }
inline std::string leader_id(LeaderId l) { return "l" + std::to_string(index_of(l)); }

/// A unit: its name wrapped, its load explained in the tooltip, a red frame when overloaded,
/// a dashed border for groups; `fill` is its colour.
DiagramNode unit_node(const NetworkStructure& metrics, UnitId unit, int wrap_width, const std::string& fill);

/// An empty diagram of a view with the font defaults and the engine (options.engine wins).
Diagram empty_diagram(const DiagramOptions& options, const std::string& engine, bool directed);

/// The legend row for the red frame, with the threshold in use.
style::LegendRow overload_legend(const NetworkStructure& metrics);

/// The thin line from a leader to one of their tasks.
Attributes leader_task_edge();

}  // namespace respnet::view
