#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/output.hpp"
#include "render/metrics_tables.hpp"

namespace respnet::cli {

void add_metrics_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<AnalysisOptions>();
  CLI::App* command = app.add_subcommand(
      "metrics", "Every figure for every unit, leader and task: counts, centralities, load.");
  add_analysis_options(*command, *options, {"units", "leaders", "leader_overlaps", "tasks", "warnings"});
  command->callback([options, &exit_code] {
    const auto analysed = analyse_document(*options);
    if (!analysed) {
      exit_code = k_exit_bad_input;
      return;
    }
    const nlohmann::ordered_json header = {{"groups", options->groups}, {"weighting", options->weighting}};
    emit_output(write_sections("respnet.metrics/1", analysed->metrics.network.source, header,
                               make_metrics_sections(analysed->metrics, analysed->parse_diagnostics), sections_options(*options)),
                options->output);
    exit_code = k_exit_ok;
  });
}

}  // namespace respnet::cli
