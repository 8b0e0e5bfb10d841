#include <memory>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "render/unit_rankings.hpp"

namespace respnet::cli {

void add_rank_command(CLI::App& app, int& exit_code) {
  struct Options {
    AnalysisOptions analysis;
    RankingOptions ranking;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand(
      "rank", "The units sorted by any figure, ties broken by first appearance.");
  add_analysis_options(*command, options->analysis);
  command->add_option("--by", options->ranking.field, "The figure to sort by.")
      ->check(CLI::IsMember(rankable_fields()))
      ->capture_default_str();
  command->add_option("--top", options->ranking.top, "Only the first N units (0: all).")
      ->check(CLI::Range(0, 1000000))
      ->capture_default_str();
  command->add_flag("--ascending", options->ranking.ascending, "Smallest first.");
  command->callback([options, &exit_code] {
    run_analysis(options->analysis, exit_code, [&](const AnalysedDocument& a) {
      const nlohmann::ordered_json header = {{"groups", options->analysis.groups},
                                             {"by", options->ranking.field},
                                             {"ascending", options->ranking.ascending}};
      return write_sections("respnet.rank/1", a.metrics.network.source, header,
                            {{"units", "Units by " + options->ranking.field, make_ranking(a.metrics, options->ranking)}},
                            sections_options(options->analysis));
    });
  });
}

}  // namespace respnet::cli
