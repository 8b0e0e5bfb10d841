#include <filesystem>
#include <memory>

#include "analyze/clusters.hpp"
#include "analyze/roles.hpp"
#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/output.hpp"
#include "model/error.hpp"
#include "model/name_match.hpp"
#include "render/diagram_views.hpp"
#include "render/network_export.hpp"
#include "render/network_json.hpp"
#include "render/output_file.hpp"

namespace respnet::cli {
namespace {

struct ExportOptions {
  AnalysisOptions analysis;
  std::string view = "units";
  std::string format;
  std::string backbone = "disparity";
  std::size_t max_ties = 0;  ///< 0: the view's default
  UnitsViewOptions units;
  ClusterOptions clusters;
  DiagramOptions diagram;
};

// --format, else the -o extension, else svg.
std::string format_name(const ExportOptions& o) {
  if (!o.format.empty()) return o.format;
  const std::string extension = std::filesystem::path(o.analysis.output).extension().string();
  return extension.empty() ? "svg" : extension.substr(1);
}

bool is_data_format(const std::string& format) {
  return format == "graphml" || format == "gexf" || format == "dl" || format == "csv";
}

DiagramFormat diagram_format(const ExportOptions& o) {
  if (const auto format = diagram_format_named(format_name(o))) return *format;
  throw CLI::ValidationError("--format", "cannot tell the format from '" + o.analysis.output +
                                             "': use --format dot|svg|png|pdf|graphml|gexf|dl|csv");
}

// G (or P with --view units) as GraphML, GEXF, UCINET DL or Gephi's CSV pair.
int export_data(const ExportOptions& o, const std::string& format, bool units_view) {
  if (format == "csv" && o.analysis.output.empty()) {
    throw CLI::ValidationError("-o", "--format csv writes nodes.csv and edges.csv: name their folder with -o");
  }
  AnalysisOptions analysis = o.analysis;
  if (analysis.groups.empty()) analysis.groups = "keep";
  const auto analysed = analyse_document(analysis);
  if (!analysed) return k_exit_bad_input;
  const NetworkMetrics& m = analysed->metrics;
  const ClusterResult clusters = compute_clusters(m, o.clusters);
  const ExportGraph graph = units_view ? make_units_export(m, clusters) : make_bipartite_export(m, clusters);
  if (format == "csv") {
    write_directory_atomically(o.analysis.output, write_gephi_csv(graph));
  } else {
    emit_output(format == "graphml" ? write_graphml(graph) : format == "gexf" ? write_gexf(graph) : write_dl(graph),
                o.analysis.output);
  }
  return k_exit_ok;
}

// The id of the leader or unit named after "leader:" / "ego:", or a clear error.
template <typename Id, typename Items>
Id find_named(const Items& items, const std::string& name, const std::string& what, const std::string& document) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].name == name) return id_at<Id>(i);
    names.push_back(items[i].name);
  }
  std::string hint;
  for (const std::string& n : closest_names(name, names, 5)) hint += (hint.empty() ? "" : ", ") + n;
  throw CLI::ValidationError("--view", "no " + what + " named '" + name + "' in " + document +
                                           "; closest: " + hint);
}

Diagram build_view(const ExportOptions& o, const NetworkMetrics& m) {
  const std::string& view = o.view;
  const std::string document = document_name(m.network.source);
  if (view == "overview") return make_overview_diagram(m, o.diagram);
  if (view == "roles") return make_roles_diagram(m, compute_roles(m.network), o.units.backbone, o.diagram);
  if (view.rfind("leader:", 0) == 0) {
    return make_leader_diagram(m, find_named<LeaderId>(m.network.leaders, view.substr(7), "leader", document), o.diagram);
  }
  if (view.rfind("ego:", 0) == 0) {
    const std::string unit = view.substr(4);
    const auto id = m.network.find_unit(unit);  // aliases too: ego:国资委 is 市财政局
    return make_ego_diagram(m, id ? *id : find_named<UnitId>(m.network.units, unit, "unit", document), o.diagram);
  }
  const ClusterResult clusters = compute_clusters(m, o.clusters);
  if (view == "clusters") return make_clusters_diagram(m, clusters, o.units, o.diagram);
  return make_units_diagram(m, clusters, o.units, o.diagram);
}

bool is_known_view(const std::string& view) {
  return view == "overview" || view == "units" || view == "clusters" || view == "roles" ||
         view.rfind("leader:", 0) == 0 || view.rfind("ego:", 0) == 0;
}

}  // namespace

void add_export_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<ExportOptions>();
  o->analysis.groups = "";
  CLI::App* command = app.add_subcommand(
      "export", "Network diagrams for meetings (Graphviz: DOT, SVG, PNG, PDF), and the network for other tools "
                "(GraphML, GEXF, UCINET DL, Gephi CSV).");
  add_document_options(*command, o->analysis.input);
  CLI::Option* view = command->add_option("--view", o->view,
                      "overview | units | clusters | roles | leader:NAME | ego:UNIT; for graphml, gexf, dl and "
                      "csv: the bipartite network G, or units for the projection P")
      ->check(CLI::Validator([](std::string& v) { return is_known_view(v) ? "" : "unknown view '" + v + "'"; },
                             "VIEW"))
      ->capture_default_str();
  command->add_option("--format", o->format,
                      "dot, svg, png, pdf, graphml, gexf, dl or csv (nodes.csv and edges.csv in the -o folder); "
                      "default: from the -o extension, else svg.")
      ->check(CLI::IsMember({"dot", "svg", "png", "pdf", "graphml", "gexf", "dl", "csv"}));
  command->add_option("-o,--output", o->analysis.output, "Write to FILE instead of stdout.");
  command->add_option("--engine", o->diagram.engine, "Graphviz layout engine; default: the view's.")
      ->check(CLI::IsMember({"dot", "neato", "sfdp", "fdp", "circo", "twopi"}));
  command->add_option("--groups", o->analysis.groups,
                      "keep or drop group entries; default: drop for units, clusters and roles, keep otherwise.")
      ->check(CLI::IsMember({"keep", "drop", "expand"}));
  command->add_option("--backbone", o->backbone, "Ties drawn in units and clusters: disparity, spanning or off.")
      ->check(CLI::IsMember({"off", "disparity", "spanning"}))
      ->capture_default_str();
  command->add_option("--alpha", o->units.backbone.alpha, "Significance level of the disparity filter.")
      ->capture_default_str();
  command->add_option("--max-ties", o->max_ties, "At most this many ties drawn; default 200 (roles: 60).");
  command->add_option("--min-weight", o->units.backbone.min_weight, "Only ties of at least W shared tasks.")
      ->capture_default_str();
  command->add_option("--top", o->units.top, "units and clusters: only the N most loaded units (0: all).")
      ->check(CLI::Range(0, 1000000))
      ->capture_default_str();
  command->add_option("--font", o->diagram.font, "Font family; must have Chinese glyphs.")->capture_default_str();
  command->add_option("--page", o->diagram.page, "Fit the drawing to an A4 or A3 landscape page.")
      ->check(CLI::IsMember({"a4", "a3"}));
  command->add_option("--seed", o->clusters.seed, "Seed of the clusters that colour the units.")->capture_default_str();
  command->callback([o, view, &exit_code] {
    if (const std::string data = format_name(*o); is_data_format(data)) {
      if (view->count() > 0 && o->view != "units") {
        throw CLI::ValidationError("--view", data + " exports the bipartite network (no --view) or --view units");
      }
      exit_code = export_data(*o, data, view->count() > 0);
      return;
    }
    const DiagramFormat format = diagram_format(*o);
    ExportOptions options = *o;
    const bool projection_view = options.view == "units" || options.view == "clusters" || options.view == "roles";
    if (options.analysis.groups.empty()) options.analysis.groups = projection_view ? "drop" : "keep";
    options.units.backbone.max_ties = options.max_ties > 0 ? options.max_ties : options.view == "roles" ? 60 : 200;
    options.units.backbone.method = options.backbone == "off"        ? BackboneMethod::off
                                    : options.backbone == "spanning" ? BackboneMethod::spanning
                                                                     : BackboneMethod::disparity;
    const auto analysed = analyse_document(options.analysis);
    if (!analysed) {
      exit_code = k_exit_bad_input;
      return;
    }
    options.diagram.title = document_name(analysed->metrics.network.source);
    const Diagram diagram = build_view(options, analysed->metrics);
    if (format != DiagramFormat::dot) check_cjk_font(options.diagram.font);
    emit_output(render_diagram(diagram, format), options.analysis.output);
    exit_code = k_exit_ok;
  });
}

}  // namespace respnet::cli
