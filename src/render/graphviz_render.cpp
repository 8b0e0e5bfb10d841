// Graphviz behind RAII: the only file that calls cgraph and gvc.
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <utility>

#include "model/error.hpp"
#include "render/diagram.hpp"
#include "render/graphviz_compat.hpp"

namespace respnet {
namespace {

// Graphviz reports through a process-wide callback; collect its messages for our errors.
std::string& graphviz_messages() {
  static std::string messages;
  return messages;
}

int collect_message(char* message) {
  graphviz_messages() += message;
  return 0;
}

// One context for the whole process, never freed. Graphviz 2.42's pango plugin keeps a pointer
// to the last font name it measured, which lives in the context's font dictionary, and compares
// it at the next layout: once a context is freed that is a use after free (AddressSanitizer
// found it in the second diagram of a run). The process ends soon after its diagrams anyway.
class Context {
 public:
  Context() : m_gvc(shared()) {}
  GVC_t* get() const { return m_gvc; }

 private:
  static GVC_t* shared() {
    static GVC_t* const gvc = gvContext();
    if (!gvc) throw Error("graphviz: cannot create a rendering context");
    return gvc;
  }

  GVC_t* m_gvc;
};

// Move-only owners of the C handles.
class Graph {
 public:
  Graph(const std::string& name, bool directed)
      : m_graph(agopen(gv::c_arg(name), directed ? Agdirected : Agundirected, gv::SequentialIds::discipline())) {
    if (!m_graph) throw Error("graphviz: cannot create a graph: " + graphviz_messages());
  }
  ~Graph() {
    if (m_graph) agclose(m_graph);
  }
  Graph(Graph&& other) noexcept : m_graph(std::exchange(other.m_graph, nullptr)) {}
  Graph& operator=(Graph&&) = delete;
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;
  Agraph_t* get() const { return m_graph; }

 private:
  Agraph_t* m_graph;
};

// A layout, freed before the graph that holds it (a scope guard: neither copied nor moved).
class Layout {
 public:
  Layout(const Context& context, const Graph& graph, const std::string& engine)
      : m_context(context), m_graph(graph) {
    if (gvLayout(context.get(), graph.get(), engine.c_str()) != 0) {
      throw Error("graphviz: layout with " + engine + " failed: " + graphviz_messages());
    }
  }
  ~Layout() { gvFreeLayout(m_context.get(), m_graph.get()); }
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;

 private:
  const Context& m_context;
  const Graph& m_graph;
};

// A value as cgraph holds it: `<...>` (the DOT spelling of an HTML-like label) becomes an
// HTML string, anything else a plain one. The caller releases it with agstrfree.
char* intern_value(Agraph_t* g, const std::string& value) {
  const bool html = value.size() >= 2 && value.front() == '<' && value.back() == '>';
  return html ? agstrdup_html(g, gv::c_arg(value.substr(1, value.size() - 2))) : agstrdup(g, gv::c_arg(value));
}

void set_all(void* object, const Attributes& attributes) {
  Agraph_t* g = agraphof(object);
  for (const auto& [name, value] : attributes) {
    char* interned = intern_value(g, value);
    agsafeset(object, gv::c_arg(name), interned, gv::c_arg(""));
    agstrfree(g, interned);
  }
}

void set_defaults(Agraph_t* g, int kind, const Attributes& attributes) {
  for (const auto& [name, value] : attributes) {
    char* interned = intern_value(g, value);
    agattr(g, kind, gv::c_arg(name), interned);
    agstrfree(g, interned);
  }
}

void build(const Diagram& d, Graph& graph) {
  Agraph_t* g = graph.get();
  set_defaults(g, AGRAPH, d.graph);
  set_defaults(g, AGNODE, d.node_defaults);
  set_defaults(g, AGEDGE, d.edge_defaults);
  std::map<std::string, Agraph_t*> clusters;
  for (const DiagramCluster& c : d.clusters) {
    Agraph_t* sub = agsubg(g, gv::c_arg(c.id), 1);
    set_all(sub, c.attributes);
    clusters[c.id] = sub;
  }
  std::map<std::string, Agnode_t*> nodes;
  for (const DiagramNode& n : d.nodes) {
    Agnode_t* node = agnode(g, gv::c_arg(n.id), 1);
    if (!n.cluster.empty()) agsubnode(clusters.at(n.cluster), node, 1);
    set_all(node, n.attributes);
    nodes[n.id] = node;
  }
  for (const DiagramEdge& e : d.edges) {
    Agedge_t* edge = agedge(g, nodes.at(e.tail), nodes.at(e.head), nullptr, 1);
    set_all(edge, e.attributes);
  }
}

std::string write_dot(const Graph& graph) {
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (!stream) throw Error("graphviz: cannot open a memory stream");
  const int status = agwrite(graph.get(), stream);
  std::fclose(stream);
  std::string out(buffer, size);
  std::free(buffer);
  if (status != 0) throw Error("graphviz: cannot write DOT: " + graphviz_messages());
  return out;
}

const char* format_name(DiagramFormat format) {
  switch (format) {
    case DiagramFormat::svg: return "svg";
    case DiagramFormat::png: return "png:cairo";
    case DiagramFormat::pdf: return "pdf:cairo";
    case DiagramFormat::dot: break;
  }
  return "dot";
}

}  // namespace

std::vector<std::string> render_diagram(const Diagram& diagram, const std::vector<DiagramFormat>& formats) {
  graphviz_messages().clear();
  agseterrf(collect_message);
  agseterr(AGERR);
  Context context;
  Graph graph("respnet", diagram.directed);
  build(diagram, graph);
  std::vector<std::string> out;
  std::optional<Layout> layout;
  for (const DiagramFormat format : formats) {
    if (format == DiagramFormat::dot) {
      out.push_back(write_dot(graph));
      continue;
    }
    if (!layout) layout.emplace(context, graph, diagram.engine);
    char* data = nullptr;
    gv::RenderLength length = 0;
    if (gvRenderData(context.get(), graph.get(), format_name(format), &data, &length) != 0 || !data) {
      throw Error(std::string("graphviz: rendering ") + format_name(format) + " failed: " + graphviz_messages());
    }
    const std::unique_ptr<char, void (*)(char*)> owned(data, [](char* d) { gvFreeRenderData(d); });
    out.emplace_back(owned.get(), length);
  }
  return out;
}

std::optional<DiagramFormat> diagram_format_named(std::string_view name) {
  if (name == "dot" || name == "gv") return DiagramFormat::dot;
  if (name == "svg") return DiagramFormat::svg;
  if (name == "png") return DiagramFormat::png;
  if (name == "pdf") return DiagramFormat::pdf;
  return std::nullopt;
}

std::string render_diagram(const Diagram& diagram, DiagramFormat format) {
  return std::move(render_diagram(diagram, std::vector<DiagramFormat>{format}).front());
}

}  // namespace respnet
