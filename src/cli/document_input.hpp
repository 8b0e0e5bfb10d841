#pragma once
// Reading the input document: the only place that opens it by path.
#include <string>

#include "parse/document.hpp"

namespace respnet::cli {

struct LoadedDocument {
  std::string source_name;  ///< the path as given, or the bundled document's file name
  std::string text;
  std::string config_name;  ///< "" when there is no configuration
  std::string config_text;
};

/// Reads the file at path (standard input for "-", the bundled document when path is empty)
/// and its configuration:
/// config_path, else DOC.toml beside the document when present. Throws respnet::Error when a
/// file cannot be read.
LoadedDocument load_document(const std::string& path, const std::string& config_path = "");

struct ParsedDocument {
  ParseResult result;  ///< check result.ok()
  DocumentConfig config;
};

/// With -v, parse_and_report also says which encoding each document was read in.
void set_verbose(bool verbose);

/// Parses the document and prints every diagnostic to stderr; check ok() before using it.
ParsedDocument parse_and_report(const LoadedDocument& document);

/// Prints the analysis warnings about the whole document (line 0) to stderr; findings on
/// source lines belong to the command's output.
void report_document_warnings(const Diagnostics& diagnostics);

}  // namespace respnet::cli
