#include <memory>

#include "analyze/clusters.hpp"
#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "render/cluster_report.hpp"

namespace respnet::cli {
namespace {

ClusterMethod method_of(const std::string& name) {
  if (name == "bipartite") return ClusterMethod::bipartite;
  if (name == "components") return ClusterMethod::components;
  if (name == "kcore") return ClusterMethod::kcore;
  return ClusterMethod::leiden;
}

}  // namespace

void add_clusters_command(CLI::App& app, int& exit_code) {
  struct Options {
    AnalysisOptions analysis;
    ClusterReportOptions report;
  };
  auto options = std::make_shared<Options>();
  options->analysis.groups = "drop";
  CLI::App* command = app.add_subcommand(
      "clusters", "Coordination clusters: blocks of agencies that work together, described for a meeting.");
  add_analysis_options(*command, options->analysis, {"clusters", "units"});
  command->add_option("--method", options->report.method,
                      "leiden: communities of units; bipartite: co-clusters of tasks and units "
                      "(Barber); components; kcore: k-shells.")
      ->check(CLI::IsMember({"leiden", "bipartite", "components", "kcore"}))
      ->capture_default_str();
  command->add_option("--resolution", options->report.cluster.resolution,
                      "Modularity resolution: above 1, more and smaller clusters.")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_option("--seed", options->report.cluster.seed, "Seed of the first run.")->capture_default_str();
  command->add_option("--runs", options->report.cluster.runs,
                      "Runs with seeds seed, seed+1, ...: the best is kept, the others measure stability.")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  command->callback([options, &exit_code] {
    run_analysis(options->analysis, exit_code, [&](const StructuredDocument& a) {
      ClusterReportOptions report = options->report;
      report.cluster.method = method_of(report.method);
      report.groups = options->analysis.groups;
      report.output = sections_options(options->analysis);
      return write_cluster_report(a.metrics, compute_clusters(a.metrics, report.cluster), report);
    });
  });
}

}  // namespace respnet::cli
