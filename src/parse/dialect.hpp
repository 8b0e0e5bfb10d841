#pragma once
// The two readers a document can be read by, by name: `--dialect NAME` forces one.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "parse/lexicon.hpp"
#include "parse/source_text.hpp"

namespace respnet {

enum class Dialect : std::uint8_t {
  lines,  ///< numbered tasks and their assignments in lines of text (parse/zeren_reader.hpp)
  table,  ///< a table with a header row (parse/table_reader.hpp)
};

/// "lines", "table".
const char* dialect_name(Dialect dialect);

/// The dialect with this name, else nullopt.
std::optional<Dialect> find_dialect(std::string_view name);

/// The known names, for messages: "lines, table".
std::string known_dialects();

/// The reader for a document: `table` when a row names the columns, else `lines`.
Dialect detect_dialect(const SourceText& source, const ReaderLexicon& lexicon);

}  // namespace respnet
