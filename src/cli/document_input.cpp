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

// At most max_bytes + 1 bytes of the stream: one more than the limit says it is over.
std::string read_stream(std::istream& in, std::uintmax_t max_bytes) {
  std::string content;
  char buffer[1 << 16];
  while (content.size() <= max_bytes && in.read(buffer, sizeof buffer).gcount() > 0) {
    content.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  return content;
}

std::string read_file(const std::string& path, std::uintmax_t max_bytes = UINTMAX_MAX - 1) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error("cannot read '" + path + "': it is a directory, expected a document file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read '" + path + "': " + std::strerror(errno));
  std::string content = read_stream(in, max_bytes);
  if (in.bad()) throw Error("cannot read '" + path + "': " + std::strerror(errno));
  return content;
}

}  // namespace

LoadedDocument load_document(const std::string& path, const std::string& config_path, std::uintmax_t max_bytes) {
  LoadedDocument out;
  if (path == "-") {
    out.source_name = "<stdin>";
    out.text = read_stream(std::cin, max_bytes);
  } else if (path.empty()) {
    const EmbeddedDocument bundled = embedded_document();
    const EmbeddedDocument config = embedded_config();
    out = {std::string(bundled.name), std::string(bundled.text), 0, std::string(config.name), std::string(config.text)};
  } else {
    out.source_name = path;
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    // A regular file's size is known before reading it; a pipe's only by reading.
    out.text = ec || size <= max_bytes ? read_file(path, max_bytes) : std::string();
    if (!ec && size > max_bytes) out.oversize = size;
    const std::string beside = std::filesystem::path(path).replace_extension(".toml").string();
    if (config_path.empty() && beside != path && std::filesystem::is_regular_file(beside, ec)) {
      out.config_name = beside;
      out.config_text = read_file(beside, max_bytes);
    }
  }
  if (!config_path.empty()) {
    out.config_name = config_path;
    out.config_text = read_file(config_path, max_bytes);
  }
  // A configuration over the limit is refused like a document (read_file stops one byte past it).
  if (out.config_text.size() > max_bytes) throw Error("cannot read '" + out.config_name + "': it is over the --max-input-size limit");
  if (out.oversize == 0 && out.text.size() > max_bytes) {
    out.oversize = k_size_unknown;  // a stream, read only as far as the limit
    out.text.clear();
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
  add_reading_options(command, input);
}

void add_reading_options(CLI::App& command, DocumentInput& input) {
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
  command.add_option("--max-input-size", input.max_input_mb,
                     "Refuse a document larger than this many MB (memory grows with the document).")
      ->check(CLI::Range(std::uintmax_t{1}, std::uintmax_t{1} << 20))
      ->capture_default_str();
}

namespace {

// "300.5 MB", one decimal, for a size message.
std::string megabytes(std::uintmax_t bytes) {
  const auto tenths = (bytes * 10 + (1u << 19)) >> 20;
  return std::to_string(tenths / 10) + '.' + std::to_string(tenths % 10) + " MB";
}

}  // namespace

ParsedDocument read_documents(const DocumentInput& input) {
  const std::uintmax_t max_bytes = input.max_input_mb << 20;
  std::vector<LoadedDocument> loaded;
  if (input.documents.empty()) loaded.push_back(load_document("", input.config, max_bytes));
  for (const std::string& path : input.documents) loaded.push_back(load_document(path, input.config, max_bytes));
  ParsedDocument parsed;
  for (const LoadedDocument& d : loaded) {
    if (d.oversize == 0) continue;
    parsed.result.diagnostics.push_back(
        {Severity::error, d.source_name, {0, 0},
         "the document is " + (d.oversize == k_size_unknown ? std::string("") : megabytes(d.oversize) + ", ") +
             "over the limit of " + std::to_string(input.max_input_mb) +
             " MB: it was not read (raise the limit with --max-input-size MB)."});
  }
  if (!parsed.result.diagnostics.empty()) {
    for (const Diagnostic& d : parsed.result.diagnostics) std::cerr << format_diagnostic(d) << '\n';
    return parsed;
  }
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
