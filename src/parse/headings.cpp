#include "parse/headings.hpp"

#include <algorithm>

#include "parse/text_lines.hpp"
#include "parse/unit_list.hpp"

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
  // 常务副区长 潘永军, 张  三: spaces only align the name.
  std::u32string t;
  for (const char32_t c : trim(text)) {
    if (!is_space(c)) t += c;
  }
  for (const std::u32string& honorific : lexicon.leader_honorifics) {
    if (t.size() >= honorific.size() + 2 && t.ends_with(honorific)) {
      t.resize(t.size() - honorific.size());
      break;
    }
  }
  // (代), (挂职): a remark on the title, kept with it.
  std::u32string acting;
  if (t.ends_with(U")")) {
    const std::size_t open = t.rfind(U'(');
    const std::u32string_view remark = std::u32string_view(t).substr(open + 1, t.size() - open - 2);
    const bool qualifier = std::find(lexicon.leader_qualifiers.begin(), lexicon.leader_qualifiers.end(), remark) !=
                           lexicon.leader_qualifiers.end();
    if (open != t.npos && open >= 2 && (remark.size() <= 1 || qualifier)) {
      acting = t.substr(open);
      t.resize(open);
    }
  }
  const std::size_t open = t.find(U'(');
  if (open != t.npos && open > 0 && t.ends_with(U')')) {
    return {t.substr(0, open), t.substr(open + 1, t.size() - open - 2) + acting};
  }
  auto longest_title_at = [&](std::size_t end) {
    std::size_t best = 0;
    for (const std::u32string& title : lexicon.leader_titles) {
      if (title.size() > best && title.size() <= end && std::u32string_view(t).substr(0, end).ends_with(title)) best = title.size();
    }
    return best;
  };
  // 县委常委: a title alone, no name.
  if (!t.empty() && longest_title_at(t.size()) == t.size()) return {std::u32string(), t + acting};
  // 王建国常务副市长: the longest known title at the end; a qualifier before it (挂职, 市政府)
  // belongs to the title.
  if (const std::size_t best = longest_title_at(t.size()); best > 0 && best < t.size()) {
    std::size_t cut = t.size() - best;
    for (bool moved = true; moved;) {
      moved = false;
      for (const std::u32string& q : lexicon.leader_qualifiers) {
        if (cut > q.size() && std::u32string_view(t).substr(0, cut).ends_with(q)) {
          cut -= q.size();
          moved = true;
        }
      }
    }
    return {t.substr(0, cut), t.substr(cut) + acting};
  }
  // 县长杨光辉, 县委常委、常务副县长张三: a known title, then a name of two to four characters.
  for (std::size_t name = 2; name <= 4 && name < t.size(); ++name) {
    if (longest_title_at(t.size() - name) > 0) return {t.substr(t.size() - name), t.substr(0, t.size() - name) + acting};
  }
  return {t, acting};
}

bool looks_like_leader(std::u32string_view text, const ReaderLexicon& lexicon) {
  text = trim(text);
  if (text.empty() || text.size() > 16) return false;
  const bool plain = std::none_of(text.begin(), text.end(), [](char32_t c) {
    return is_ascii_digit(c) || c == U',' || c == U';' || c == U'。' || c == U':';
  });
  const auto [name, title] = split_leader_title(text, lexicon);
  // 、 only between titles: 县委常委、宣传部长 吴晓丽.
  const bool listed = text.find(U'、') != text.npos;
  return plain && name.size() >= 2 && name.size() <= 4 && (!listed || !title.empty()) &&
         name.find(U'、') == name.npos && !ends_unit_name(text, lexicon);
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
  // 一、做强先进制造业(分管领导:副市长 骆建锋): a heading that names its leader in brackets.
  if (const auto mark = parse_heading_mark(line); mark && trim(line).ends_with(U")")) {
    const std::u32string_view text = trim(line);
    const std::size_t open = text.rfind(U'(');
    const std::u32string_view inner = text.substr(open + 1, text.size() - open - 2);
    const std::size_t colon = inner.find(U':');
    const bool leader_label = colon != inner.npos && ends_with_word(trim(inner.substr(0, colon)), lexicon.leader_words);
    if (open != text.npos && leader_label) {
      auto [name, title] = split_leader_title(inner.substr(colon + 1), lexicon);
      if (name.size() >= 2 && name.size() <= 4) {
        const std::size_t at = static_cast<std::size_t>(inner.data() - line.data()) + colon + 1;
        return SectionHeading{*mark, std::move(name), std::move(title), at};
      }
    }
  }
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
  for (const std::u32string& verb : lexicon.section_verbs) {
    if (heading || text.size() > mark + 28 || !text.ends_with(verb)) continue;
    const std::u32string_view who = trim(text.substr(mark, text.size() - mark - verb.size()));
    auto [name, title] = split_leader_title(who, lexicon);
    if (title.empty() || name.empty() || who.size() > 24 || who.find_first_of(U",。;:") != who.npos) continue;
    heading = SectionHeading{number.value_or(0), std::move(name), std::move(title), begin + mark + trimmed_range(text.substr(mark)).first};
  }
  // 一、常务副县长孙德明, 区长 周卫东, 一、县长:王建国: a known title and a name, nothing else.
  auto known_title = [&](std::u32string_view title) {
    return std::any_of(lexicon.leader_titles.begin(), lexicon.leader_titles.end(),
                       [&](const std::u32string& t) { return title.ends_with(t); });
  };
  if (!heading && trim(text.substr(mark)).size() <= 24) {
    std::u32string_view who = trim(text.substr(mark));
    std::u32string label_title;
    // 县长:王建国, 分管领导:王建国副县长. Without an ordinal such a line is the task's own
    // leader line (分管领导:赵六副市长).
    if (const std::size_t colon = who.find(U':'); colon != who.npos) {
      const std::u32string_view label = trim(who.substr(0, colon));
      if (!number || (!ends_with_word(label, lexicon.leader_words) && !known_title(label))) return heading;
      if (known_title(label)) label_title = label;
      who = trim(who.substr(colon + 1));
    }
    auto [name, title] = split_leader_title(who, lexicon);
    if (title.empty()) title = label_title;
    // Characters and spaces only: 【责任领导】县长 吴旭东 is a labelled line, not a heading.
    const bool plain = who.size() <= 16 && std::all_of(who.begin(), who.end(), [](char32_t c) {
                         return is_space(c) || (c >= 0x4E00 && c <= 0x9FFF);
                       });
    if (plain && known_title(title) && name.size() >= 2 && name.size() <= 4) {
      heading = SectionHeading{number.value_or(0), std::move(name), std::move(title),
                               begin + static_cast<std::size_t>(who.data() - text.data())};
    }
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

bool is_page_chrome(std::u32string_view line, const ReaderLexicon& lexicon) {
  if (trim(line).size() > 60) return false;
  std::u32string text;
  for (const char32_t c : line) {
    if (!is_space(c) && std::u32string_view(U"【】[]:|").find(c) == std::u32string_view::npos) text += c;
  }
  if (text.empty() || text.size() > 40) return false;
  // One word of two characters at least: 中 alone may be a cell written vertically.
  bool word = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t best = 0;
    for (const std::u32string& w : lexicon.page_chrome) {
      if (w.size() > best && std::u32string_view(text).substr(i).starts_with(w)) best = w.size();
    }
    if (best == 0) return false;
    word = word || best >= 2;
    i += best;
  }
  return word;
}

bool is_attachment_heading(std::u32string_view line, const ReaderLexicon& lexicon) {
  std::u32string_view text = trim(line);
  const auto word = std::find_if(lexicon.attachment_words.begin(), lexicon.attachment_words.end(),
                                 [&](const std::u32string& w) { return text.starts_with(w); });
  if (word == lexicon.attachment_words.end()) return false;
  text = trim(text.substr(word->size()));
  while (!text.empty() && (text.back() == U':' || is_space(text.back()))) text.remove_suffix(1);
  return !text.empty() && (std::all_of(text.begin(), text.end(), is_ascii_digit) || parse_chinese_numeral(text));
}

namespace {

// 任务1: / 第1项: / 第十二项、: a task numbered in words.
std::optional<TaskNumber> find_worded_number(std::u32string_view line, std::size_t start) {
  const std::u32string_view text = line.substr(start);
  const std::size_t prefix = text.starts_with(U"任务") ? 2 : text.starts_with(U"第") ? 1 : 0;
  if (prefix == 0) return std::nullopt;
  std::size_t i = start + prefix;
  while (i < line.size() && i - start - prefix < 6 && (is_ascii_digit(line[i]) || parse_chinese_numeral(line.substr(i, 1)) ||
                                                       line[i] == U'十' || line[i] == U'百' || line[i] == U'零')) {
    ++i;
  }
  const std::u32string_view numeral = line.substr(start + prefix, i - start - prefix);
  if (numeral.empty()) return std::nullopt;
  if (prefix == 1) {
    if (i >= line.size() || line[i] != U'项') return std::nullopt;
    ++i;
  }
  if (i < line.size() && (line[i] == U':' || line[i] == U'、' || line[i] == U'.')) {
    ++i;
  } else if (prefix == 2) {
    return std::nullopt;
  }
  std::string digits;
  if (std::all_of(numeral.begin(), numeral.end(), is_ascii_digit)) {
    digits.assign(numeral.begin(), numeral.end());
  } else if (const auto value = parse_chinese_numeral(numeral)) {
    digits = std::to_string(*value);
  } else {
    return std::nullopt;
  }
  while (i < line.size() && is_space(line[i])) ++i;
  return TaskNumber{std::u32string(digits.begin(), digits.end()), start, i};
}

}  // namespace

std::optional<TaskNumber> find_task_number(std::u32string_view line) {
  const std::size_t start = trimmed_range(line).first;
  if (auto worded = find_worded_number(line, start)) return worded;
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
