#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/exit_codes.hpp"
#include "cli/commands.hpp"
#include "cli/document_input.hpp"
#include "model/error.hpp"

int main(int argc, char** argv) {
  using namespace respnet::cli;
  CLI::App app{"respnet: responsibility breakdowns (责任分解) as networks of leaders, tasks and units."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "respnet 0.1.0");
  int exit_code = k_exit_ok;
  bool verbose = false;
  app.add_flag("-v,--verbose", verbose, "Say which encoding each document was read in.")
      ->each([](const std::string&) { set_verbose(true); });
  add_parse_command(app, exit_code);
  add_metrics_command(app, exit_code);
  add_rank_command(app, exit_code);
  add_overload_command(app, exit_code);
  add_roles_command(app, exit_code);
  add_leaders_command(app, exit_code);
  add_clusters_command(app, exit_code);
  add_diff_command(app, exit_code);
  add_export_command(app, exit_code);
  add_report_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const respnet::Error& e) {
    std::cerr << "respnet: error: " << e.what() << '\n';
    return k_exit_io_failure;
  }
  return exit_code;
}
