#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "render/metrics_tables.hpp"

namespace respnet::cli {

void add_leaders_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<AnalysisOptions>();
  CLI::App* command = app.add_subcommand(
      "leaders", "Leader portfolios (tasks, units, centralities) and the units leaders share.");
  add_analysis_options(*command, *options, {"leaders", "overlaps"});
  command->callback([options, &exit_code] {
    run_analysis(*options, exit_code, [&](const AnalysedDocument& a) {
      const NetworkMetrics& m = a.metrics;
      return write_sections("respnet.leaders/1", m.network.source, {{"groups", options->groups}},
                            {{"leaders", "Leaders", make_leader_table(m)},
                             {"overlaps", "Units shared between leaders", make_overlap_matrix(m)}},
                            sections_options(*options));
    });
  });
}

}  // namespace respnet::cli
