#include <memory>

#include "analyze/roles.hpp"
#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "render/roles_tables.hpp"

namespace respnet::cli {

void add_roles_command(CLI::App& app, int& exit_code) {
  struct Options {
    AnalysisOptions analysis;
    std::size_t top = 20;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand(
      "roles", "Lead versus support: lead shares, strongest lead -> support pairs, units that "
               "only support, reciprocal pairs.");
  add_analysis_options(*command, options->analysis, {"units", "pairs", "only_support", "reciprocal"});
  command->add_option("--top", options->top, "Strongest pairs to list (0: all).")
      ->check(CLI::Range(0, 1000000))
      ->capture_default_str();
  command->callback([options, &exit_code] {
    run_analysis(options->analysis, exit_code, [&](const AnalysedDocument& a) {
      const NetworkMetrics& m = a.metrics;
      return write_sections("respnet.roles/1", m.network.source, {{"groups", options->analysis.groups}},
                            make_roles_sections(m.network, compute_roles(m.network), m.participation, options->top),
                            sections_options(options->analysis));
    });
  });
}

}  // namespace respnet::cli
