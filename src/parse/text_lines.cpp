#include "parse/text_lines.hpp"

namespace respnet {

char32_t fold_width(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  if (c == 0x3000 || c == 0x00A0 || c == U'\t') return U' ';
  // A box-drawing table's verticals (│ ┃ ║) separate cells as '|' does.
  if (c == 0x2502 || c == 0x2503 || c == 0x2551) return U'|';
  return c;
}

std::vector<TextLine> split_lines(std::u32string_view text) {
  if (!text.empty() && text.front() == 0xFEFF) text.remove_prefix(1);
  std::vector<TextLine> lines;
  std::uint32_t number = 1;
  std::size_t start = 0;
  auto push = [&](std::size_t end) {
    TextLine line;
    line.number = number++;
    line.original.assign(text.substr(start, end - start));
    line.folded = line.original;
    for (char32_t& c : line.folded) c = fold_width(c);
    lines.push_back(std::move(line));
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != U'\n' && text[i] != U'\r') continue;
    push(i);
    if (text[i] == U'\r' && i + 1 < text.size() && text[i + 1] == U'\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) push(text.size());
  return lines;
}

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000 || c == 0x00A0; }

std::pair<std::size_t, std::size_t> trimmed_range(std::u32string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return {begin, end};
}

std::u32string_view trim(std::u32string_view text) {
  const auto [begin, end] = trimmed_range(text);
  return text.substr(begin, end - begin);
}

}  // namespace respnet
