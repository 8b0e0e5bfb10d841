#include <chrono>
#include <iostream>
#include <memory>

#include "analyze/clusters.hpp"
#include "analyze/group_filter.hpp"
#include "analyze/roles.hpp"
#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/document_input.hpp"
#include "cli/embedded_document.hpp"
#include "cli/exit_codes.hpp"
#include "cli/year_comparison.hpp"
#include "render/cluster_report.hpp"
#include "render/diagram_views.hpp"
#include "render/markdown_html.hpp"
#include "render/metrics_tables.hpp"
#include "render/network_json.hpp"
#include "render/output_file.hpp"
#include "render/report_html.hpp"
#include "render/sections.hpp"
#include "render/unit_rankings.hpp"

namespace respnet::cli {
namespace {

struct ReportOptions {
  DocumentInput input;
  std::string output;
  bool excel = false;
  bool quiet = false;
  DiagramOptions diagram;
  std::string compare;  ///< an earlier year's document, for the diff section
  std::string compare_config;
  TaskMatchOptions tasks;
};

class Progress {
 public:
  explicit Progress(bool quiet) : m_quiet(quiet) {}
  void stage(const std::string& what) const {
    if (!m_quiet) std::cerr << "respnet: " << what << "\n";
  }

 private:
  bool m_quiet;
};

using Files = std::vector<std::pair<std::string, std::string>>;

// The diagrams: SVG for every view (inlined in the report), PNG for the three meeting views.
void draw_diagrams(const NetworkMetrics& full, const NetworkStructure& projection, const ClusterResult& clusters,
                   const DiagramOptions& o, Files& files, ReportContent& content) {
  const UnitsViewOptions units;
  BackboneOptions roles_limits;
  roles_limits.max_ties = 60;
  std::vector<std::pair<std::string, Diagram>> views{
      {"units", make_units_diagram(projection, clusters, units, o)},
      {"clusters", make_clusters_diagram(projection, clusters, units, o)},
      {"roles", make_roles_diagram(projection, compute_roles(projection.network), roles_limits, o)},
      {"overview", make_overview_diagram(full, o)}};
  for (std::size_t l = 0; l < full.network.leaders.size(); ++l) {
    views.emplace_back("leader:" + full.network.leaders[l].name, make_leader_diagram(full, id_at<LeaderId>(l), o));
  }
  std::size_t views_inlined = 0;
  for (const auto& [name, diagram] : views) {
    const std::string file = "diagram-" + (name.rfind("leader:", 0) == 0 ? "leader-" + name.substr(7) : name);
    // The views a meeting prints get a PNG too, from the same layout.
    const bool printed = name == "units" || name == "clusters" || name == "roles";
    std::vector<std::string> rendered = render_diagram(
        diagram, printed ? std::vector{DiagramFormat::svg, DiagramFormat::png} : std::vector{DiagramFormat::svg});
    const std::string& svg = rendered.front();
    files.emplace_back(file + ".svg", svg);
    if (name != "overview") content.diagrams.emplace_back(name, inline_svg(svg, "d" + std::to_string(views_inlined++)));
    if (printed) files.emplace_back(file + ".png", std::move(rendered.back()));
  }
}

int run_report(const ReportOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  const Progress progress(o.quiet);
  progress.stage("reading and parsing");
  const ParsedDocument document = read_documents(o.input);
  if (!document.result.ok() || !check_analysable(document.result.network)) return k_exit_bad_input;
  const ParseResult& parsed = document.result;
  const std::string name = document_name(parsed.network.source);
  const std::string first = document_name(parsed.network.sources.front());
  const std::string directory = o.output.empty() ? "out/" + first.substr(0, first.rfind('.')) : o.output;
  progress.stage("computing the figures");
  const MetricsOptions options = metrics_options(AnalysisOptions{}, document.config);
  const NetworkMetrics full = compute_metrics(parsed.network, options);
  const NetworkStructure projection = compute_structure(drop_groups(parsed.network), options);
  report_document_warnings(full.warnings);
  progress.stage("finding coordination clusters");
  const ClusterResult clusters = compute_clusters(projection, ClusterOptions{});
  const RoleNetwork roles = compute_roles(full.network);
  std::optional<YearFigures> earlier;
  std::optional<DiffView> diff;
  if (!o.compare.empty()) {
    progress.stage("comparing with " + document_name(o.compare));
    AnalysisOptions old_options;
    old_options.input = o.input;
    earlier = analyse_year(old_options, o.compare, o.compare_config);
    if (!earlier) return k_exit_bad_input;
    diff = compare_years({earlier->document.metrics, earlier->clustered, earlier->clusters, earlier->document.config},
                         {full, projection, clusters, document.config}, o.tasks);
  }
  ReportContent content{&full, &projection, &clusters, &roles, parsed.diagnostics, {},
                        markdown_sections(embedded_readme().text, "Metrics", diff ? "Year over year" : "Clusters"),
                        diff ? &*diff : nullptr};
  content.warnings.insert(content.warnings.end(), full.warnings.begin(), full.warnings.end());
  std::stable_sort(content.warnings.begin(), content.warnings.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.location.line < b.location.line; });
  progress.stage("drawing the diagrams");
  DiagramOptions diagram = o.diagram;
  diagram.title = name;
  check_cjk_font(diagram.font);
  Files files;
  draw_diagrams(full, projection, clusters, diagram, files, content);
  if (diff) {
    std::vector<std::string> rendered =
        render_diagram(make_diff_diagram(*diff, 200, diagram), {DiagramFormat::svg, DiagramFormat::png});
    content.diagrams.emplace_back("diff", inline_svg(rendered.front(), "diff"));
    files.emplace_back("diagram-diff.svg", std::move(rendered.front()));
    files.emplace_back("diagram-diff.png", std::move(rendered.back()));
  }
  progress.stage("writing the report");
  const TableWriteOptions csv{o.excel};
  auto csv_file = [&](const std::string& file, const DataTable& table) {
    files.emplace_back(file, write_data_table(table, TableFormat::csv, csv));
  };
  csv_file("units.csv", make_unit_table(full));
  csv_file("leaders.csv", make_leader_table(full));
  csv_file("leader_overlaps.csv", make_overlap_table(full));
  csv_file("tasks.csv", make_task_table(full));
  csv_file("overload.csv", make_overload_table(full));
  csv_file("clusters.csv", make_cluster_table(projection, clusters));
  csv_file("cluster_units.csv", make_cluster_member_table(projection, clusters));
  if (diff) {
    for (const TableSection& section : make_diff_sections(*diff)) csv_file("diff_" + section.key + ".csv", section.table);
    files.emplace_back("diff.json", write_diff_report(*diff, {TableFormat::json, "", {}}));
  }
  files.emplace_back("network.json", write_network_json(parsed.network));
  files.emplace_back("report.html", write_report_html(content));
  write_directory_atomically(directory, files);
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  progress.stage("wrote " + std::to_string(files.size()) + " files in " + std::to_string(elapsed.count()) + " ms");
  std::cout << directory << "/report.html\n";
  return k_exit_ok;
}

}  // namespace

void add_report_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* command = app.add_subcommand(
      "report", "The meeting pack: report.html (self-contained), diagrams (SVG, PNG), tables (CSV), network.json.");
  add_document_options(*command, o->input);
  command->add_option("-o,--output", o->output, "The pack's directory; default: out/<first document's name>/.");
  command->add_flag("--excel", o->excel, "CSV with a UTF-8 BOM, so that Excel shows Chinese correctly.");
  command->add_flag("-q,--quiet", o->quiet, "No progress lines on stderr.");
  command->add_option("--font", o->diagram.font, "Font family of the diagrams; must have Chinese glyphs.")
      ->capture_default_str();
  command->add_option("--compare", o->compare,
                      "An earlier year's document: adds the year-over-year section (as respnet diff OLD DOC), "
                      "diagram-diff and diff_*.csv.");
  command->add_option("--compare-config", o->compare_config,
                      "Configuration of the --compare document; default: OLD.toml beside it.");
  add_task_match_options(*command, o->tasks);
  command->callback([o, &exit_code] { exit_code = run_report(*o); });
}

}  // namespace respnet::cli
