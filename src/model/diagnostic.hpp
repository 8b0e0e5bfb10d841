#pragma once
// Problems found in the input, as values: printed in the compiler format.
#include <cstdint>
#include <string>
#include <vector>

namespace respnet {

/// A place in a source document; line and column count from 1, the column in characters.
/// Line 0 stands for the whole document. file indexes Network::sources when several
/// documents make one network.
struct SourceLocation {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  std::uint32_t file = 0;
};

enum class Severity : std::uint8_t { note, warning, error };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;
  SourceLocation location;
  std::string message;
};

using Diagnostics = std::vector<Diagnostic>;

/// "file:line:col: severity: message", or "file: severity: message" for the whole document.
std::string format_diagnostic(const Diagnostic& diagnostic);

/// True when any diagnostic is an error.
bool has_errors(const Diagnostics& diagnostics);

}  // namespace respnet
