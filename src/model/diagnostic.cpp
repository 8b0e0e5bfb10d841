#include "model/diagnostic.hpp"

#include <algorithm>

namespace respnet {
namespace {

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

}  // namespace

std::string format_diagnostic(const Diagnostic& diagnostic) {
  std::string where = diagnostic.file;
  if (diagnostic.location.line > 0) {
    where += ':' + std::to_string(diagnostic.location.line) + ':' +
             std::to_string(diagnostic.location.column);
  }
  return where + ": " + severity_name(diagnostic.severity) + ": " + diagnostic.message;
}

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace respnet
