#include "parse/unit_list.hpp"

#include <algorithm>

#include "parse/text_lines.hpp"

namespace respnet {

bool is_separator(char32_t c) { return c == U'、' || c == U',' || c == U';'; }

char32_t closing_bracket(char32_t open) {
  switch (open) {
    case U'(': return U')';
    case U'[': return U']';
    case U'【': return U'】';
    case U'〔': return U'〕';
    case U'〈': return U'〉';
    default: return 0;
  }
}

bool is_closing_bracket(char32_t c) { return c == U')' || c == U']' || c == U'】' || c == U'〕' || c == U'〉'; }

std::size_t find_open(std::u32string_view text, std::size_t close) {
  const char32_t closing = text[close];
  int depth = 0;
  for (std::size_t i = close + 1; i-- > 0;) {
    if (text[i] == closing) ++depth;
    if (closing_bracket(text[i]) == closing && --depth == 0) return i;
  }
  return text.npos;
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

bool is_note(std::u32string_view text, const ReaderLexicon& lexicon) {
  return contains_word(text, lexicon.note_markers);
}

namespace {

// The lead-rule note written as an entry of its own, without brackets: 列第一位者为牵头单位.
bool is_bare_note(std::u32string_view entry, const ReaderLexicon& lexicon) {
  return is_note(entry, lexicon) && contains_word(entry, lexicon.rule_first_words);
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

// The word of `words` at text[i], the first listed when several are, else nullptr.
const std::u32string* word_at(std::u32string_view text, std::size_t i, const std::vector<std::u32string>& words) {
  const auto word =
      std::find_if(words.begin(), words.end(), [&](const std::u32string& w) { return text.substr(i).starts_with(w); });
  return word == words.end() ? nullptr : &*word;
}

// The length of a conjunction joining two names at i (和, 及, 与, 以及, and 等 before a name:
// 长沙海关等省直有关单位): after a whole name and before two or more characters; 0 elsewhere
// (市发展和改革委员会 is one name; 市财政局等部门 ends in 等, dropped later).
std::size_t conjunction_at(std::u32string_view text, std::size_t i, std::size_t start, const ReaderLexicon& lexicon) {
  const std::u32string* etc = word_at(text, i, lexicon.etc_words);
  const std::u32string* word = etc != nullptr ? etc : word_at(text, i, lexicon.conjunctions);
  const std::size_t length = word == nullptr ? 0 : word->size();
  if (length == 0 || i + length + 1 >= text.size() || is_separator(text[i + length])) return 0;
  // 各县(市、区)党委和政府: one group, its second word no name of its own.
  const std::u32string_view right = text.substr(i + length, std::min(text.size(), text.find_first_of(U"、,;", i)) - i - length);
  if (is_word(right, lexicon.government_words)) return 0;
  if (etc != nullptr) {
    std::size_t end = i + length;
    while (end < text.size() && !is_separator(text[end])) ++end;
    const std::u32string_view after = trim(text.substr(i + length, end - i - length));
    if (is_word(after, lexicon.other_unit_words) || !ends_unit_name(after, lexicon)) return 0;
  }
  return ends_unit_name(trim(text.substr(start, i - start)), lexicon) ? length : 0;
}

// A leader named where units are (分管副省长, 协管副秘书长): not a unit.
bool is_leader_role(std::u32string_view name, const ReaderLexicon& lexicon) {
  if (starts_with_word(name, lexicon.leader_role_prefixes)) return true;
  return !ends_unit_name(name, lexicon) &&
         std::any_of(lexicon.leader_titles.begin(), lexicon.leader_titles.end(),
                     [&](const std::u32string& title) { return name.ends_with(title); });
}

// A deadline or a time written where units are: 6月底完成, 年底前, 长期坚持.
bool is_deadline(std::u32string_view name, const ReaderLexicon& lexicon) {
  return contains_word(name, lexicon.deadline_words) ||
         (name.find(U'月') != name.npos && std::any_of(name.begin(), name.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; }));
}

// — / 无 / 同上: a cell's placeholder, not a name.
bool is_placeholder(std::u32string_view name, const ReaderLexicon& lexicon) {
  return is_word(name, lexicon.placeholders) || is_word(name, lexicon.ditto_words) ||
         std::all_of(name.begin(), name.end(), [](char32_t c) { return c == U'—' || c == U'-' || c == U'/' || c == U'_' || is_space(c); });
}

// 县 / 市 / 区政府 / 县(市)政府: one level of a group written out level by level.
bool is_level_piece(std::u32string_view piece, const ReaderLexicon& lexicon) {
  const std::u32string* level = word_at(piece, 0, lexicon.level_piece_words);
  if (level == nullptr) return false;
  piece.remove_prefix(level->size());
  if (!piece.empty() && piece.front() == U'(') {
    const std::size_t close = find_close(piece, 0);
    if (close == piece.npos) return false;
    piece.remove_prefix(close + 1);
  }
  return piece.empty() || is_word(piece, lexicon.government_words);
}

// 各县、市、区政府 and 各区、县(市)政府 are one group: the 、 at i keeps it whole when the entry so
// far opens with 各 and is not closed by 政府, and the piece after it is a level.
bool joins_levels(std::u32string_view text, std::size_t start, std::size_t i, const ReaderLexicon& lexicon) {
  const std::u32string_view so_far = trim(text.substr(start, i - start));
  if (!starts_with_word(so_far, lexicon.group_prefixes) || so_far.size() > 8 ||
      ends_with_word(so_far, lexicon.government_words)) {
    return false;
  }
  // The piece runs to the next separator, or to a conjunction's last character (…区政府和各乡镇;
  // 以及 from its 及).
  auto conjunction_ends_at = [&](std::size_t k) {
    return std::any_of(lexicon.conjunctions.begin(), lexicon.conjunctions.end(),
                       [&](const std::u32string& w) { return !w.empty() && w.back() == text[k]; });
  };
  std::size_t end = i + 1;
  int depth = 0;
  while (end < text.size() && !(depth == 0 && (is_separator(text[end]) || conjunction_ends_at(end)))) {
    if (closing_bracket(text[end]) != 0) ++depth;
    if (text[end] == U')' && depth > 0) --depth;
    ++end;
  }
  return is_level_piece(trim(text.substr(i + 1, end - i - 1)), lexicon);
}

bool is_opening(char32_t c) { return closing_bracket(c) != 0; }

}  // namespace

std::vector<UnitEntry> split_unit_list(std::u32string_view text, std::uint32_t first_column,
                                       const ReaderLexicon& lexicon) {
  const std::u32string cleaned = without_notes(text, lexicon);
  std::vector<UnitEntry> entries;
  bool remark = false;  // after an entry with a colon
  auto flush = [&](std::size_t begin, std::size_t end) {
    std::u32string_view raw = std::u32string_view(cleaned).substr(begin, end - begin);
    while (!raw.empty() && (raw.back() == U'。' || raw.back() == U'.' || raw.back() == U':')) raw.remove_suffix(1);
    const auto [b, e] = trimmed_range(raw);
    // A colon does not belong in a name: 省牵头单位:省建设厅、省农业农村厅 is a remark.
    remark = remark || raw.substr(b, e - b).find(U':') != raw.npos;
    if (b == e || remark || is_bare_note(raw, lexicon)) return;
    UnitEntry entry = split_alias(raw.substr(b, e - b), lexicon);
    if (is_leader_role(entry.name, lexicon) || is_deadline(entry.name, lexicon) || is_placeholder(entry.name, lexicon)) {
      return;
    }
    entry.column = first_column + static_cast<std::uint32_t>(begin + b);
    const std::u32string_view written = text.substr(begin, end - begin);
    entry.marked_lead = contains_word(written, lexicon.lead_marks);
    entries.push_back(std::move(entry));
    // 市发改委、市财政局(共同牵头): every unit of the list leads.
    if (contains_word(written, lexicon.co_lead_marks)) {
      for (UnitEntry& listed : entries) listed.marked_lead = true;
    }
  };
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < cleaned.size(); ++i) {
    const char32_t c = cleaned[i];
    if (is_opening(c)) ++depth;
    if (is_closing_bracket(c) && depth > 0) --depth;
    if (depth > 0) continue;
    // 区商务局 区交通运输局: names written apart by spaces, the one before complete.
    const bool space_cut = is_space(c) && i + 1 < cleaned.size() && !is_space(cleaned[i + 1]) &&
                           closing_bracket(cleaned[i + 1]) == 0 && !is_separator(cleaned[i + 1]) &&
                           ends_unit_name(trim(std::u32string_view(cleaned).substr(start, i - start)), lexicon);
    if (is_separator(c) || space_cut) {
      if (c == U'、' && joins_levels(cleaned, start, i, lexicon)) continue;
      flush(start, i);
      start = i + 1;
    } else if (const std::size_t length = conjunction_at(cleaned, i, start, lexicon)) {
      flush(start, i);
      start = i + length;
      i += length - 1;
    }
  }
  flush(start, cleaned.size());
  return entries;
}

void share_written_prefix(std::vector<UnitEntry>& entries, const ReaderLexicon& lexicon) {
  const std::vector<std::u32string>& levels = lexicon.level_prefixes;
  auto names_level = [&](std::u32string_view name) {
    return std::any_of(levels.begin(), levels.end(), [&](const std::u32string& p) { return name.find(p) != name.npos; });
  };
  // The level a name opens with, else nullptr.
  auto level_of = [&](std::u32string_view name) -> const std::u32string* {
    if (std::any_of(lexicon.level_prefix_exceptions.begin(), lexicon.level_prefix_exceptions.end(),
                    [&](const std::u32string& w) { return name.starts_with(w); })) {
      return nullptr;
    }
    const auto level = std::find_if(levels.begin(), levels.end(), [&](const std::u32string& p) {
      return name.size() > p.size() + 1 && name.starts_with(p);
    });
    return level == levels.end() ? nullptr : &*level;
  };
  // An agency of the same government (统计局, 宣传部), not a body of its own (新城管委会,
  // 人行XX中心支行, 嵊泗县政府).
  auto agency = [&](std::u32string_view name) {
    return !names_level(name) && std::any_of(lexicon.agency_endings.begin(), lexicon.agency_endings.end(),
                                             [&](const std::u32string& e) { return name.size() > e.size() && name.ends_with(e); });
  };
  if (entries.size() < 2) return;
  const std::u32string* level = level_of(entries.front().name);
  // Written once: on the first name only, every other (groups aside) an agency without one.
  const bool written_once = level != nullptr && std::all_of(entries.begin() + 1, entries.end(), [&](const UnitEntry& e) {
                              return is_group_name(e.name, lexicon) || agency(e.name);
                            });
  if (!written_once) return;
  for (auto e = entries.begin() + 1; e != entries.end(); ++e) {
    if (is_group_name(e->name, lexicon)) continue;
    if (e->alias.empty()) e->alias = e->name;
    e->name = *level + e->name;
  }
}

bool looks_like_units(std::u32string_view text, const ReaderLexicon& lexicon) {
  text = trim(text);
  while (!text.empty() && (text.back() == U'。' || text.back() == U';')) text.remove_suffix(1);
  if (text.size() >= 2 && closing_bracket(text.front()) != 0 && find_close(text, 0) == text.size() - 1) {
    text = trim(text.substr(1, text.size() - 2));
  }
  if (text.empty() || text.find_first_of(U"。:%") != text.npos) return false;
  // ①…, (1)…, 1… and 一是…: an item of a list, not a unit.
  if (text.front() == U'(' && text.size() > 2 && (text[1] >= U'0' && text[1] <= U'9')) return false;
  if ((text.front() >= U'0' && text.front() <= U'9') || (text.front() >= U'①' && text.front() <= U'⑳') || (text.size() > 2 && text[1] == U'是' && std::u32string_view(U"一二三四五六七八九十").find(text[0]) != std::u32string_view::npos)) return false;
  const std::vector<UnitEntry> entries = split_unit_list(text, 1, lexicon);
  return !entries.empty() && std::all_of(entries.begin(), entries.end(), [&](const UnitEntry& e) {
    const std::u32string_view name = e.name;
    const bool verb = name.size() >= 5 && std::any_of(lexicon.task_verbs.begin(), lexicon.task_verbs.end(),
                                                     [&](const std::u32string& v) { return name.starts_with(v); });
    return name.size() <= 30 && !verb && (ends_unit_name(name, lexicon) || is_group_name(name, lexicon));
  });
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
