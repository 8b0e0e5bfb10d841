#include "parse/headings.hpp"

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
  if (text.empty() || text.size() > 3) return std::nullopt;
  const std::size_t ten = text.find(U'十');
  if (ten == text.npos) {
    if (text.size() != 1) return std::nullopt;
    const int d = digit_value(text[0]);
    return d > 0 ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(d)) : std::nullopt;
  }
  int tens = 1;
  if (ten == 1) tens = digit_value(text[0]);
  if (ten > 1 || tens <= 0) return std::nullopt;
  int ones = 0;
  if (ten + 1 < text.size()) {
    if (ten + 2 != text.size()) return std::nullopt;
    ones = digit_value(text[ten + 1]);
    if (ones <= 0) return std::nullopt;
  }
  return static_cast<std::uint32_t>(tens * 10 + ones);
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

std::optional<SectionHeading> parse_section_heading(std::u32string_view line,
                                                    const ReaderLexicon& lexicon) {
  const auto [begin, end] = trimmed_range(line);
  const std::u32string_view text = line.substr(begin, end - begin);
  const std::size_t mark = text.find(U'、');
  if (mark == text.npos) return std::nullopt;
  const auto number = parse_chinese_numeral(text.substr(0, mark));
  if (!number) return std::nullopt;
  for (const std::u32string& suffix : lexicon.section_suffixes) {
    if (!text.ends_with(suffix)) continue;
    const std::u32string_view who = text.substr(mark + 1, text.size() - mark - 1 - suffix.size());
    if (trim(who).empty()) return std::nullopt;
    auto [name, title] = split_leader_title(who, lexicon);
    const std::size_t name_offset = begin + mark + 1 + trimmed_range(who).first;
    return SectionHeading{*number, std::move(name), std::move(title), name_offset};
  }
  return std::nullopt;
}

std::optional<TaskNumber> find_task_number(std::u32string_view line) {
  const std::size_t start = trimmed_range(line).first;
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
