#include "cli/document_input.hpp"

#include <algorithm>
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

void add_document_options(CLI::App& command, DocumentInput& input) {
  command.add_option("DOC", input.documents,
                     "The documents (.txt .md .csv .tsv .docx .html, or - for standard input); several "
                     "make one network. Default: the bundled zhoushan-2022.txt.");
  command.add_option("--config", input.config, "Configuration (TOML); default: DOC.toml beside the document.");
  command
      .add_option("--dialect", input.dialect,
                  "Read every document in this layout: " + known_dialects() + ". Default: detected.")
      ->check(CLI::Validator(
          [](const std::string& name) {
            return find_dialect(name)
                       ? std::string()
                       : "unknown dialect '" + name + "': the known dialects are " + known_dialects() + ".";
          },
          "NAME"));
}

ParsedDocument read_documents(const DocumentInput& input) {
  std::vector<LoadedDocument> loaded;
  if (input.documents.empty()) loaded.push_back(load_document("", input.config));
  for (const std::string& path : input.documents) loaded.push_back(load_document(path, input.config));
  ParsedDocument parsed;
  const auto configured =
      std::find_if(loaded.begin(), loaded.end(), [](const LoadedDocument& d) { return !d.config_name.empty(); });
  if (configured != loaded.end()) {
    ConfigResult config = read_config(configured->config_text, configured->config_name);
    for (const Diagnostic& d : config.diagnostics) std::cerr << format_diagnostic(d) << '\n';
    if (has_errors(config.diagnostics)) {
      parsed.result.diagnostics = std::move(config.diagnostics);
      return parsed;
    }
    parsed.config = std::move(config.config);
  }
  ParseOptions options;
  options.config = &parsed.config;
  options.dialect = find_dialect(input.dialect);
  std::vector<SourceDocument> sources;
  for (const LoadedDocument& d : loaded) sources.push_back({d.text, d.source_name});
  parsed.result = parse_documents(sources, options);
  if (verbose_flag()) {
    for (const DocumentReading& r : parsed.result.readings) {
      std::cerr << r.source << ": read as " << r.encoding;
      if (r.dialect) std::cerr << ", dialect " << dialect_name(*r.dialect);
      std::cerr << '\n';
    }
  }
  for (const Diagnostic& d : parsed.result.diagnostics) std::cerr << format_diagnostic(d) << '\n';
  return parsed;
}

void report_document_warnings(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.location.line == 0) std::cerr << format_diagnostic(d) << '\n';
  }
}

}  // namespace respnet::cli
