#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/output.hpp"
#include "render/unit_rankings.hpp"

namespace respnet::cli {

void add_overload_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<AnalysisOptions>();
  CLI::App* command = app.add_subcommand(
      "overload", "The overloaded agencies (load_z above the threshold), most loaded first, and why.");
  add_analysis_options(*command, *options);
  command->callback([options, &exit_code] {
    const auto analysed = analyse_document(*options);
    if (!analysed) {
      exit_code = k_exit_bad_input;
      return;
    }
    const nlohmann::ordered_json header = {{"groups", options->groups},
                                           {"threshold", analysed->metrics.load.threshold}};
    emit_output(write_sections("respnet.overload/1", analysed->metrics.network.source, header,
                               {{"units", "Overloaded agencies", make_overload_table(analysed->metrics)}},
                               sections_options(*options)),
                options->output);
    exit_code = k_exit_ok;
  });
}

}  // namespace respnet::cli
