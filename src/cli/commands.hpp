#pragma once
// The subcommands; each sets exit_code when it runs.
#include <CLI/CLI.hpp>

namespace respnet::cli {

void add_parse_command(CLI::App& app, int& exit_code);
void add_metrics_command(CLI::App& app, int& exit_code);
void add_rank_command(CLI::App& app, int& exit_code);
void add_overload_command(CLI::App& app, int& exit_code);
void add_roles_command(CLI::App& app, int& exit_code);
void add_leaders_command(CLI::App& app, int& exit_code);
void add_clusters_command(CLI::App& app, int& exit_code);
void add_diff_command(CLI::App& app, int& exit_code);
void add_export_command(CLI::App& app, int& exit_code);
void add_report_command(CLI::App& app, int& exit_code);

}  // namespace respnet::cli
