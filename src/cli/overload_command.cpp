#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "render/unit_rankings.hpp"

namespace respnet::cli {

void add_overload_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<AnalysisOptions>();
  CLI::App* command = app.add_subcommand(
      "overload", "The overloaded agencies (load_z above the threshold), most loaded first, and why.");
  add_analysis_options(*command, *options);
  command->callback([options, &exit_code] {
    run_analysis(*options, exit_code, [&](const AnalysedDocument& a) {
      const nlohmann::ordered_json header = {{"groups", options->groups}, {"threshold", a.metrics.load.threshold}};
      return write_sections("respnet.overload/1", a.metrics.network.source, header,
                            {{"units", "Overloaded agencies", make_overload_table(a.metrics)}},
                            sections_options(*options));
    });
  });
}

}  // namespace respnet::cli
