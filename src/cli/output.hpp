#pragma once
// Where a command's result goes: stdout, or a file written atomically.
#include <string>
#include <string_view>

namespace respnet::cli {

/// Writes bytes to path, or to stdout when path is empty or "-".
void emit_output(std::string_view bytes, const std::string& path);

}  // namespace respnet::cli
