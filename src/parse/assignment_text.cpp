#include "parse/assignment_text.hpp"

#include <algorithm>
#include <array>

#include "parse/text_lines.hpp"

namespace respnet {
namespace {

struct Label {
  std::u32string_view word;
  ListRole role;
};

constexpr std::array<Label, 9> k_list_labels{{{U"责任单位", ListRole::lead_first},
                                              {U"责任部门", ListRole::lead_first},
                                              {U"牵头单位", ListRole::lead},
                                              {U"牵头部门", ListRole::lead},
                                              {U"配合单位", ListRole::support},
                                              {U"配合部门", ListRole::support},
                                              {U"协办单位", ListRole::support},
                                              {U"参与单位", ListRole::support},
                                              {U"协作单位", ListRole::support}}};

constexpr std::array<std::u32string_view, 7> k_leader_labels{
    U"分管领导", U"分管省领导", U"分管市领导", U"分管县领导", U"责任领导", U"牵头领导", U"责任市领导"};

constexpr std::array<std::u32string_view, 3> k_prose_labels{U"部门分工", U"责任分工", U"分工"};

// Offset just past `word` + spaces + ':' at `at`, or npos. A lead-rule note may stand before
// the colon: 责任单位(列第一位者为牵头单位):.
std::size_t after_label(std::u32string_view line, std::size_t at, std::u32string_view word,
                        const ReaderLexicon* notes = nullptr) {
  if (line.substr(at, word.size()) != word) return line.npos;
  std::size_t i = at + word.size();
  while (i < line.size() && is_space(line[i])) ++i;
  if (notes != nullptr && i < line.size() && closing_bracket(line[i]) != 0) {
    const std::size_t close = find_close(line, i);
    if (close == line.npos || !is_note(line.substr(i + 1, close - i - 1), *notes)) return line.npos;
    i = close + 1;
    while (i < line.size() && is_space(line[i])) ++i;
  }
  return i < line.size() && line[i] == U':' ? i + 1 : line.npos;
}

// Labelled lists from `start`: each label's list runs to the next label at depth 0.
std::vector<UnitListSegment> split_labelled(std::u32string_view line, std::size_t start, const ReaderLexicon& lexicon) {
  struct Found {
    std::size_t label;
    std::size_t list;
    ListRole role;
  };
  std::vector<Found> found;
  int depth = 0;
  for (std::size_t i = start; i < line.size(); ++i) {
    if (line[i] == U'(') ++depth;
    if (line[i] == U')' && depth > 0) --depth;
    if (depth > 0) continue;
    for (const Label& l : k_list_labels) {
      if (const std::size_t list = after_label(line, i, l.word, &lexicon); list != line.npos) {
        found.push_back({i, list, l.role});
        i = list - 1;
        break;
      }
    }
  }
  std::vector<UnitListSegment> out;
  for (std::size_t k = 0; k < found.size(); ++k) {
    const std::size_t end = k + 1 < found.size() ? found[k + 1].label : line.size();
    out.push_back({found[k].role, split_unit_list(line.substr(found[k].list, end - found[k].list),
                                                  static_cast<std::uint32_t>(found[k].list + 1), lexicon)});
  }
  return out;
}

// `X牵头,Y、Z配合` / `X、Y按职责分工负责`: clauses split at , ; at depth 0, each ending with a verb.
std::vector<UnitListSegment> split_clauses(std::u32string_view text, std::size_t offset, const ReaderLexicon& lexicon) {
  static const std::array<std::pair<std::u32string_view, ListRole>, 9> verbs{{
      {U"按职责分工负责", ListRole::shared}, {U"按职责负责", ListRole::shared}, {U"分别负责", ListRole::shared},
      {U"负责", ListRole::shared},           {U"牵头", ListRole::lead},          {U"配合", ListRole::support},
      {U"参与", ListRole::support},          {U"协助", ListRole::support},       {U"协办", ListRole::support}}};
  std::vector<UnitListSegment> out;
  std::size_t start = 0;
  int depth = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] == U'(') ++depth;
    if (i < text.size() && text[i] == U')' && depth > 0) --depth;
    if (i < text.size() && !(depth == 0 && (text[i] == U',' || text[i] == U';' || text[i] == U'。'))) continue;
    const auto [b, e] = trimmed_range(text.substr(start, i - start));
    const std::u32string_view clause = text.substr(start + b, e - b);
    for (const auto& [verb, role] : verbs) {
      if (!clause.ends_with(verb) || clause.size() == verb.size()) continue;
      out.push_back({role, split_unit_list(clause.substr(0, clause.size() - verb.size()),
                                           static_cast<std::uint32_t>(offset + start + b + 1), lexicon)});
      break;
    }
    start = i + 1;
  }
  return out;
}

// Trailing 等 (and 等部门/等单位) is not part of the last unit's name.
void drop_etc(std::vector<UnitListSegment>& lists) {
  for (UnitListSegment& list : lists) {
    for (UnitEntry& e : list.entries) {
      for (const std::u32string_view tail : {U"等相关单位", U"等有关单位", U"等部门", U"等单位", U"等"}) {
        if (e.name.size() > tail.size() && std::u32string_view(e.name).ends_with(tail)) {
          e.name.resize(e.name.size() - tail.size());
          break;
        }
      }
    }
    std::erase_if(list.entries, [](const UnitEntry& e) { return e.name.empty(); });
  }
  std::erase_if(lists, [](const UnitListSegment& l) { return l.entries.empty(); });
}

}  // namespace

UnitListSegment read_unit_list(std::u32string_view text, ListRole role, const ReaderLexicon& lexicon) {
  std::vector<UnitListSegment> lists{{role, split_unit_list(text, 1, lexicon)}};
  drop_etc(lists);
  return lists.empty() ? UnitListSegment{role, {}} : std::move(lists.front());
}

std::vector<UnitListSegment> read_cell_lists(std::u32string_view text, ListRole role, const ReaderLexicon& lexicon) {
  std::vector<UnitListSegment> lists = read_labelled_lists(text, lexicon);
  if (lists.empty()) {
    lists = split_clauses(text, 0, lexicon);
    drop_etc(lists);
  }
  if (lists.empty()) lists.push_back(read_unit_list(text, role, lexicon));
  return lists;
}

std::vector<RawMention> mentions_of(const std::vector<UnitListSegment>& lists) {
  const bool lead_named = std::any_of(lists.begin(), lists.end(), [](const UnitListSegment& l) { return l.role == ListRole::lead; });
  const bool shared = has_shared_lead(lists);
  bool first = !lead_named && !shared;
  std::vector<RawMention> out;
  for (const UnitListSegment& list : lists) {
    for (const UnitEntry& e : list.entries) {
      // Beside a named lead, the units 按职责分工负责 support it (X牵头,Y、Z等按职责分工负责).
      Role role = list.role == ListRole::lead || (list.role == ListRole::shared && !lead_named) ? Role::lead : Role::support;
      if (list.role == ListRole::lead_first && first) role = Role::lead;
      if (list.role == ListRole::lead_first) first = false;
      out.push_back(RawMention{e.name, e.alias, role, {e.line, e.column}});
    }
  }
  return out;
}

bool has_shared_lead(const std::vector<UnitListSegment>& lists) {
  std::size_t shared = 0;
  for (const UnitListSegment& l : lists) {
    if (l.role == ListRole::lead) return false;
    if (l.role == ListRole::shared) shared += l.entries.size();
  }
  return shared > 1;
}

std::vector<UnitListSegment> read_labelled_lists(std::u32string_view line, const ReaderLexicon& lexicon) {
  const std::size_t start = trimmed_range(line).first;
  const bool labelled = std::any_of(k_list_labels.begin(), k_list_labels.end(), [&](const Label& l) {
    return after_label(line, start, l.word, &lexicon) != line.npos;
  });
  if (!labelled) return {};
  std::vector<UnitListSegment> lists = split_labelled(line, start, lexicon);
  drop_etc(lists);
  return lists;
}

std::optional<std::vector<std::u32string>> read_leader_label(std::u32string_view line) {
  const std::size_t start = trimmed_range(line).first;
  for (const std::u32string_view word : k_leader_labels) {
    const std::size_t names = after_label(line, start, word);
    if (names == line.npos) continue;
    std::vector<std::u32string> out;
    std::size_t from = names;
    for (std::size_t i = names; i <= line.size(); ++i) {
      if (i < line.size() && line[i] != U'、' && line[i] != U',' && line[i] != U';' && line[i] != U'。') continue;
      const std::u32string_view name = trim(line.substr(from, i - from));
      if (!name.empty()) out.emplace_back(name);
      from = i + 1;
    }
    return out;
  }
  return std::nullopt;
}

std::optional<InlineAssignment> read_inline_assignment(std::u32string_view line, const ReaderLexicon& lexicon) {
  InlineAssignment out;
  const auto [begin, end] = trimmed_range(line);
  std::u32string_view text = line.substr(0, end);
  while (!text.empty() && (text.back() == U'。' || text.back() == U';')) text.remove_suffix(1);
  for (const std::u32string_view word : k_prose_labels) {
    const std::size_t at = text.find(word);
    if (at == text.npos) continue;
    const std::size_t list = after_label(text, at, word);
    if (list == text.npos) continue;
    out.lists = split_clauses(text.substr(list), list, lexicon);
    out.begin = at;
    drop_etc(out.lists);
    if (!out.lists.empty()) return out;
  }
  // A labelled list inside the task's own line: `1.推进…。责任单位:A、B`.
  int depth = 0;
  for (std::size_t i = begin; i < text.size(); ++i) {
    if (closing_bracket(text[i]) != 0) ++depth;
    if ((text[i] == U')' || text[i] == U']' || text[i] == U'】' || text[i] == U'〕') && depth > 0) --depth;
    if (depth > 0 || i == begin) continue;
    for (const Label& l : k_list_labels) {
      if (after_label(text, i, l.word, &lexicon) == text.npos) continue;
      out.lists = split_labelled(text, i, lexicon);
      out.begin = i;
      drop_etc(out.lists);
      if (!out.lists.empty()) return out;
    }
  }
  if (text.empty()) return std::nullopt;
  const char32_t close = text.back();
  const char32_t open = close == U')' ? U'(' : close == U']' ? U'[' : close == U'】' ? U'【' : 0;
  if (open == 0) return std::nullopt;
  depth = 0;
  std::size_t at = text.npos;
  for (std::size_t i = text.size(); i-- > begin;) {
    if (text[i] == close) ++depth;
    if (text[i] == open && --depth == 0) {
      at = i;
      break;
    }
  }
  if (at == text.npos) return std::nullopt;
  const std::u32string_view inside = text.substr(at + 1, text.size() - at - 2);
  out.begin = at;
  out.lists = split_labelled(inside, 0, lexicon);
  for (UnitListSegment& list : out.lists) {
    for (UnitEntry& e : list.entries) e.column += static_cast<std::uint32_t>(at + 1);
  }
  if (out.lists.empty()) out.lists = split_clauses(inside, at + 1, lexicon);
  drop_etc(out.lists);
  if (out.lists.empty()) return std::nullopt;
  return out;
}

}  // namespace respnet
