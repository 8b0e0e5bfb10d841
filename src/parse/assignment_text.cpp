#include "parse/assignment_text.hpp"

#include <algorithm>
#include <optional>

#include "parse/headings.hpp"
#include "parse/text_lines.hpp"

namespace respnet {
namespace {

// Offset just past `word` + spaces + ':' at `at`, or npos.
std::size_t after_label(std::u32string_view line, std::size_t at, std::u32string_view word) {
  if (line.substr(at, word.size()) != word) return line.npos;
  std::size_t i = at + word.size();
  while (i < line.size() && is_space(line[i])) ++i;
  return i < line.size() && line[i] == U':' ? i + 1 : line.npos;
}

// One clause of an assignment in words: text[begin, end) names its units, then its verb.
struct Clause {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::optional<ListRole> role;         ///< its verb's; nullopt without one
  std::size_t with = std::u32string_view::npos;  ///< X会同Y负责: where 会同 stands
  std::size_t with_size = 0;                     ///< of the partner word there
};

// The verb ending the clause and its length, else nullopt.
std::optional<std::pair<ListRole, std::size_t>> clause_verb(std::u32string_view clause, const ReaderLexicon& lexicon) {
  for (const auto& [verb, role] : lexicon.clause_verbs) {
    if (clause.ends_with(verb) && clause.size() > verb.size()) return std::pair(role, verb.size());
  }
  return std::nullopt;
}

// `X牵头,Y、Z配合` / `X、Y按职责分工负责`: clauses split at , ; 。 at depth 0, each ending with a
// verb; names before a comma go with the next verb.
std::vector<Clause> find_clauses(std::u32string_view text, const ReaderLexicon& lexicon) {
  std::vector<Clause> out;
  std::size_t start = 0;
  int depth = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] == U'(') ++depth;
    if (i < text.size() && text[i] == U')' && depth > 0) --depth;
    if (i < text.size() && !(depth == 0 && (text[i] == U',' || text[i] == U';' || text[i] == U'。'))) continue;
    const auto [b, e] = trimmed_range(text.substr(start, i - start));
    const std::u32string_view clause = text.substr(start + b, e - b);
    Clause found{start + b, start + e, std::nullopt, clause.npos, 0};
    for (const std::u32string& word : lexicon.partner_words) {
      const std::size_t at = clause.find(word);
      if (at != clause.npos && at > 0 && at < found.with) {
        found.with = at;
        found.with_size = word.size();
      }
    }
    if (const auto verb = clause_verb(clause, lexicon)) found.role = verb->first;
    if (found.with == clause.npos && !found.role && i < text.size() && text[i] == U',') continue;
    if (found.with != clause.npos) found.with += found.begin;
    out.push_back(found);
    start = i + 1;
  }
  return out;
}

// The clauses' lists: a clause without a verb takes `plain` when given (X、Y牵头,Z in a 责任单位
// list), else names no assignment. Columns count from offset + 1 at text[0].
std::vector<UnitListSegment> clause_lists(std::u32string_view text, const std::vector<Clause>& clauses, std::size_t offset,
                                          const ReaderLexicon& lexicon, std::optional<ListRole> plain = std::nullopt) {
  auto column = [&](std::size_t at) { return static_cast<std::uint32_t>(offset + at + 1); };
  std::vector<UnitListSegment> out;
  for (const Clause& c : clauses) {
    const std::u32string_view clause = text.substr(c.begin, c.end - c.begin);
    // X会同Y、Z负责: X leads, the units it works with support.
    if (c.with != clause.npos) {
      const std::size_t after = c.with + c.with_size;
      std::u32string_view rest = text.substr(after, c.end - after);
      if (const auto verb = clause_verb(rest, lexicon)) rest.remove_suffix(verb->second);
      out.push_back({ListRole::lead, split_unit_list(text.substr(c.begin, c.with - c.begin), column(c.begin), lexicon)});
      out.push_back({ListRole::support, split_unit_list(rest, column(after), lexicon)});
    } else if (const auto verb = clause_verb(clause, lexicon)) {
      out.push_back({verb->first, split_unit_list(clause.substr(0, clause.size() - verb->second), column(c.begin), lexicon)});
    } else if (plain && !clause.empty()) {
      out.push_back({*plain, split_unit_list(clause, column(c.begin), lexicon)});
    }
  }
  return out;
}

std::vector<UnitListSegment> split_clauses(std::u32string_view text, std::size_t offset, const ReaderLexicon& lexicon,
                                           std::optional<ListRole> plain = std::nullopt) {
  return clause_lists(text, find_clauses(text, lexicon), offset, lexicon, plain);
}

// Labelled lists from `start`: each label's list runs to the next label at depth 0 (a leader's
// or a deadline's label ends a list and starts none).
std::vector<UnitListSegment> split_labelled(std::u32string_view line, std::size_t start, const ReaderLexicon& lexicon,
                                            std::vector<std::u32string>* leaders = nullptr) {
  struct Found {
    std::size_t label;
    std::size_t list;
    Label kind;
  };
  std::vector<Found> found;
  int depth = 0;
  for (std::size_t i = start; i < line.size(); ++i) {
    if (depth == 0) {
      if (const auto m = match_label(line, i, lexicon)) {
        found.push_back({i, m->value, m->label});
        i = m->value - 1;
        continue;
      }
    }
    if (line[i] == U'(') ++depth;
    if (line[i] == U')' && depth > 0) --depth;
  }
  std::vector<UnitListSegment> out;
  for (std::size_t k = 0; k < found.size(); ++k) {
    const std::size_t end = k + 1 < found.size() ? found[k + 1].label : line.size();
    // [责任领导:吴国平;牵头单位:…]: the task's leader, its value up to the separator.
    if (found[k].kind.kind == LabelKind::leader && leaders != nullptr) {
      std::u32string_view value = line.substr(found[k].list, end - found[k].list);
      value = trim(value.substr(0, std::min(value.size(), value.find_first_of(U",;。、"))));
      if (!value.empty()) leaders->emplace_back(value);
    }
    if (found[k].kind.kind != LabelKind::units) continue;
    const std::u32string_view list = line.substr(found[k].list, end - found[k].list);
    // 责任单位:X、Y牵头,Z: the clause without a verb supports the lead.
    const std::vector<Clause> clauses = find_clauses(list, lexicon);
    const bool worded = std::any_of(clauses.begin(), clauses.end(), [](const Clause& c) {
      return c.with != std::u32string_view::npos || (c.role && *c.role != ListRole::support);
    });
    if (worded) {
      std::vector<UnitListSegment> lists = clause_lists(list, clauses, found[k].list, lexicon, ListRole::support);
      out.insert(out.end(), std::make_move_iterator(lists.begin()), std::make_move_iterator(lists.end()));
    } else {
      out.push_back({found[k].kind.role, split_unit_list(list, static_cast<std::uint32_t>(found[k].list + 1), lexicon)});
    }
  }
  return out;
}

// The length of a trailing 等 on a name (等, 等部门, 等有关单位), 0 when none or when nothing
// is before it.
std::size_t etc_tail(std::u32string_view name, const ReaderLexicon& lexicon) {
  for (const std::u32string& etc : lexicon.etc_words) {
    for (const std::u32string& others : lexicon.other_unit_words) {
      const std::u32string tail = etc + others;
      if (name.size() > tail.size() && name.ends_with(tail)) return tail.size();
    }
    if (name.size() > etc.size() && name.ends_with(etc)) return etc.size();
  }
  return 0;
}

// Trailing 等 (and 等部门/等单位) is not part of the last unit's name; a prefix written once
// for a run is every name's.
void tidy_lists(std::vector<UnitListSegment>& lists, const ReaderLexicon& lexicon) {
  for (UnitListSegment& list : lists) {
    for (UnitEntry& e : list.entries) e.name.resize(e.name.size() - etc_tail(e.name, lexicon));
    std::erase_if(list.entries, [](const UnitEntry& e) { return e.name.empty(); });
    share_written_prefix(list.entries, lexicon);
  }
  std::erase_if(lists, [](const UnitListSegment& l) { return l.entries.empty(); });
}

// The assignment in the bracket closing the text (…(X牵头,Y配合), [牵头单位:X], (县发改局)).
std::optional<InlineAssignment> read_closing_bracket(std::u32string_view text, std::size_t begin,
                                                     const ReaderLexicon& lexicon) {
  const char32_t close = text.back();
  const char32_t open = close == U')' ? U'(' : close == U']' ? U'[' : close == U'】' ? U'【' : 0;
  if (open == 0) return std::nullopt;
  int depth = 0;
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
  InlineAssignment out;
  out.begin = at;
  out.lists = split_labelled(inside, 0, lexicon, &out.leaders);
  for (UnitListSegment& list : out.lists) {
    for (UnitEntry& e : list.entries) e.column += static_cast<std::uint32_t>(at + 1);
  }
  if (out.lists.empty()) out.lists = split_clauses(inside, at + 1, lexicon);
  // A bare list of units closing the paragraph: (县发改局), (县交通局(牵头)、县财政局).
  if (out.lists.empty() && looks_like_units(inside, lexicon)) {
    out.lists.push_back({ListRole::lead_first, split_unit_list(inside, static_cast<std::uint32_t>(at + 2), lexicon)});
    out.bare = true;
  }
  tidy_lists(out.lists, lexicon);
  if (out.lists.empty()) return std::nullopt;
  return out;
}

// Units after the task's last full stop, with no separator before them (a row glued into one
// line: 推进供水管网改造。已完成80%。县水利局): the first listed leads.
std::optional<InlineAssignment> read_trailing_units(std::u32string_view text, std::size_t begin,
                                                    const ReaderLexicon& lexicon) {
  const std::size_t stop = text.find_last_of(U"。;");
  if (stop == text.npos || stop <= begin) return std::nullopt;
  const std::u32string_view rest = trim(text.substr(stop + 1));
  // A cheap test first: most sentences do not end like a unit's name.
  if (rest.empty() || !ends_unit_name(rest, lexicon) || !looks_like_units(rest, lexicon)) return std::nullopt;
  InlineAssignment out;
  out.begin = stop + 1;
  out.bare = true;
  out.lists.push_back({ListRole::lead_first, split_unit_list(rest, static_cast<std::uint32_t>(stop + 2), lexicon)});
  tidy_lists(out.lists, lexicon);
  if (out.lists.empty()) return std::nullopt;
  return out;
}

}  // namespace

UnitListSegment read_unit_list(std::u32string_view text, ListRole role, const ReaderLexicon& lexicon) {
  std::vector<UnitListSegment> lists{{role, split_unit_list(text, 1, lexicon)}};
  tidy_lists(lists, lexicon);
  return lists.empty() ? UnitListSegment{role, {}} : std::move(lists.front());
}

std::vector<UnitListSegment> read_cell_lists(std::u32string_view text, ListRole role, const ReaderLexicon& lexicon) {
  std::vector<UnitListSegment> lists = read_labelled_lists(text, lexicon);
  if (!lists.empty()) return lists;
  // Clauses with verbs (X牵头,Y配合); beside them a clause without one (X牵头,Z) supports.
  const std::vector<Clause> clauses = find_clauses(text, lexicon);
  if (std::none_of(clauses.begin(), clauses.end(), [](const Clause& c) { return c.role || c.with != std::u32string_view::npos; })) {
    return {read_unit_list(text, role, lexicon)};
  }
  lists = clause_lists(text, clauses, 0, lexicon, ListRole::support);
  tidy_lists(lists, lexicon);
  return lists;
}

std::vector<RawMention> mentions_of(const std::vector<UnitListSegment>& lists, const LeadRule& rule) {
  auto any = [&](ListRole role) {
    return std::any_of(lists.begin(), lists.end(), [&](const UnitListSegment& l) { return l.role == role; });
  };
  // X(牵头) in a 责任单位 list: the marked units lead, the others support.
  const bool marked = std::any_of(lists.begin(), lists.end(), [](const UnitListSegment& l) {
    return std::any_of(l.entries.begin(), l.entries.end(), [](const UnitEntry& e) { return e.marked_lead; });
  });
  const bool lead_named = any(ListRole::lead) || marked;
  const bool shared = has_shared_lead(lists, rule);
  const bool all_lead = rule.rule == ResponsibleLead::all_listed || any(ListRole::support);
  // 列第一位者为牵头部门,其他部门按职责分工负责: a shared list's first unit leads, the others support.
  const bool first_of_shared = rule.line > 0 && rule.rule == ResponsibleLead::first_listed;
  bool first = !lead_named && !shared;
  std::vector<RawMention> out;
  for (const UnitListSegment& list : lists) {
    for (const UnitEntry& e : list.entries) {
      // Beside a named lead, the units 按职责分工负责 support it (X牵头,Y、Z等按职责分工负责).
      Role role = list.role == ListRole::lead || (list.role == ListRole::shared && !lead_named && !first_of_shared)
                      ? Role::lead
                      : Role::support;
      if ((list.role == ListRole::lead_first || (list.role == ListRole::shared && first_of_shared)) && first) {
        role = Role::lead;
      }
      if ((list.role == ListRole::lead_first && !all_lead) || (list.role == ListRole::shared && first_of_shared)) first = false;
      if (e.marked_lead) role = Role::lead;
      out.push_back(RawMention{e.name, e.alias, role, {e.line, e.column}});
    }
  }
  return out;
}

std::optional<LeadRule> stated_rule_at(std::u32string_view line, std::uint32_t number, const ReaderLexicon& lexicon) {
  if (!contains_word(line, lexicon.lead_mark_words)) return std::nullopt;
  std::u32string text;
  for (const char32_t c : line) {
    if (!is_space(c)) text += c;
  }
  const bool first = contains_word(text, lexicon.rule_first_words);
  // 责任单位即为牵头单位, 所列单位均为牵头单位, 都是牵头单位.
  const bool all = contains_word(text, lexicon.rule_all_words);
  if (all && !first) return LeadRule{ResponsibleLead::all_listed, number};
  if (first && contains_word(text, lexicon.rule_copulas)) return LeadRule{ResponsibleLead::first_listed, number};
  return std::nullopt;
}


TaskReading lead_basis(const std::vector<UnitListSegment>& lists, const LeadRule& rule) {
  const std::uint32_t rule_line = rule.line;
  TaskReading reading;
  std::size_t responsible = 0;
  for (const UnitListSegment& l : lists) {
    const bool marked = std::any_of(l.entries.begin(), l.entries.end(), [](const UnitEntry& e) { return e.marked_lead; });
    if (l.role == ListRole::lead || marked) {
      reading.basis = LeadBasis::named;
      return reading;
    }
    if (l.role == ListRole::lead_first || l.role == ListRole::shared) responsible += l.entries.size();
  }
  if (has_shared_lead(lists, rule)) {
    reading.basis = LeadBasis::shared;
  } else if (responsible > 0) {
    reading.basis = rule_line > 0 ? LeadBasis::stated_rule : LeadBasis::first_listed;
    reading.basis_line = rule_line;
    reading.guess = rule_line == 0 && responsible > 1;
  }
  return reading;
}

bool has_shared_lead(const std::vector<UnitListSegment>& lists, const LeadRule& rule) {
  if (rule.line > 0 && rule.rule == ResponsibleLead::first_listed) return false;
  std::size_t shared = 0;
  for (const UnitListSegment& l : lists) {
    if (l.role == ListRole::lead) return false;
    if (l.role == ListRole::shared) shared += l.entries.size();
  }
  return shared > 1;
}

std::vector<UnitListSegment> read_labelled_lists(std::u32string_view line, const ReaderLexicon& lexicon) {
  const std::size_t start = trimmed_range(line).first;
  const auto label = match_label(line, start, lexicon);
  if (!label || label->label.kind != LabelKind::units) return {};
  std::vector<UnitListSegment> lists = split_labelled(line, start, lexicon);
  tidy_lists(lists, lexicon);
  return lists;
}

bool is_deadline_line(std::u32string_view line, const ReaderLexicon& lexicon) {
  const auto label = match_label(line, trimmed_range(line).first, lexicon);
  return label && label->label.kind == LabelKind::deadline;
}

std::vector<std::u32string> split_leader_names(std::u32string_view names, const ReaderLexicon& lexicon) {
  // Split at 、 , ; 。 / outside brackets (张伟(县委常委、常务副县长)); a piece that is a title
  // only goes with the next (县委常委、常务副县长张三).
  std::vector<std::u32string> out;
  std::u32string pending;
  std::size_t from = 0;
  int depth = 0;
  for (std::size_t i = 0; i <= names.size(); ++i) {
    if (i < names.size() && closing_bracket(names[i]) != 0) ++depth;
    if (i < names.size() && is_closing_bracket(names[i]) && depth > 0) --depth;
    const bool cut = i == names.size() || (depth == 0 && std::u32string_view(U"、,;。/").find(names[i]) != std::u32string_view::npos);
    if (!cut) continue;
    const std::u32string piece = pending + std::u32string(trim(names.substr(from, i - from)));
    from = i + 1;
    if (piece.empty()) continue;
    if (split_leader_title(piece, lexicon).first.empty() && i < names.size()) {
      pending = piece + U"、";
      continue;
    }
    pending.clear();
    out.push_back(piece);
  }
  return out;
}

std::optional<std::vector<std::u32string>> read_leader_label(std::u32string_view line, const ReaderLexicon& lexicon) {
  const auto label = match_label(line, trimmed_range(line).first, lexicon);
  if (!label || label->label.kind != LabelKind::leader) return std::nullopt;
  return split_leader_names(line.substr(label->value), lexicon);
}

std::optional<InlineAssignment> read_inline_assignment(std::u32string_view line, const ReaderLexicon& lexicon) {
  InlineAssignment out;
  const auto [begin, end] = trimmed_range(line);
  std::u32string_view text = line.substr(0, end);
  while (!text.empty() && (text.back() == U'。' || text.back() == U';')) text.remove_suffix(1);
  for (const std::u32string& word : lexicon.prose_labels) {
    const std::size_t at = text.find(word);
    if (at == text.npos) continue;
    const std::size_t list = after_label(text, at, word);
    if (list == text.npos) continue;
    out.lists = split_clauses(text.substr(list), list, lexicon);
    out.begin = at;
    tidy_lists(out.lists, lexicon);
    if (!out.lists.empty()) return out;
  }
  // A labelled list inside the task's own line: `1.推进…。责任单位:A、B`; its label a word of its
  // own (市政府各部门: is a salutation, not 部门:).
  int depth = 0;
  for (std::size_t i = begin; i < text.size(); ++i) {
    if (depth == 0 && i > begin && !is_ideograph(text[i - 1])) {
      const auto label = match_label(text, i, lexicon);
      if (label && label->label.kind == LabelKind::units) {
        out.lists = split_labelled(text, i, lexicon, &out.leaders);
        out.begin = i;
        tidy_lists(out.lists, lexicon);
        if (!out.lists.empty()) return out;
      }
    }
    if (closing_bracket(text[i]) != 0) ++depth;
    if ((text[i] == U')' || text[i] == U']' || text[i] == U'】' || text[i] == U'〕') && depth > 0) --depth;
  }
  if (text.empty()) return std::nullopt;
  if (auto bracketed = read_closing_bracket(text, begin, lexicon)) return bracketed;
  return read_trailing_units(text, begin, lexicon);
}

std::optional<AgencyHeading> read_agency_heading(std::u32string_view line, const ReaderLexicon& lexicon) {
  const auto [begin, end] = trimmed_range(line);
  std::u32string_view text = line.substr(begin, end - begin);
  std::size_t offset = begin;
  if (const auto mark = parse_heading_mark(text)) {
    const std::size_t after = text.front() == U'(' ? text.find(U')') + 1 : text.find(U'、') + 1;
    offset += after;
    text = text.substr(after);
  }
  AgencyHeading heading;
  bool closed = false;
  if (text.ends_with(U":")) {
    text.remove_suffix(1);
    closed = true;
  }
  // (联系领导:周海涛副县长)
  if (!text.empty() && is_closing_bracket(text.back())) {
    const std::size_t open = find_open(text, text.size() - 1);
    if (open == text.npos) return std::nullopt;
    const std::u32string_view inner = text.substr(open + 1, text.size() - open - 2);
    const auto label = match_label(inner, 0, lexicon);
    if (!label || label->label.kind != LabelKind::leader) return std::nullopt;
    heading.leader = std::u32string(trim(inner.substr(label->value)));
    text = text.substr(0, open);
    closed = true;
  }
  text = trim(text);
  if (!closed || text.empty() || !looks_like_units(text, lexicon)) return std::nullopt;
  const std::vector<UnitEntry> entries = split_unit_list(text, 1, lexicon);
  if (entries.size() != 1 || is_group_name(entries.front().name, lexicon)) return std::nullopt;
  heading.name = entries.front().name;
  heading.column = offset + static_cast<std::size_t>(text.data() - line.substr(offset).data());
  return heading;
}

std::optional<Role> read_agency_role_line(std::u32string_view line, const ReaderLexicon& lexicon) {
  std::u32string_view text = trim(line);
  if (!text.ends_with(U":")) return std::nullopt;
  text = trim(text.substr(0, text.size() - 1));
  for (const std::u32string& kind : lexicon.agency_task_nouns) {
    if (!text.ends_with(kind) || text.size() == kind.size()) continue;
    const std::u32string_view role = text.substr(0, text.size() - kind.size());
    if (is_word(role, lexicon.label_lead_words)) return Role::lead;
    if (is_word(role, lexicon.label_support_words)) return Role::support;
  }
  return std::nullopt;
}

std::optional<AgencyMark> read_agency_mark(std::u32string_view text, const ReaderLexicon& lexicon) {
  text = trim(text);
  while (!text.empty() && (text.back() == U'。' || text.back() == U';')) text.remove_suffix(1);
  if (text.empty() || !is_closing_bracket(text.back())) return std::nullopt;
  const std::size_t open = find_open(text, text.size() - 1);
  if (open == text.npos) return std::nullopt;
  const std::u32string_view inner = trim(text.substr(open + 1, text.size() - open - 2));
  const std::size_t comma = std::min(inner.size(), inner.find_first_of(U",;"));
  const std::u32string_view first = trim(inner.substr(0, comma));
  AgencyMark mark;
  mark.begin = open;
  if (is_word(first, lexicon.lead_mark_words)) {
    mark.role = Role::lead;
  } else if (is_word(first, lexicon.support_mark_words)) {
    mark.role = Role::support;
  } else {
    return std::nullopt;
  }
  if (comma < inner.size()) {
    const std::size_t rest = static_cast<std::size_t>(inner.data() - text.data()) + comma + 1;
    mark.others = split_clauses(text.substr(rest, text.size() - 1 - rest), rest, lexicon, ListRole::support);
    tidy_lists(mark.others, lexicon);
  }
  return mark;
}

}  // namespace respnet
