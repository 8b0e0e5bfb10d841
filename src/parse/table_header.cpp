#include "parse/table_header.hpp"

#include <algorithm>

namespace respnet {
namespace {

bool contains_any(std::u32string_view text, std::initializer_list<std::u32string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::u32string_view w) { return text.find(w) != text.npos; });
}

}  // namespace

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
bool names_unread_column(std::u32string_view text) {
  return contains_any(text, {U"时限", U"时间", U"期限", U"节点", U"备注", U"来源", U"类型", U"类别", U"文号", U"依据"});
}

// 省牵头单位, 国家牵头部门: a higher government's lead, beside the document's own.
bool names_higher_level(std::u32string_view text) {
  return text.starts_with(U"省") || text.starts_with(U"国家") || text.starts_with(U"中央") || text.starts_with(U"上级");
}

}  // namespace

bool holds_units(Column column) {
  return column == Column::lead || column == Column::support || column == Column::responsible;
}

Column classify_header(std::u32string_view folded_cell) {
  const std::u32string text = header_words(folded_cell);
  if (text.empty() || text.size() > 12) return Column::other;
  if (text == U"序号" || text == U"编号" || text == U"序" || text == U"项次") return Column::number;
  if (names_unread_column(text) || (names_higher_level(text) && !contains_any(text, {U"领导"}))) return Column::other;
  if (contains_any(text, {U"领导"})) return Column::leader;
  if (contains_any(text, {U"牵头", U"主办", U"主责"})) return Column::lead;
  if (contains_any(text, {U"配合", U"协办", U"参与", U"协作", U"协同"})) return Column::support;
  if (contains_any(text, {U"责任单位", U"责任部门", U"责任主体", U"承办单位", U"实施单位"})) {
    return Column::responsible;
  }
  if (contains_any(text, {U"进展", U"完成情况", U"推进情况", U"落实情况", U"进度"})) return Column::progress;
  if (contains_any(text, {U"任务", U"工作", U"内容", U"事项", U"举措", U"措施", U"目标"})) return Column::task;
  return Column::other;
}

bool names_a_column(std::u32string_view folded_cell) {
  const std::u32string text = header_words(folded_cell);
  return classify_header(folded_cell) != Column::other || (text.size() <= 12 && names_unread_column(text));
}

std::optional<std::vector<Column>> read_header(const std::vector<TableCell>& cells) {
  std::vector<Column> columns;
  bool task = false;
  bool units = false;
  bool progress = false;
  for (const TableCell& cell : cells) {
    if (cell.folded.find_first_of(U":。") != cell.folded.npos) return std::nullopt;
    Column column = classify_header(cell.folded);
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
