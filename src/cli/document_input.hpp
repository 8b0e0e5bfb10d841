#pragma once
// Reading the input document: the only place that opens it by path.
#include <optional>
#include <string>

#include "model/network.hpp"

namespace respnet::cli {

struct LoadedDocument {
  std::string source_name;  ///< the path as given, or the bundled document's file name
  std::string text;
};

/// Reads the file at path, or the bundled document when path is empty.
/// Throws respnet::Error when the file cannot be read.
LoadedDocument load_document(const std::string& path);

/// Parses the document, prints every diagnostic to stderr; nullopt when there were errors.
std::optional<Network> parse_and_report(const LoadedDocument& document);

}  // namespace respnet::cli
