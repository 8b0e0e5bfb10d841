#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/output.hpp"
#include "render/metrics_tables.hpp"

namespace respnet::cli {

void add_leaders_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<AnalysisOptions>();
  CLI::App* command = app.add_subcommand(
      "leaders", "Leader portfolios (tasks, units, centralities) and the units leaders share.");
  add_analysis_options(*command, *options, {"leaders", "overlaps"});
  command->callback([options, &exit_code] {
    const auto analysed = analyse_document(*options);
    if (!analysed) {
      exit_code = k_exit_bad_input;
      return;
    }
    const NetworkMetrics& m = analysed->metrics;
    const nlohmann::ordered_json header = {{"groups", options->groups}};
    emit_output(write_sections("respnet.leaders/1", m.network.source, header,
                               {{"leaders", "Leaders", make_leader_table(m)},
                                {"overlaps", "Units shared between leaders", make_overlap_matrix(m)}},
                               sections_options(*options)),
                options->output);
    exit_code = k_exit_ok;
  });
}

}  // namespace respnet::cli
