#pragma once
// The layouts offices publish their breakdowns in, by name: `--dialect NAME` forces one.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "parse/lexicon.hpp"
#include "parse/source_text.hpp"

namespace respnet {

enum class Dialect : std::uint8_t {
  zeren,            ///< 责任单位: lists, the first listed leads (parse/zeren_reader.hpp)
  lead_support,     ///< 牵头单位: and 配合单位: lines
  inline_brackets,  ///< (X牵头,Y配合) at the end of the task's text
  table,            ///< a table with a header row (parse/table_reader.hpp)
  per_task_leader,  ///< 分管领导: on each task, 部门分工: prose
};

/// "zeren", "lead-support", "inline", "table", "per-task-leader".
const char* dialect_name(Dialect dialect);

/// The dialect with this name, else nullopt.
std::optional<Dialect> find_dialect(std::string_view name);

/// The known names, for messages: "zeren, lead-support, inline, table, per-task-leader".
std::string known_dialects();

/// The dialect a document is written in: `table` when a row names the columns; otherwise the
/// line dialect its assignments use most.
Dialect detect_dialect(const SourceText& source, const ReaderLexicon& lexicon);

}  // namespace respnet
