#include "render/network_export.hpp"

#include <algorithm>
#include <cmath>

#include "render/html_text.hpp"
#include "render/metrics_tables.hpp"
#include "render/number_format.hpp"

namespace respnet {
namespace {

constexpr std::size_t k_none = SIZE_MAX;

// The nodes of one metrics table: `label` names them, the other columns become attributes.
struct NodeTable {
  const DataTable* table;
  const char* label;
  const char* type;
  char prefix;
};

// Columns: type, the union of the tables' columns but their labels, in first-seen order, cluster.
std::vector<std::string> attribute_columns(const std::vector<NodeTable>& tables) {
  std::vector<std::string> columns{"type"};
  for (const NodeTable& n : tables) {
    for (const std::string& c : n.table->columns) {
      if (c != n.label && std::find(columns.begin(), columns.end(), c) == columns.end()) columns.push_back(c);
    }
  }
  columns.push_back("cluster");
  return columns;
}

void add_nodes(ExportGraph& g, const std::vector<NodeTable>& tables, const ClusterResult& clusters) {
  g.node_attributes.columns = attribute_columns(tables);
  const std::size_t cluster = g.node_attributes.columns.size() - 1;
  for (const NodeTable& n : tables) {
    const std::size_t label = n.table->column(n.label);
    std::vector<std::size_t> at;
    for (const std::string& c : n.table->columns) at.push_back(c == n.label ? k_none : g.node_attributes.column(c));
    for (std::size_t r = 0; r < n.table->rows.size(); ++r) {
      const std::vector<Cell>& row = n.table->rows[r];
      g.ids.push_back(n.prefix + std::to_string(r));
      g.labels.push_back(std::get<std::string>(row[label]));
      std::vector<Cell> cells(g.node_attributes.columns.size());
      cells[0] = std::string(n.type);
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (at[i] != k_none) cells[at[i]] = row[i];
      }
      if (n.prefix == 'u' && r < clusters.unit_cluster.size()) cells[cluster] = static_cast<std::int64_t>(clusters.unit_cluster[r] + 1);
      g.node_attributes.rows.push_back(std::move(cells));
    }
  }
}

// XML text: the five entities escaped, the control characters XML 1.0 forbids dropped.
std::string xml_text(const std::string& text) {
  std::string allowed;
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') allowed += c;
  }
  return style::html_escape(allowed);
}

// A cell as attribute text; empty for null (the attribute is then left out).
std::string cell_text(const Cell& cell) {
  if (const auto* b = std::get_if<bool>(&cell)) return *b ? "true" : "false";
  if (const auto* n = std::get_if<std::int64_t>(&cell)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&cell)) return std::isnan(*d) ? "" : format_exact(*d);
  if (const auto* s = std::get_if<std::string>(&cell)) return *s;
  return "";
}

// The type of a column, from its first non-null cell: string, boolean, long or double.
std::string column_type(const DataTable& table, std::size_t column) {
  for (const auto& row : table.rows) {
    const Cell& c = row[column];
    if (std::holds_alternative<bool>(c)) return "boolean";
    if (std::holds_alternative<std::int64_t>(c)) return "long";
    if (std::holds_alternative<double>(c)) return "double";
    if (std::holds_alternative<std::string>(c)) return "string";
  }
  return "string";
}

// Each edge's weight: its "weight" attribute (P), else 1 (G); the column is looked up once.
std::vector<double> edge_weights(const ExportGraph& g) {
  const auto& columns = g.edge_attributes.columns;
  const auto it = std::find(columns.begin(), columns.end(), "weight");
  std::vector<double> weights(g.edges.size(), 1.0);
  if (it == columns.end()) return weights;
  const auto column = static_cast<std::size_t>(it - columns.begin());
  for (std::size_t e = 0; e < g.edges.size(); ++e) weights[e] = std::get<double>(g.edge_attributes.rows[e][column]);
  return weights;
}

// DL labels: quoted, with the quotes inside turned into apostrophes (DL has no escape).
std::string dl_label(std::string label) {
  for (char& c : label) {
    if (c == '"' || c == '\n' || c == '\r') c = c == '"' ? '\'' : ' ';
  }
  return '"' + label + '"';
}

}  // namespace

ExportGraph make_bipartite_export(const NetworkMetrics& m, const ClusterResult& clusters) {
  const DataTable tasks = make_task_table(m);
  const DataTable leaders = make_leader_table(m);
  const DataTable units = make_unit_table(m);
  ExportGraph g;
  add_nodes(g, {{&tasks, "id", "task", 't'}, {&leaders, "name", "leader", 'l'}, {&units, "name", "unit", 'u'}}, clusters);
  g.row_mode = m.network.tasks.size();
  g.edge_attributes.columns = {"role"};
  const std::size_t first_leader = m.network.tasks.size();
  const std::size_t first_unit = first_leader + m.network.leaders.size();
  std::size_t next = 0;
  for (std::size_t t = 0; t < m.network.tasks.size(); ++t) {
    if (const auto leader = m.network.tasks[t].leader) {
      g.edges.emplace_back(t, first_leader + index_of(*leader));
      g.edge_attributes.rows.push_back({std::string("leads")});
    }
    for (; next < m.network.assignments.size() && index_of(m.network.assignments[next].task) == t; ++next) {
      const Assignment& a = m.network.assignments[next];
      g.edges.emplace_back(t, first_unit + index_of(a.unit));
      g.edge_attributes.rows.push_back({std::string(role_name(a.role))});
    }
  }
  return g;
}

ExportGraph make_units_export(const NetworkMetrics& m, const ClusterResult& clusters) {
  const DataTable units = make_unit_table(m);
  ExportGraph g;
  add_nodes(g, {{&units, "name", "unit", 'u'}}, clusters);
  g.edge_attributes.columns = {"weight", "shared_tasks"};
  for (const ProjectionEdge& e : m.projection.edges) {
    g.edges.emplace_back(index_of(e.a), index_of(e.b));
    g.edge_attributes.rows.push_back({e.weight, static_cast<std::int64_t>(e.shared_tasks)});
  }
  return g;
}

std::string write_graphml(const ExportGraph& g) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n";
  const auto keys = [&](const DataTable& table, const char* domain, char prefix) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      out += "  <key id=\"" + std::string(1, prefix) + std::to_string(c) + "\" for=\"" + domain + "\" attr.name=\"" +
             xml_text(table.columns[c]) + "\" attr.type=\"" + column_type(table, c) + "\"/>\n";
    }
  };
  keys(g.node_attributes, "node", 'n');
  keys(g.edge_attributes, "edge", 'e');
  const auto data = [&](const std::vector<Cell>& row, char prefix) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      const std::string text = cell_text(row[c]);
      if (!text.empty()) out += "      <data key=\"" + std::string(1, prefix) + std::to_string(c) + "\">" + xml_text(text) + "</data>\n";
    }
  };
  out += "  <graph id=\"G\" edgedefault=\"undirected\">\n";
  for (std::size_t v = 0; v < g.ids.size(); ++v) {
    out += "    <node id=\"" + g.ids[v] + "\">\n      <data key=\"label\">" + xml_text(g.labels[v]) + "</data>\n";
    data(g.node_attributes.rows[v], 'n');
    out += "    </node>\n";
  }
  for (std::size_t e = 0; e < g.edges.size(); ++e) {
    out += "    <edge source=\"" + g.ids[g.edges[e].first] + "\" target=\"" + g.ids[g.edges[e].second] + "\">\n";
    data(g.edge_attributes.rows[e], 'e');
    out += "    </edge>\n";
  }
  return out + "  </graph>\n</graphml>\n";
}

std::string write_gexf(const ExportGraph& g) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
      "  <meta>\n    <creator>respnet</creator>\n  </meta>\n"
      "  <graph defaultedgetype=\"undirected\" mode=\"static\">\n";
  const auto declare = [&](const DataTable& table, const char* domain) {
    out += "    <attributes class=\"" + std::string(domain) + "\">\n";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      out += "      <attribute id=\"" + std::to_string(c) + "\" title=\"" + xml_text(table.columns[c]) + "\" type=\"" +
             column_type(table, c) + "\"/>\n";
    }
    out += "    </attributes>\n";
  };
  declare(g.node_attributes, "node");
  declare(g.edge_attributes, "edge");
  const auto values = [&](const std::vector<Cell>& row) {
    out += "        <attvalues>\n";
    for (std::size_t c = 0; c < row.size(); ++c) {
      const std::string text = cell_text(row[c]);
      if (!text.empty()) out += "          <attvalue for=\"" + std::to_string(c) + "\" value=\"" + xml_text(text) + "\"/>\n";
    }
    out += "        </attvalues>\n";
  };
  out += "    <nodes>\n";
  for (std::size_t v = 0; v < g.ids.size(); ++v) {
    out += "      <node id=\"" + g.ids[v] + "\" label=\"" + xml_text(g.labels[v]) + "\">\n";
    values(g.node_attributes.rows[v]);
    out += "      </node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  const std::vector<double> weights = edge_weights(g);
  for (std::size_t e = 0; e < g.edges.size(); ++e) {
    out += "      <edge id=\"" + std::to_string(e) + "\" source=\"" + g.ids[g.edges[e].first] + "\" target=\"" +
           g.ids[g.edges[e].second] + "\" weight=\"" + format_exact(weights[e]) + "\">\n";
    values(g.edge_attributes.rows[e]);
    out += "      </edge>\n";
  }
  return out + "    </edges>\n  </graph>\n</gexf>\n";
}

std::string write_dl(const ExportGraph& g) {
  std::string out;
  if (g.row_mode > 0) {
    out = "dl nr=" + std::to_string(g.row_mode) + ", nc=" + std::to_string(g.ids.size() - g.row_mode) +
          "\nformat = edgelist2\nrow labels:\n";
    for (std::size_t v = 0; v < g.row_mode; ++v) out += dl_label(g.labels[v]) + '\n';
    out += "column labels:\n";
    for (std::size_t v = g.row_mode; v < g.ids.size(); ++v) out += dl_label(g.labels[v]) + '\n';
    out += "data:\n";
    for (const auto& [row, column] : g.edges) out += std::to_string(row + 1) + ' ' + std::to_string(column - g.row_mode + 1) + " 1\n";
    return out;
  }
  out = "dl n=" + std::to_string(g.ids.size()) + "\nformat = edgelist1\nlabels:\n";
  for (const std::string& label : g.labels) out += dl_label(label) + '\n';
  out += "data:\n";
  // edgelist1 lines are arcs: an undirected tie is written both ways.
  const std::vector<double> weights = edge_weights(g);
  for (std::size_t e = 0; e < g.edges.size(); ++e) {
    const std::string a = std::to_string(g.edges[e].first + 1);
    const std::string b = std::to_string(g.edges[e].second + 1);
    const std::string w = format_exact(weights[e]);
    out += a + ' ' + b + ' ' + w + '\n' + b + ' ' + a + ' ' + w + '\n';
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> write_gephi_csv(const ExportGraph& g) {
  DataTable nodes{{"Id", "Label"}, {}};
  nodes.columns.insert(nodes.columns.end(), g.node_attributes.columns.begin(), g.node_attributes.columns.end());
  for (std::size_t v = 0; v < g.ids.size(); ++v) {
    std::vector<Cell> row{g.ids[v], g.labels[v]};
    row.insert(row.end(), g.node_attributes.rows[v].begin(), g.node_attributes.rows[v].end());
    nodes.rows.push_back(std::move(row));
  }
  DataTable edges{{"Source", "Target", "Type", "Weight"}, {}};
  const std::vector<double> weights = edge_weights(g);
  edges.columns.insert(edges.columns.end(), g.edge_attributes.columns.begin(), g.edge_attributes.columns.end());
  for (std::size_t e = 0; e < g.edges.size(); ++e) {
    std::vector<Cell> row{g.ids[g.edges[e].first], g.ids[g.edges[e].second], std::string("Undirected"), weights[e]};
    row.insert(row.end(), g.edge_attributes.rows[e].begin(), g.edge_attributes.rows[e].end());
    edges.rows.push_back(std::move(row));
  }
  return {{"nodes.csv", write_data_table(nodes, TableFormat::csv)}, {"edges.csv", write_data_table(edges, TableFormat::csv)}};
}

}  // namespace respnet
