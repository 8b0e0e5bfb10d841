#pragma once
// A diagram described without Graphviz: nodes, edges and cluster boxes with DOT attributes, in
// creation order. render_diagram turns it into DOT, SVG, PNG or PDF through cgraph and gvc.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace respnet {

using Attributes = std::vector<std::pair<std::string, std::string>>;

struct DiagramNode {
  std::string id;       ///< stable ASCII: t12, u3, l2
  std::string cluster;  ///< id of its DiagramCluster, "" for none
  Attributes attributes;
};

struct DiagramEdge {
  std::string tail;
  std::string head;
  Attributes attributes;
};

struct DiagramCluster {
  std::string id;  ///< starts with "cluster_": only dot and fdp draw the box
  Attributes attributes;
};

struct Diagram {
  bool directed = false;
  std::string engine = "dot";
  Attributes graph;
  Attributes node_defaults;
  Attributes edge_defaults;
  std::vector<DiagramCluster> clusters;
  std::vector<DiagramNode> nodes;
  std::vector<DiagramEdge> edges;
};

enum class DiagramFormat : std::uint8_t { dot, svg, png, pdf };

/// The format of a name or file extension: dot (or gv), svg, png, pdf; nullopt for others.
std::optional<DiagramFormat> diagram_format_named(std::string_view name);

/// DOT is the graph as built (no layout), byte-identical run to run; the others are laid out
/// with the diagram's engine and rendered in process. Throws respnet::Error with Graphviz's
/// own messages when Graphviz fails.
std::string render_diagram(const Diagram& diagram, DiagramFormat format);

/// Several formats from one layout (DOT written before it), in the order asked.
std::vector<std::string> render_diagram(const Diagram& diagram, const std::vector<DiagramFormat>& formats);

/// Throws respnet::Error unless fontconfig's best match for `family` has Chinese glyphs.
void check_cjk_font(const std::string& family);

}  // namespace respnet
