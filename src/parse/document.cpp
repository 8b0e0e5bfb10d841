#include "parse/document.hpp"

#include <algorithm>
#include <tuple>

#include "model/utf8.hpp"
#include "parse/encoding.hpp"
#include "parse/network_builder.hpp"
#include "parse/text_lines.hpp"
#include "parse/zeren_reader.hpp"

namespace respnet {
namespace {

// Line and column (in characters) of a byte offset in text that is valid UTF-8 before it.
SourceLocation locate_byte(std::string_view text, std::size_t offset) {
  const std::string_view before = text.substr(0, offset);
  const std::size_t line_start = before.find_last_of('\n') == before.npos ? 0 : before.find_last_of('\n') + 1;
  const auto line = 1 + std::count(before.begin(), before.end(), '\n');
  const auto column = decode_utf8(before.substr(line_start)).text.size() + 1;
  return {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(column)};
}

}  // namespace

ParseResult parse_document(std::string_view text, std::string_view source_name,
                           const ParseOptions& options) {
  ParseResult result;
  result.network.source = std::string(source_name);
  auto fail = [&](SourceLocation where, std::string message) {
    result.diagnostics.push_back({Severity::error, std::string(source_name), where, std::move(message)});
    return std::move(result);
  };
  const DecodedDocument document = decode_document(text);
  result.encoding = document.encoding;
  if (document.error_offset) return fail(locate_byte(text, *document.error_offset), document.error);
  const std::vector<TextLine> lines = split_lines(decode_utf8(document.text).text);
  if (std::all_of(lines.begin(), lines.end(), [](const TextLine& l) { return trim(l.folded).empty(); })) {
    return fail({1, 1}, "the document is empty: expected a responsibility breakdown.");
  }
  ReaderLexicon lexicon = *options.lexicon;
  if (options.config) {
    for (const std::string& title : options.config->titles) lexicon.leader_titles.push_back(decode_utf8(title).text);
  }
  const RawDocument raw = read_zeren(lines, source_name, lexicon, result.diagnostics);
  if (raw.tasks.empty() && !has_errors(result.diagnostics)) {
    return fail({1, 1}, "no tasks found: expected numbered tasks (1. …) each followed by a "
                        "责任单位: line.");
  }
  static const DocumentConfig k_no_config;
  result.network = build_network(raw, source_name, lexicon, options.config ? *options.config : k_no_config,
                                 result.diagnostics);
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.location.line, a.location.column) <
                            std::tie(b.location.line, b.location.column);
                   });
  return result;
}

}  // namespace respnet
