#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "render/metrics_tables.hpp"

namespace respnet::cli {

void add_metrics_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<AnalysisOptions>();
  CLI::App* command = app.add_subcommand(
      "metrics", "Every figure for every unit, leader and task: counts, centralities, load.");
  add_analysis_options(*command, *options, {"units", "leaders", "leader_overlaps", "tasks", "warnings"});
  command->callback([options, &exit_code] {
    run_analysis(*options, exit_code, [&](const AnalysedDocument& a) {
      const nlohmann::ordered_json header = {{"groups", options->groups}, {"weighting", options->weighting}};
      return write_sections("respnet.metrics/1", a.metrics.network.source, header,
                            make_metrics_sections(a.metrics, a.parse_diagnostics), sections_options(*options));
    });
  });
}

}  // namespace respnet::cli
