#pragma once
// The network for the tools analysts already use: GraphML (NetworkX, Cytoscape, Gephi), GEXF 1.3
// (Gephi), UCINET DL and Gephi's spreadsheet CSV (nodes.csv, edges.csv).
// Two graphs: G, the bipartite network (tasks, then leaders, then units; node ids t<i>, l<i>,
// u<i>; edges leader–task "leads", unit–task "lead" or "support"), and P, the unit projection
// (node ids u<i>; edge weight and shared_tasks). Every node carries its type, the figures of
// its row in `respnet metrics` (render/metrics_tables.hpp) and, for units, its cluster (1 =
// largest). Chinese is written as UTF-8, declared and XML-escaped where XML is written.
#include <string>
#include <utility>
#include <vector>

#include "analyze/clusters.hpp"
#include "analyze/metrics.hpp"
#include "render/data_table.hpp"

namespace respnet {

/// A graph ready to write: nodes with typed attributes, undirected edges with attributes.
struct ExportGraph {
  std::vector<std::string> ids;     ///< stable ASCII ids
  std::vector<std::string> labels;  ///< names as written
  DataTable node_attributes;        ///< one row per node; Cell() where a figure does not apply
  std::vector<std::pair<std::size_t, std::size_t>> edges;  ///< node indices
  DataTable edge_attributes;        ///< one row per edge
  std::size_t row_mode = 0;         ///< two-mode: nodes [0, row_mode) are the rows (tasks); 0: one-mode
};

/// G with every figure; `clusters` are those of P (by UnitId).
ExportGraph make_bipartite_export(const NetworkMetrics& metrics, const ClusterResult& clusters);

/// P with the units' figures, ties weighted.
ExportGraph make_units_export(const NetworkMetrics& metrics, const ClusterResult& clusters);

/// GraphML: keys typed string, boolean, long or double; NetworkX's read_graphml reads it.
std::string write_graphml(const ExportGraph& graph);

/// GEXF 1.3, static and undirected, with the attributes declared per class.
std::string write_gexf(const ExportGraph& graph);

/// UCINET DL: two-mode `edgelist2` (tasks × leaders and units, value 1) for G, `edgelist1` with
/// weights for P (each tie both ways: edgelist1 lines are arcs); labels quoted.
std::string write_dl(const ExportGraph& graph);

/// Gephi's spreadsheet import: nodes.csv (Id, Label, attributes) and edges.csv (Source, Target,
/// Type, Weight, attributes), as (file name, bytes).
std::vector<std::pair<std::string, std::string>> write_gephi_csv(const ExportGraph& graph);

}  // namespace respnet
