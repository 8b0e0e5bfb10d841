#include "parse/headings.hpp"

#include <algorithm>

#include "parse/text_lines.hpp"

namespace respnet {
namespace {

int digit_value(char32_t c) {
  constexpr std::u32string_view digits = U"零一二三四五六七八九";
  if (c == U'〇') return 0;
  if (c == U'两') return 2;
  const std::size_t pos = digits.find(c);
  return pos == digits.npos ? -1 : static_cast<int>(pos);
}

bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

}  // namespace

std::optional<std::uint32_t> parse_chinese_numeral(std::u32string_view text) {
  // Digits (一..九) each followed by a unit (千 百 十) or ending the numeral; 零 marks a skipped
  // place; a leading 十 means 一十. Units must fall strictly: 二千零五, 一百二十, 十三.
  if (text.empty()) return std::nullopt;
  std::uint32_t value = 0;
  std::uint32_t last_unit = 10000;
  int digit = -1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    const std::uint32_t unit = c == U'千' ? 1000 : c == U'百' ? 100 : c == U'十' ? 10 : 0;
    if (unit > 0) {
      if (digit == 0 || unit >= last_unit || (digit < 0 && !(unit == 10 && i == 0))) return std::nullopt;
      value += static_cast<std::uint32_t>(digit < 0 ? 1 : digit) * unit;
      last_unit = unit;
      digit = -1;
      continue;
    }
    const int d = digit_value(c);
    if (d < 0 || digit >= 0) return std::nullopt;
    if (d == 0) {
      if (i == 0 || i + 1 == text.size()) return std::nullopt;
      continue;
    }
    digit = d;
  }
  if (digit > 0) {
    if (last_unit == 1) return std::nullopt;
    value += static_cast<std::uint32_t>(digit);
  }
  return value > 0 ? std::optional<std::uint32_t>(value) : std::nullopt;
}

std::pair<std::u32string, std::u32string> split_leader_title(std::u32string_view text,
                                                             const ReaderLexicon& lexicon) {
  text = trim(text);
  const std::size_t open = text.find(U'(');
  if (open != text.npos && open > 0 && text.ends_with(U')')) {
    return {std::u32string(trim(text.substr(0, open))),
            std::u32string(trim(text.substr(open + 1, text.size() - open - 2)))};
  }
  std::size_t best = 0;
  for (const std::u32string& title : lexicon.leader_titles) {
    if (title.size() > best && title.size() < text.size() && text.ends_with(title)) {
      best = title.size();
    }
  }
  return {std::u32string(text.substr(0, text.size() - best)),
          std::u32string(text.substr(text.size() - best))};
}

namespace {

// `<who><suffix>` from `mark` on: a leader's name and title, short and one phrase.
std::optional<SectionHeading> read_heading_after(std::u32string_view text, std::size_t mark, std::size_t begin,
                                                 std::uint32_t number, const ReaderLexicon& lexicon) {
  for (const std::u32string& suffix : lexicon.section_suffixes) {
    if (!text.ends_with(suffix) || text.size() < mark + suffix.size()) continue;
    const std::u32string_view who = text.substr(mark, text.size() - mark - suffix.size());
    if (trim(who).empty() || who.size() > 24 || who.find_first_of(U",。;:") != who.npos) return std::nullopt;
    auto [name, title] = split_leader_title(who, lexicon);
    const std::size_t name_offset = begin + mark + trimmed_range(who).first;
    return SectionHeading{number, std::move(name), std::move(title), name_offset};
  }
  return std::nullopt;
}

// The offset past a heading's ordinal (一、 or (一)).
std::size_t mark_end(std::u32string_view text) {
  return text.front() == U'(' ? text.find(U')') + 1 : text.find(U'、') + 1;
}

}  // namespace

std::optional<SectionHeading> parse_section_heading(std::u32string_view line,
                                                    const ReaderLexicon& lexicon) {
  const auto [begin, end] = trimmed_range(line);
  const std::u32string_view text = line.substr(begin, end - begin);
  const auto number = parse_heading_mark(text);
  if (!number) return std::nullopt;
  return read_heading_after(text, mark_end(text), begin, *number, lexicon);
}

std::optional<SectionHeading> parse_leader_heading(std::u32string_view line, const ReaderLexicon& lexicon) {
  if (auto marked = parse_section_heading(line, lexicon)) return marked;
  const auto [begin, end] = trimmed_range(line);
  std::u32string_view text = line.substr(begin, end - begin);
  // (共9项): a count of the tasks below.
  if (text.ends_with(U"项)")) {
    const std::size_t open = text.rfind(U'(');
    if (open != text.npos) text = trim(text.substr(0, open));
  }
  if (text.empty()) return std::nullopt;
  const auto number = parse_heading_mark(text);
  const std::size_t mark = number ? mark_end(text) : 0;
  auto heading = read_heading_after(text, mark, begin, number.value_or(0), lexicon);
  // 二、王五副县长牵头: the verb alone, after a known title.
  for (const char32_t* verb : {U"牵头负责", U"牵头", U"主抓", U"分管", U"负责"}) {
    if (heading || !text.ends_with(verb)) continue;
    const std::u32string_view who = trim(text.substr(mark, text.size() - mark - std::u32string_view(verb).size()));
    auto [name, title] = split_leader_title(who, lexicon);
    if (title.empty() || name.empty() || who.size() > 24 || who.find_first_of(U",。;:") != who.npos) continue;
    heading = SectionHeading{number.value_or(0), std::move(name), std::move(title), begin + mark + trimmed_range(text.substr(mark)).first};
  }
  // Without an ordinal only a known title tells a leader (王五县长) from a phrase (各部门负责工作).
  if (heading && !number && heading->title.empty()) return std::nullopt;
  return heading;
}

std::optional<std::uint32_t> parse_heading_mark(std::u32string_view line) {
  const std::u32string_view text = trim(line);
  if (text.starts_with(U'(')) {
    const std::size_t close = text.find(U')');
    if (close == text.npos || close > 5) return std::nullopt;
    return parse_chinese_numeral(text.substr(1, close - 1));
  }
  const std::size_t mark = text.find(U'、');
  if (mark == text.npos || mark > 8) return std::nullopt;
  return parse_chinese_numeral(text.substr(0, mark));
}

bool is_attachment_heading(std::u32string_view line) {
  std::u32string_view text = trim(line);
  if (!text.starts_with(U"附件")) return false;
  text = trim(text.substr(2));
  while (!text.empty() && (text.back() == U':' || is_space(text.back()))) text.remove_suffix(1);
  return !text.empty() && (std::all_of(text.begin(), text.end(), is_ascii_digit) || parse_chinese_numeral(text));
}

std::optional<TaskNumber> find_task_number(std::u32string_view line) {
  const std::size_t start = trimmed_range(line).first;
  // (一) or (1) numbering: a Chinese numeral or Arabic digits in parentheses.
  if (start < line.size() && line[start] == U'(') {
    const std::size_t close = line.find(U')', start);
    if (close == line.npos || close - start > 5 || close == start + 1) return std::nullopt;
    const std::u32string_view inside = line.substr(start + 1, close - start - 1);
    std::size_t text = close + 1;
    while (text < line.size() && is_space(line[text])) ++text;
    if (std::all_of(inside.begin(), inside.end(), is_ascii_digit)) return TaskNumber{std::u32string(inside), start, text};
    const auto value = parse_chinese_numeral(inside);
    if (!value) return std::nullopt;
    const std::string digits = std::to_string(*value);
    return TaskNumber{std::u32string(digits.begin(), digits.end()), start, text};
  }
  std::size_t i = start;
  while (i < line.size() && is_ascii_digit(line[i])) ++i;
  if (i == start || i >= line.size()) return std::nullopt;
  if (line[i] != U'.' && line[i] != U'、') return std::nullopt;
  if (i + 1 < line.size() && is_ascii_digit(line[i + 1])) return std::nullopt;
  std::size_t text = i + 1;
  while (text < line.size() && is_space(line[text])) ++text;
  return TaskNumber{std::u32string(line.substr(start, i - start)), start, text};
}

}  // namespace respnet
