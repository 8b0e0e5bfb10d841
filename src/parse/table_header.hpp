#pragma once
// The header row of a responsibility table: which column holds what.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "parse/lexicon.hpp"
#include "parse/source_text.hpp"

namespace respnet {

enum class Column : std::uint8_t {
  other,        ///< 完成时限, 备注, a second task column…: not read
  number,       ///< 序号 / 编号
  task,         ///< 工作任务 / 重点工作 / 主要任务 / 工作内容 …
  lead,         ///< 牵头单位 / 牵头部门 / 主办单位
  support,      ///< 配合单位 / 协办单位 / 参与单位 / 协作单位
  responsible,  ///< 责任单位 / 责任部门: support when a lead column exists, else first listed leads
  leader,       ///< 牵头领导 / 分管领导 / 责任领导 / 分管市领导
  progress,     ///< 完成情况 / 进展情况 / 推进情况: a progress report's notes, not read
};

/// True for the columns that hold units: lead, support, responsible.
bool holds_units(Column column);

/// The column a header cell names (lexicon.column_*); Column::other when it names none of the above.
Column classify_header(std::u32string_view folded_cell, const ReaderLexicon& lexicon);

/// True when a header cell names a column, read or not (完成时限, 备注 too).
bool names_a_column(std::u32string_view folded_cell, const ReaderLexicon& lexicon);

/// The columns of a header row: a row naming a task column and a unit column (lead, support or
/// responsible), or a task column and a progress column (a progress report whose tasks carry
/// their units in their text), is a header; only its first task column is read. A cell with a
/// colon or a full stop is never a header's. nullopt for other rows.
std::optional<std::vector<Column>> read_header(const std::vector<TableCell>& cells, const ReaderLexicon& lexicon);

}  // namespace respnet
