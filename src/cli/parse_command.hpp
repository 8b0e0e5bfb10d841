#pragma once
#include <CLI/CLI.hpp>

namespace respnet::cli {

/// `respnet parse [DOC] [--format json|text] [-o FILE]`; sets exit_code when it runs.
void add_parse_command(CLI::App& app, int& exit_code);

}  // namespace respnet::cli
