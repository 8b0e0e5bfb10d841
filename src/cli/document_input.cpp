#include "cli/document_input.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/embedded_document.hpp"
#include "model/error.hpp"

namespace respnet::cli {

LoadedDocument load_document(const std::string& path) {
  if (path.empty()) {
    const EmbeddedDocument bundled = embedded_document();
    return {std::string(bundled.name), std::string(bundled.text)};
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error("cannot read '" + path + "': it is a directory, expected a document file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read '" + path + "': " + std::strerror(errno));
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw Error("cannot read '" + path + "': " + std::strerror(errno));
  return {path, std::move(content).str()};
}

namespace {

bool& verbose_flag() {
  static bool verbose = false;
  return verbose;
}

}  // namespace

void set_verbose(bool verbose) { verbose_flag() = verbose; }

ParseResult parse_and_report(const LoadedDocument& document) {
  ParseResult result = parse_document(document.text, document.source_name);
  if (verbose_flag() && !result.encoding.empty()) {
    std::cerr << document.source_name << ": read as " << result.encoding << '\n';
  }
  for (const Diagnostic& d : result.diagnostics) std::cerr << format_diagnostic(d) << '\n';
  return result;
}

void report_document_warnings(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.location.line == 0) std::cerr << format_diagnostic(d) << '\n';
  }
}

}  // namespace respnet::cli
