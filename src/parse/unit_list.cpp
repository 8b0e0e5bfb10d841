#include "parse/unit_list.hpp"

#include <algorithm>

#include "parse/text_lines.hpp"

namespace respnet {
namespace {

bool is_separator(char32_t c) { return c == U'、' || c == U',' || c == U';'; }

bool contains_any(std::u32string_view text, const std::vector<std::u32string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::u32string& w) { return text.find(w) != text.npos; });
}

}  // namespace

char32_t closing_bracket(char32_t open) {
  switch (open) {
    case U'(': return U')';
    case U'[': return U']';
    case U'【': return U'】';
    case U'〔': return U'〕';
    default: return 0;
  }
}

std::size_t find_close(std::u32string_view text, std::size_t open) {
  const char32_t opening = text[open];
  const char32_t closing = closing_bracket(opening);
  int depth = 0;
  for (std::size_t i = open; i < text.size() && closing != 0; ++i) {
    if (text[i] == opening) ++depth;
    if (text[i] == closing && --depth == 0) return i;
  }
  return text.npos;
}

bool is_note(std::u32string_view text, const ReaderLexicon& lexicon) { return contains_any(text, lexicon.note_markers); }

namespace {

// The lead-rule note written as an entry of its own, without brackets: 列第一位者为牵头单位.
bool is_bare_note(std::u32string_view entry, const ReaderLexicon& lexicon) {
  return is_note(entry, lexicon) && (entry.find(U"第一") != entry.npos || entry.find(U"首位") != entry.npos);
}

// Blanks out bracketed groups that are the lead-rule note, keeping columns intact.
std::u32string without_notes(std::u32string_view text, const ReaderLexicon& lexicon) {
  std::u32string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (closing_bracket(out[i]) == 0) continue;
    const std::size_t close = find_close(out, i);
    if (close == out.npos) break;
    if (is_note(std::u32string_view(out).substr(i + 1, close - i - 1), lexicon)) {
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(i),
                out.begin() + static_cast<std::ptrdiff_t>(close) + 1, U' ');
    }
    i = close;
  }
  return out;
}

}  // namespace

UnitEntry split_alias(std::u32string_view entry, const ReaderLexicon& lexicon) {
  UnitEntry out{std::u32string(entry), {}, 1, 0};
  if (entry.empty() || entry.back() != U')') return out;
  int depth = 0;
  std::size_t open = entry.npos;
  for (std::size_t i = entry.size(); i-- > 0;) {
    if (entry[i] == U')') ++depth;
    if (entry[i] == U'(' && --depth == 0) {
      open = i;
      break;
    }
  }
  if (open == entry.npos || open == 0) return out;
  const std::u32string_view inner = trim(entry.substr(open + 1, entry.size() - open - 2));
  const bool agency = inner.size() >= 2 &&
                      std::any_of(lexicon.alias_suffixes.begin(), lexicon.alias_suffixes.end(),
                                  [&](const std::u32string& s) { return inner.ends_with(s); });
  if (!agency) return out;
  out.name = std::u32string(trim(entry.substr(0, open)));
  out.alias = std::u32string(inner);
  return out;
}

bool ends_unit_name(std::u32string_view text, const ReaderLexicon& lexicon) {
  // 各县(区): the name before a trailing bracket.
  if (text.ends_with(U')') && text.rfind(U'(') != text.npos) text = text.substr(0, text.rfind(U'('));
  return std::any_of(lexicon.name_endings.begin(), lexicon.name_endings.end(),
                     [&](const std::u32string& e) { return text.size() > e.size() && text.ends_with(e); });
}

namespace {

// Where `A和B` joins two names: 和 at depth 0 after a whole name, before two or more characters.
bool splits_at_and(std::u32string_view text, std::size_t i, std::size_t start, const ReaderLexicon& lexicon) {
  return text[i] == U'和' && i + 2 < text.size() && !is_separator(text[i + 1]) &&
         ends_unit_name(trim(text.substr(start, i - start)), lexicon);
}

}  // namespace

std::vector<UnitEntry> split_unit_list(std::u32string_view text, std::uint32_t first_column,
                                       const ReaderLexicon& lexicon) {
  const std::u32string cleaned = without_notes(text, lexicon);
  std::vector<UnitEntry> entries;
  auto flush = [&](std::size_t begin, std::size_t end) {
    const std::u32string_view raw = std::u32string_view(cleaned).substr(begin, end - begin);
    const auto [b, e] = trimmed_range(raw);
    if (b == e || is_bare_note(raw, lexicon)) return;
    UnitEntry entry = split_alias(raw.substr(b, e - b), lexicon);
    entry.column = first_column + static_cast<std::uint32_t>(begin + b);
    entries.push_back(std::move(entry));
  };
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < cleaned.size(); ++i) {
    const char32_t c = cleaned[i];
    if (c == U'(') ++depth;
    if (c == U')' && depth > 0) --depth;
    if (depth == 0 && (is_separator(c) || splits_at_and(cleaned, i, start, lexicon))) {
      flush(start, i);
      start = i + 1;
    }
  }
  flush(start, cleaned.size());
  return entries;
}

bool is_group_name(std::u32string_view name, const ReaderLexicon& lexicon) {
  auto any = [&](const std::vector<std::u32string>& words, auto&& test) {
    return std::any_of(words.begin(), words.end(), test);
  };
  return any(lexicon.group_prefixes, [&](const std::u32string& w) { return name.starts_with(w); }) ||
         any(lexicon.group_suffixes, [&](const std::u32string& w) { return name.ends_with(w); }) ||
         any(lexicon.group_infixes, [&](const std::u32string& w) { return name.find(w) != name.npos; }) ||
         any(lexicon.group_names, [&](const std::u32string& w) { return name == w; });
}

}  // namespace respnet
