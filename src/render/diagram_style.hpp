#pragma once
// The look shared by every diagram: fonts, colours, node styles, labels, title and legend.
#include <string>
#include <vector>

#include "render/diagram.hpp"
#include "render/html_text.hpp"

namespace respnet {

struct DiagramOptions {
  std::string font = "Noto Sans CJK SC";
  std::string page;    ///< "a4", "a3" (landscape) or "" for the drawing's natural size
  std::string engine;  ///< "" = the view's own choice
  std::string title;   ///< first line of the title, usually the document name
};

namespace style {

inline const std::string k_lead_colour = "#333333";
inline const std::string k_support_colour = "#8a8a8a";
inline const std::string k_overload_colour = "#d62728";
inline const std::string k_leader_fill = "#3b5b92";
inline const std::string k_task_fill = "#f4f1e8";
inline const std::string k_unit_fill = "#dce9f5";
inline const std::string k_group_fill = "#ececec";

/// A light fill colour for cluster i (12 colours, then they repeat).
std::string cluster_colour(std::size_t i);

/// The text broken into lines of at most `width` columns (CJK counts 2), for DOT labels.
std::string wrap(const std::string& text, int width);

/// The first `width` columns of the text, with … when cut.
std::string shorten(const std::string& text, int width);

/// A legend row: a swatch (fill colour, or "" for none) or a symbol, and its meaning.
struct LegendRow {
  std::string swatch;
  std::string symbol;
  std::string meaning;
};

/// Graph attributes every view shares: font, title and legend as the graph label (on top),
/// page size, margins. `lines` are extra title lines under the view name.
Attributes graph_attributes(const DiagramOptions& options, const std::string& view_title,
                            const std::vector<std::string>& lines, const std::vector<LegendRow>& legend);

/// Node and edge defaults with the font.
Attributes node_defaults(const DiagramOptions& options);
Attributes edge_defaults(const DiagramOptions& options);

/// Attributes of a lead or support edge.
Attributes role_edge(bool lead);

}  // namespace style
}  // namespace respnet
