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

namespace {

std::string read_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error("cannot read '" + path + "': it is a directory, expected a document file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read '" + path + "': " + std::strerror(errno));
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw Error("cannot read '" + path + "': " + std::strerror(errno));
  return std::move(content).str();
}

}  // namespace

LoadedDocument load_document(const std::string& path, const std::string& config_path) {
  LoadedDocument out;
  if (path == "-") {
    std::ostringstream content;
    content << std::cin.rdbuf();
    out = {"<stdin>", std::move(content).str(), "", ""};
  } else if (path.empty()) {
    const EmbeddedDocument bundled = embedded_document();
    const EmbeddedDocument config = embedded_config();
    out = {std::string(bundled.name), std::string(bundled.text), std::string(config.name), std::string(config.text)};
  } else {
    out.source_name = path;
    out.text = read_file(path);
    const std::string beside = std::filesystem::path(path).replace_extension(".toml").string();
    std::error_code ec;
    if (config_path.empty() && beside != path && std::filesystem::is_regular_file(beside, ec)) {
      out.config_name = beside;
      out.config_text = read_file(beside);
    }
  }
  if (!config_path.empty()) {
    out.config_name = config_path;
    out.config_text = read_file(config_path);
  }
  return out;
}

namespace {

bool& verbose_flag() {
  static bool verbose = false;
  return verbose;
}

}  // namespace

void set_verbose(bool verbose) { verbose_flag() = verbose; }

ParsedDocument parse_and_report(const LoadedDocument& document) {
  ParsedDocument parsed;
  if (!document.config_name.empty()) {
    ConfigResult config = read_config(document.config_text, document.config_name);
    for (const Diagnostic& d : config.diagnostics) std::cerr << format_diagnostic(d) << '\n';
    if (has_errors(config.diagnostics)) {
      parsed.result.diagnostics = std::move(config.diagnostics);
      return parsed;
    }
    parsed.config = std::move(config.config);
  }
  ParseOptions options;
  options.config = &parsed.config;
  parsed.result = parse_document(document.text, document.source_name, options);
  ParseResult& result = parsed.result;
  if (verbose_flag() && !result.encoding.empty()) {
    std::cerr << document.source_name << ": read as " << result.encoding << '\n';
  }
  for (const Diagnostic& d : result.diagnostics) std::cerr << format_diagnostic(d) << '\n';
  return parsed;
}

void report_document_warnings(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.location.line == 0) std::cerr << format_diagnostic(d) << '\n';
  }
}

}  // namespace respnet::cli
