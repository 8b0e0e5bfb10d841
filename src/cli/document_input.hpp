#pragma once
// Reading the input document: the only place that opens it by path.
#include <cstdint>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "parse/document.hpp"

namespace respnet::cli {

struct LoadedDocument {
  std::string source_name;  ///< the path as given, or the bundled document's file name
  std::string text;         ///< empty when the file is over the size limit
  std::uintmax_t oversize = 0;  ///< the file's size in bytes when over the limit, else 0
  std::string config_name;  ///< "" when there is no configuration
  std::string config_text;
};

/// Reads the file at path (standard input for "-", the bundled document when path is empty)
/// and its configuration:
/// config_path, else DOC.toml beside the document when present; a document over max_bytes is
/// not read (its size is in `oversize`). Throws respnet::Error when a file cannot be read.
LoadedDocument load_document(const std::string& path, const std::string& config_path, std::uintmax_t max_bytes);

/// LoadedDocument::oversize of a stream over the limit: its size is not known.
constexpr std::uintmax_t k_size_unknown = UINTMAX_MAX;

/// The default of --max-input-size, in MB (2^20 bytes).
constexpr std::uintmax_t k_default_max_input_mb = 256;

/// Where the documents come from, as every command takes it.
struct DocumentInput {
  std::vector<std::string> documents;  ///< empty: the bundled document
  std::string config;                  ///< empty: DOC.toml beside the first document that has one
  std::string dialect;                 ///< empty: detected for each document
  std::uintmax_t max_input_mb = k_default_max_input_mb;  ///< larger documents are refused
};

/// DOC... (several make one network), --config, --dialect (checked against the known names) and
/// --max-input-size.
void add_document_options(CLI::App& command, DocumentInput& input);

/// --config, --dialect and --max-input-size, for commands that name their documents otherwise.
void add_reading_options(CLI::App& command, DocumentInput& input);

struct ParsedDocument {
  ParseResult result;  ///< check result.ok()
  DocumentConfig config;
};

/// With -v, parse_and_report also says which encoding each document was read in.
void set_verbose(bool verbose);

/// Reads and parses the documents with their configuration and prints every diagnostic to
/// stderr; check ok() before using the result. Throws respnet::Error when a file cannot be read.
ParsedDocument read_documents(const DocumentInput& input);

/// Prints the analysis warnings about the whole document (line 0) to stderr; findings on
/// source lines belong to the command's output.
void report_document_warnings(const Diagnostics& diagnostics);

}  // namespace respnet::cli
