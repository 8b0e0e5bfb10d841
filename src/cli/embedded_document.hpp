#pragma once
// Files compiled into the tool: the bundled example document (the input when a command is
// given none) and the README (its metric definitions go into the report).
#include <string_view>

namespace respnet::cli {

struct EmbeddedDocument {
  std::string_view name;
  std::string_view text;
};

/// graphs/zhoushan-2022.txt as it was at build time.
EmbeddedDocument embedded_document();

/// graphs/zhoushan-2022.toml, the bundled document's configuration.
EmbeddedDocument embedded_config();

/// README.md as it was at build time.
EmbeddedDocument embedded_readme();

}  // namespace respnet::cli
