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
std::optional<std::size_t> glued_task_at(std::u32string_view text, const ReaderLexicon& lexicon) {
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
std::optional<std::size_t> closed_task_at(std::u32string_view text, const ReaderLexicon& lexicon) {
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

// A whole document (or page) flattened onto one line: 一、… 1.…。责任领导:X 责任单位:A、B 2.…
// Such a line holds two or more unit labels; it is cut before each task number, heading mark
// and label that follows a space or the end of a sentence, so that each starts a line of its
// own; a web page's chrome at its end (打印本页 关闭窗口) is cut off. The offsets of the cuts, in
// order, the last one the end of what is kept; none for any other line.
std::vector<std::size_t> flattened_cuts(std::u32string_view text, const ReaderLexicon& lexicon) {
  std::vector<std::size_t> cuts;
  std::size_t unit_labels = 0;
  int depth = 0;
  for (std::size_t p = 1; p < text.size(); ++p) {
    if (closing_bracket(text[p - 1]) != 0) ++depth;
    if (is_closing_bracket(text[p - 1]) && depth > 0) --depth;
    const char32_t before = text[p - 1];
    if (depth > 0 || is_space(text[p]) || !(is_space(before) || before == U'。' || before == U';')) continue;
    const std::u32string_view rest = text.substr(p);
    if (is_space(before) && is_page_chrome(rest, lexicon)) {
      text = text.substr(0, p);
      break;
    }
    const auto label = match_label(text, p, lexicon);
    if (label && label->label.kind == LabelKind::units) ++unit_labels;
    if (label || parse_heading_mark(rest.substr(0, std::min<std::size_t>(rest.size(), 10))) ||
        find_task_number(rest.substr(0, std::min<std::size_t>(rest.size(), 16)))) {
      cuts.push_back(p);
    }
  }
  if (unit_labels < 2) return {};
  cuts.push_back(text.size());
  return cuts;
}

// Cuts the text[from..] of `line` into lines at its glued tasks, onto `out`.
void cut_glued(const TextLine& line, std::size_t from, std::size_t to, const ReaderLexicon& lexicon,
               std::vector<TextLine>& out) {
  auto piece = [&](std::size_t begin, std::size_t end) {
    out.push_back(TextLine{line.number, line.original.substr(begin, end - begin), line.folded.substr(begin, end - begin),
                           line.first_column + static_cast<std::uint32_t>(begin)});
  };
  while (true) {
    const std::u32string_view text = std::u32string_view(line.folded).substr(from, to - from);
    auto cut = glued_task_at(text, lexicon);
    if (!cut) cut = closed_task_at(text, lexicon);
    if (!cut || *cut == 0) break;
    piece(from, from + *cut);
    from += *cut;
  }
  piece(from, to);
}

}  // namespace

std::vector<TextLine> unglue_tasks(std::vector<TextLine> lines, const ReaderLexicon& lexicon) {
  std::vector<TextLine> out;
  out.reserve(lines.size());
  for (TextLine& line : lines) {
    std::vector<std::size_t> cuts = flattened_cuts(line.folded, lexicon);
    if (cuts.empty()) {
      // The common case: a line with no task glued on is moved, not copied.
      const std::u32string_view text = line.folded;
      if (!glued_task_at(text, lexicon) && !closed_task_at(text, lexicon)) {
        out.push_back(std::move(line));
        continue;
      }
      cuts.push_back(line.folded.size());
    }
    std::size_t from = 0;
    for (const std::size_t cut : cuts) {
      cut_glued(line, from, cut, lexicon, out);
      from = cut;
    }
  }
  return out;
}

}  // namespace respnet
