#pragma once
// The parser's entry point: documents' bytes in, one network and diagnostics out. No file
// system: the file type comes from the name's extension.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/network.hpp"
#include "parse/config.hpp"
#include "parse/dialect.hpp"
#include "parse/lexicon.hpp"

namespace respnet {

struct ParseOptions {
  const ReaderLexicon* lexicon = &default_lexicon();
  const DocumentConfig* config = nullptr;  ///< aliases, group members and titles, when given
  std::optional<Dialect> dialect;          ///< forced; detected for each document when unset
};

/// One document to read: its bytes and the name it is known by (a path, or "<stdin>").
struct SourceDocument {
  std::string_view bytes;
  std::string_view name;
};

/// How one document was read.
struct DocumentReading {
  std::string source;
  std::string encoding;  ///< parse/encoding.hpp; "docx" for a Word file
  std::optional<Dialect> dialect;  ///< unset when the document could not be read that far
};

struct ParseResult {
  Network network;
  Diagnostics diagnostics;  ///< in source order; errors make the network unusable
  std::vector<DocumentReading> readings;  ///< one per document read

  bool ok() const { return !has_errors(diagnostics); }
};

/// Reads a document by its extension: .docx (paragraphs and tables), .html/.htm (text and
/// tables; scripts, styles and navigation dropped), .csv/.tsv (rows), anything else as text
/// (.txt, .md) in which tables flattened to text are found. Text is UTF-8, UTF-16 or GB18030
/// (parse/encoding.hpp). The dialect is detected unless options force one.
ParseResult parse_document(std::string_view bytes, std::string_view source_name, const ParseOptions& options = {});

/// Several documents make one network (a breakdown published in parts): units and leaders merge
/// by name; each task keeps its document (SourceLocation::file) and, when there is more than one
/// document, its id gets the document's stem in front: `part2:1.3` (its file name, `part2.csv:1.3`,
/// when two documents share a stem). A document given twice is an error.
ParseResult parse_documents(const std::vector<SourceDocument>& documents, const ParseOptions& options = {});

}  // namespace respnet
