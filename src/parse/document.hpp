#pragma once
// The parser's entry point: document text in, network and diagnostics out. No file system.
#include <string_view>

#include "model/network.hpp"
#include "parse/config.hpp"
#include "parse/lexicon.hpp"

namespace respnet {

struct ParseOptions {
  const ReaderLexicon* lexicon = &default_lexicon();
  const DocumentConfig* config = nullptr;  ///< aliases, group members and titles, when given
};

struct ParseResult {
  Network network;
  Diagnostics diagnostics;  ///< in source order; errors make the network unusable
  std::string encoding;     ///< the encoding the document was read in (parse/encoding.hpp)

  bool ok() const { return !has_errors(diagnostics); }
};

/// Parses a document's bytes: UTF-8, UTF-16 or GB18030 (parse/encoding.hpp); CRLF or lone CR
/// line ends are fine. source_name is used in diagnostics and as Network::source.
ParseResult parse_document(std::string_view text, std::string_view source_name,
                           const ParseOptions& options = {});

}  // namespace respnet
