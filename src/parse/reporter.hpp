#pragma once
// Where a reader puts what it finds wrong in one document.
#include <string>
#include <string_view>

#include "model/diagnostic.hpp"

namespace respnet {

struct Reporter {
  std::string_view source;
  Diagnostics& diagnostics;

  void warn(SourceLocation where, std::string message) const {
    diagnostics.push_back({Severity::warning, std::string(source), where, std::move(message)});
  }
  void error(SourceLocation where, std::string message) const {
    diagnostics.push_back({Severity::error, std::string(source), where, std::move(message)});
  }
};

}  // namespace respnet
