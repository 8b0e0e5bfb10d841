#include "parse/table_header.hpp"

namespace respnet {
namespace {

// 重点工作任务（杭州市2项牵头工作）: the words outside brackets, spaces dropped.
std::u32string header_words(std::u32string_view folded_cell) {
  std::u32string text;
  int depth = 0;
  for (const char32_t c : folded_cell) {
    depth += c == U'(' || c == U'[' || c == U'【' ? 1 : 0;
    if (depth == 0 && !is_space(c) && c != U'\n') text += c;
    depth -= (c == U')' || c == U']' || c == U'】') && depth > 0 ? 1 : 0;
  }
  return text;
}

// 完成时限, 备注, 任务来源, 目标类型, 文号: columns whose cells may look like units or tasks.
bool names_unread_column(std::u32string_view text, const ReaderLexicon& lexicon) {
  return contains_word(text, lexicon.column_unread_words);
}

// 省牵头单位, 国家牵头部门: a higher government's lead, beside the document's own.
bool names_higher_level(std::u32string_view text, const ReaderLexicon& lexicon) {
  return starts_with_word(text, lexicon.column_higher_level_prefixes);
}

}  // namespace

bool holds_units(Column column) {
  return column == Column::lead || column == Column::support || column == Column::responsible;
}

Column classify_header(std::u32string_view folded_cell, const ReaderLexicon& lexicon) {
  const std::u32string text = header_words(folded_cell);
  if (text.empty() || text.size() > 12) return Column::other;
  if (is_word(text, lexicon.column_number_words)) return Column::number;
  const bool leader = contains_word(text, lexicon.leader_words);
  if (names_unread_column(text, lexicon) || (names_higher_level(text, lexicon) && !leader)) return Column::other;
  if (leader) return Column::leader;
  if (contains_word(text, lexicon.column_lead_words)) return Column::lead;
  if (contains_word(text, lexicon.column_support_words)) return Column::support;
  if (contains_word(text, lexicon.column_unit_words)) return Column::responsible;
  if (contains_word(text, lexicon.column_progress_words)) return Column::progress;
  if (contains_word(text, lexicon.column_task_words)) return Column::task;
  return Column::other;
}

bool names_a_column(std::u32string_view folded_cell, const ReaderLexicon& lexicon) {
  const std::u32string text = header_words(folded_cell);
  return classify_header(folded_cell, lexicon) != Column::other ||
         (text.size() <= 12 && names_unread_column(text, lexicon));
}

std::optional<std::vector<Column>> read_header(const std::vector<TableCell>& cells, const ReaderLexicon& lexicon) {
  std::vector<Column> columns;
  bool task = false;
  bool units = false;
  bool progress = false;
  for (const TableCell& cell : cells) {
    if (cell.folded.find_first_of(U":。") != cell.folded.npos) return std::nullopt;
    Column column = classify_header(cell.folded, lexicon);
    if (column == Column::task && task) column = Column::other;
    task = task || column == Column::task;
    units = units || holds_units(column);
    progress = progress || column == Column::progress;
    columns.push_back(column);
  }
  if (!task || !(units || progress)) return std::nullopt;
  return columns;
}

}  // namespace respnet
