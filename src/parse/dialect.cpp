#include "parse/dialect.hpp"

#include <array>

#include "parse/table_reader.hpp"

namespace respnet {
namespace {

constexpr std::array<std::pair<Dialect, const char*>, 2> k_names{{{Dialect::lines, "lines"}, {Dialect::table, "table"}}};

}  // namespace

const char* dialect_name(Dialect dialect) {
  for (const auto& [d, name] : k_names) {
    if (d == dialect) return name;
  }
  return "?";
}

std::optional<Dialect> find_dialect(std::string_view name) {
  for (const auto& [d, known] : k_names) {
    if (name == known) return d;
  }
  return std::nullopt;
}

std::string known_dialects() {
  std::string out;
  for (const auto& [d, name] : k_names) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

Dialect detect_dialect(const SourceText& source, const ReaderLexicon& lexicon) {
  return has_table(source, lexicon) ? Dialect::table : Dialect::lines;
}

}  // namespace respnet
