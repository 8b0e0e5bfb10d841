#include "cli/commands.hpp"

#include <memory>

#include "analyze/participation.hpp"
#include "cli/document_input.hpp"
#include "cli/exit_codes.hpp"
#include "cli/output.hpp"
#include "render/network_json.hpp"
#include "render/network_summary.hpp"
#include "render/task_explanation.hpp"

namespace respnet::cli {
namespace {

struct ParseCommandOptions {
  DocumentInput input;
  std::string format = "text";
  std::string output;
  bool explain = false;
};

int run_parse(const ParseCommandOptions& options) {
  const ParsedDocument parsed = read_documents(options.input);
  if (!parsed.result.ok()) return k_exit_bad_input;
  const Network& network = parsed.result.network;
  emit_output(options.explain            ? write_task_explanation(network)
              : options.format == "json" ? write_network_json(network)
                                         : write_network_summary(network, compute_participation(network)),
              options.output);
  return k_exit_ok;
}

}  // namespace

void add_parse_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ParseCommandOptions>();
  CLI::App* command =
      app.add_subcommand("parse", "Read a responsibility breakdown and print its network.");
  add_document_options(*command, options->input);
  command->add_option("--format", options->format, "json: the network (respnet.network/1); "
                                                   "text: a summary and the units by tasks.")
      ->check(CLI::IsMember({"json", "text"}))
      ->capture_default_str();
  command->add_flag("--explain", options->explain,
                    "For each task, the lines it was read from and what decided its lead (in Chinese); "
                    "guesses are marked for checking by hand.");
  command->add_option("-o,--output", options->output, "Write to FILE instead of stdout.");
  command->callback([options, &exit_code] { exit_code = run_parse(*options); });
}

}  // namespace respnet::cli
