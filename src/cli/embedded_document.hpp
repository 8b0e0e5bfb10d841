#pragma once
// The bundled example document, compiled in: the input when a command is given none.
#include <string_view>

namespace respnet::cli {

struct EmbeddedDocument {
  std::string_view name;
  std::string_view text;
};

/// graphs/zhoushan-2022.txt as it was at build time.
EmbeddedDocument embedded_document();

}  // namespace respnet::cli
