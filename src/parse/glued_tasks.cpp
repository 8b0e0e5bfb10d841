#include "parse/glued_tasks.hpp"

#include <algorithm>
#include <optional>

#include "parse/assignment_text.hpp"
#include "parse/headings.hpp"
#include "parse/labels.hpp"
#include "parse/unit_list.hpp"

namespace respnet {
namespace {

// 责任单位:县交通局、县交投集团3.建设县城停车场。: a lost line break glued the next task onto
// the last unit. The offset of its number, where the line is cut, else nullopt.
std::optional<std::size_t> glued_task_at(const TextLine& line, const ReaderLexicon& lexicon) {
  const std::u32string_view text = line.folded;
  const auto label = match_label(text, trimmed_range(text).first, lexicon);
  if (!label || label->label.kind != LabelKind::units) return std::nullopt;
  auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  std::size_t entry = label->value;
  int depth = 0;
  for (std::size_t p = label->value; p < text.size(); ++p) {
    if (closing_bracket(text[p]) != 0) ++depth;
    if (text[p] == U')' && depth > 0) --depth;
    if (depth == 0 && is_separator(text[p])) entry = p + 1;
    if (depth > 0 || !digit(text[p]) || p == entry || digit(text[p - 1])) continue;
    if (ends_unit_name(trim(text.substr(entry, p - entry)), lexicon) && find_task_number(text.substr(p))) return p;
  }
  return std::nullopt;
}

// The assignment in words in the bracket text[open..close], else nullopt.
bool assigns_in_words(std::u32string_view bracket, const ReaderLexicon& lexicon) {
  const auto assignment = read_inline_assignment(bracket, lexicon);
  return assignment && !assignment->bare;
}

// 推进A。(县发改局牵头)推进B。(县财政局牵头): unnumbered tasks in one paragraph, each closed by its
// own assignment. The offset after the first such bracket that has text after it ending the
// same way, where the paragraph is cut, else nullopt.
std::optional<std::size_t> closed_task_at(const TextLine& line, const ReaderLexicon& lexicon) {
  const std::u32string_view text = line.folded;
  const std::size_t end = trimmed_range(text).second;
  if (end == 0 || !is_closing_bracket(text[end - 1])) return std::nullopt;
  const std::size_t last = find_open(text, end - 1);
  if (last == text.npos || !assigns_in_words(text.substr(last, end - last), lexicon)) return std::nullopt;
  std::size_t open = text.npos;
  int depth = 0;
  for (std::size_t i = 0; i < last; ++i) {
    if (closing_bracket(text[i]) != 0) {
      if (depth++ == 0) open = i;
      continue;
    }
    if (!is_closing_bracket(text[i]) || depth == 0 || --depth > 0) continue;
    std::size_t cut = i + 1;
    while (cut < last && (text[cut] == U'。' || text[cut] == U';' || is_space(text[cut]))) ++cut;
    if (cut + 1 < last && assigns_in_words(text.substr(open, i + 1 - open), lexicon)) return cut;
  }
  return std::nullopt;
}

}  // namespace

std::vector<TextLine> unglue_tasks(std::vector<TextLine> lines, const ReaderLexicon& lexicon) {
  std::vector<TextLine> out;
  out.reserve(lines.size());
  for (TextLine& line : lines) {
    while (true) {
      auto cut = glued_task_at(line, lexicon);
      if (!cut) cut = closed_task_at(line, lexicon);
      if (!cut) break;
      TextLine task = line;
      std::fill_n(task.original.begin(), *cut, U' ');
      std::fill_n(task.folded.begin(), *cut, U' ');
      line.original.resize(*cut);
      line.folded.resize(*cut);
      out.push_back(std::move(line));
      line = std::move(task);
    }
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace respnet
