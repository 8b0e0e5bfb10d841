#include "parse/zeren_reader.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "model/utf8.hpp"
#include "parse/assignment_text.hpp"
#include "parse/headings.hpp"
#include "parse/reporter.hpp"
#include "parse/task_ids.hpp"
#include "parse/unit_list.hpp"

namespace respnet {
namespace {

constexpr std::size_t k_max_task_digits = 6;
SourceLocation at(const TextLine& line, std::size_t offset) {
  return {line.number, static_cast<std::uint32_t>(offset + 1)};
}

class ZerenReader {
 public:
  ZerenReader(std::string_view source, const ReaderLexicon& lexicon, Diagnostics& diagnostics)
      : m_report{source, diagnostics}, m_lexicon(lexicon) {}

  RawDocument read(const std::vector<TextLine>& lines) {
    std::optional<LeadRule> first_rule;
    for (const TextLine& line : lines) {
      if (parse_leader_heading(line.folded, m_lexicon)) m_has_sections = true;
      if (!first_rule) first_rule = stated_rule_at(line.folded, line.number);
    }
    m_rule = first_rule.value_or(LeadRule{});
    m_first_task = first_task(lines);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (!read_note(lines, i)) read_line(lines, i);
      // After the line: it may have finished the task above, and it holds for its own task.
      if (const auto rule = stated_rule_at(lines[i].folded, lines[i].number)) m_rule = *rule;
    }
    finish_task();
    assign_task_ids(m_document.tasks, m_places, m_report);
    for (std::size_t t = 0; t < m_document.tasks.size(); ++t) {
      const RawTask& task = m_document.tasks[t];
      if (!m_unit_lines[t]) {
        m_report.warn(task.location, "task " + task.id + " has no 责任单位 line; it is kept with no units.");
      } else if (task.mentions.empty()) {
        m_report.warn(task.location, "the 责任单位 line of task " + task.id + " names no units.");
      }
    }
    return std::move(m_document);
  }

 private:
  // Progress reports quote each task with numbered notes below it (进展情况: 1.… 2.… or ①②):
  // the notes are read over. They start at a progress label, at a circled number, or at a
  // number that goes back (1. under task 5) with no assignment below it; they end at a section
  // heading or at a numbered line with an assignment of its own.
  bool read_note(const std::vector<TextLine>& lines, std::size_t i) {
    const std::u32string_view text = trim(lines[i].folded);
    const auto number = find_task_number(text);
    if (m_in_notes) {
      if (parse_leader_heading(text, m_lexicon) || (number && assignment_ahead(lines, i))) {
        m_in_notes = false;
        return false;
      }
      return true;
    }
    if (!m_task_open || text.empty()) return false;
    const bool circled = text.front() >= U'①' && text.front() <= U'⑳';
    // Only Arabic numbers go back: (二) after task 2 is a heading, not a note.
    const bool chinese = text[number ? number->offset : 0] == U'(' && number && !is_bracketed_digits(text, *number);
    const bool goes_back = number && !chinese && number->digits.size() <= k_max_task_digits &&
                           std::stoul(encode_utf8(number->digits)) <= m_last_number;
    m_in_notes = is_progress_label(text) ||
                 (task_has_units() && (circled || (goes_back && !assignment_ahead(lines, i))));
    return m_in_notes;
  }

  bool is_progress_label(std::u32string_view text) const {
    return std::any_of(m_lexicon.progress_labels.begin(), m_lexicon.progress_labels.end(), [&](const std::u32string& label) {
      if (!text.starts_with(label)) return false;
      const std::u32string_view rest = trim(text.substr(label.size()));
      return rest.empty() || rest.front() == U':';
    });
  }

  bool task_has_units() const {
    if (m_has_unit_line) return true;
    std::u32string folded = m_document.tasks.back().text;
    for (char32_t& c : folded) c = fold_width(c);
    return read_inline_assignment(folded, m_lexicon).has_value();
  }

  // True when the numbered line at i has an assignment: inline, or a unit or leader line below
  // it before the next numbered line, heading or progress label.
  bool assignment_ahead(const std::vector<TextLine>& lines, std::size_t i) const {
    const auto number = find_task_number(lines[i].folded);
    const bool point_style = is_bracketed_digits(lines[i].folded, *number);
    // The task's text so far: an inline assignment may close on a later line.
    std::u32string text(std::u32string_view(lines[i].folded).substr(number->text_offset));
    if (read_inline_assignment(text, m_lexicon)) return true;
    for (std::size_t k = i + 1; k < lines.size(); ++k) {
      const std::u32string_view line = lines[k].folded;
      // (1) points under a 1. task do not end it.
      const auto below = find_task_number(line);
      if (below && (point_style || !is_bracketed_digits(line, *below))) return false;
      if (parse_leader_heading(line, m_lexicon) || is_progress_label(trim(line))) return false;
      if (!read_labelled_lists(line, m_lexicon).empty() || read_leader_label(line, m_lexicon)) return true;
      text += trim(line);
      if (read_inline_assignment(text, m_lexicon)) return true;
    }
    return false;
  }

  // Without sections, the body starts at the first numbered line with an assignment (a covering
  // notice above may number its own paragraphs), or at the first numbered line when none has.
  std::size_t first_task(const std::vector<TextLine>& lines) const {
    std::optional<std::size_t> first;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (!find_task_number(lines[i].folded)) continue;
      if (assignment_ahead(lines, i)) return run_start(lines, i);
      if (!first) first = i;
    }
    return first.value_or(lines.size());
  }

  // The first assigned task is numbered k > 1: tasks k-1 … 1 above it (without units) belong to
  // the body too, when the numbers above run down to 1 without a gap.
  static std::size_t run_start(const std::vector<TextLine>& lines, std::size_t i) {
    auto value = [&](std::size_t line) {
      const auto number = find_task_number(lines[line].folded);
      return number && number->digits.size() <= k_max_task_digits ? std::stoul(encode_utf8(number->digits)) : 0UL;
    };
    unsigned long expected = value(i);
    if (expected <= 1) return i;
    for (std::size_t j = i; j-- > 0;) {
      if (!find_task_number(lines[j].folded)) continue;
      if (value(j) != --expected) return i;
      if (expected == 1) return j;
    }
    return i;
  }

  // A heading inside the body: 一、稳增长, or (一) with no assignment of its own above 1. tasks.
  bool is_category(const std::vector<TextLine>& lines, std::size_t i, const std::optional<TaskNumber>& number) const {
    const std::u32string_view text = lines[i].folded;
    if (number) {
      return text[number->offset] == U'(' && !is_bracketed_digits(text, *number) && !assignment_ahead(lines, i);
    }
    return parse_heading_mark(text).has_value();
  }

  // (1) under an open 1. task is a point of it, not a task.
  bool is_point(std::u32string_view text, const std::optional<TaskNumber>& number) const {
    return number && is_bracketed_digits(text, *number) && m_task_open && !m_points_are_tasks;
  }

  static bool is_bracketed_digits(std::u32string_view text, const TaskNumber& number) {
    return text[number.offset] == U'(' && text[number.offset + 1] >= U'0' && text[number.offset + 1] <= U'9';
  }

  void read_line(const std::vector<TextLine>& lines, std::size_t i) {
    const TextLine& line = lines[i];
    if (trim(line.folded).empty()) return;
    if (is_attachment_heading(line.folded)) {
      finish_task();
      ++m_part;
      m_headings = {0, 0};
      m_heading_changed = true;
      return;
    }
    if (auto heading = parse_leader_heading(line.folded, m_lexicon)) {
      open_section(line, *heading);
      // 一、县发改局(联系县领导:副县长 郑宏伟): a leader's section that is an agency's too.
      if (auto agency = read_agency_heading(line.folded, m_lexicon)) m_agency = Agency{agency->name, at(line, agency->column), Role::lead};
      return;
    }
    // 完成时限:… among a task's labelled lines: a deadline, no unit.
    if (m_task_open && is_deadline_line(line.folded, m_lexicon)) return;
    if (auto lists = read_labelled_lists(line.folded, m_lexicon); !lists.empty()) {
      read_unit_lists(line, std::move(lists));
      return;
    }
    if (auto leaders = read_leader_label(line.folded, m_lexicon); leaders && m_task_open) {
      set_task_leader(line, *leaders);
      return;
    }
    if (!m_list_continues) {
      if (auto agency = read_agency_heading(line.folded, m_lexicon)) {
        open_agency(line, *agency);
        return;
      }
    }
    if (const auto role = m_agency ? read_agency_role_line(line.folded, m_lexicon) : std::nullopt) {
      finish_task();
      m_agency->role = *role;
      return;
    }
    auto number = find_task_number(line.folded);
    // (2) after the task's units: a sub-item with units of its own, a task of its own.
    if (is_point(line.folded, number) && (m_has_unit_line || !m_lists.empty())) {
      finish_task();
      push_task(line, number->text_offset, number->offset, "");
      return;
    }
    if (is_point(line.folded, number)) number.reset();
    if (is_category(lines, i, number)) {
      finish_task();
      open_heading(line.folded, number);
      return;
    }
    if (!number && opens_unnumbered(line)) {
      m_in_body = true;
      open_unnumbered(line);
      return;
    }
    if (!m_in_body && (m_has_sections || !number || i < m_first_task)) return;
    m_in_body = true;
    if (number) {
      open_task(line, *number);
      return;
    }
    continue_task(line);
  }

  // 一、 opens a heading, (一) a heading under it; tasks below may number from 1 again.
  void open_heading(std::u32string_view text, const std::optional<TaskNumber>& number) {
    const std::uint32_t value = parse_heading_mark(text).value_or(0);
    m_headings = number ? std::array<std::uint32_t, 2>{m_headings[0], value} : std::array<std::uint32_t, 2>{value, 0};
    m_heading_changed = true;
  }

  void open_section(const TextLine& line, const SectionHeading& heading) {
    finish_task();
    m_agency.reset();
    m_in_body = true;
    // Without an ordinal (王五县长牵头重点工作) a section is numbered after the one above.
    const std::uint32_t number = heading.number > 0 ? heading.number : m_section + 1;
    if (m_section_leader && number != m_section + 1) {
      m_report.warn(at(line, 0), "section " + std::to_string(heading.number) + " follows section " +
                            std::to_string(m_section) + "; expected section " +
                            std::to_string(m_section + 1) + ".");
    }
    m_section = number;
    m_headings = {0, 0};
    m_heading_changed = true;
    if (heading.title.empty()) {
      m_report.warn(at(line, heading.name_offset),
           "no known title after the leader's name '" + encode_utf8(heading.name) +
               "'; the whole text is taken as the name.");
    }
    m_section_leader =
        m_document.add_leader(Leader{encode_utf8(heading.name), encode_utf8(heading.title), at(line, heading.name_offset)});
  }

  // 县发改局(联系领导:周海涛副县长): the tasks below are the agency's, under that leader.
  void open_agency(const TextLine& line, const AgencyHeading& agency) {
    finish_task();
    m_in_body = true;
    m_agency = Agency{agency.name, at(line, agency.column), Role::lead};
    ++m_section;  // an agency's part is a section of its own
    if (!agency.leader.empty()) {
      auto [name, title] = split_leader_title(agency.leader, m_lexicon);
      m_section_leader = m_document.add_leader(Leader{encode_utf8(name), encode_utf8(title), at(line, agency.column)});
    }
    m_headings = {m_headings[0] + 1, 0};
    m_heading_changed = true;
  }

  // Under an agency: its role on the task, from the task's mark ((牵头), (配合,X牵头)) or the
  // list it stands in (牵头任务:, 配合任务:), beside the units the task names itself.
  void add_agency(RawTask& task) {
    Role role = m_agency->role;
    if (auto mark = read_agency_mark(folded_text(task), m_lexicon)) {
      role = mark->role;
      take_text_lists(task, mark->others, mark->begin);
    } else if (m_lists.empty()) {
      read_inline(task);
    }
    UnitEntry entry{m_agency->name, {}, m_agency->at.column, m_agency->at.line};
    m_lists.insert(m_lists.begin(), UnitListSegment{role == Role::lead ? ListRole::lead : ListRole::support, {entry}});
  }

  void open_task(const TextLine& line, const TaskNumber& number) {
    finish_task();
    m_points_are_tasks = is_bracketed_digits(line.folded, number);
    if (number.digits.size() > k_max_task_digits) {
      m_report.error(at(line, number.offset), "task number '" + encode_utf8(number.digits) +
                                         "' is too large: expected at most " +
                                         std::to_string(k_max_task_digits) + " digits.");
      return;
    }
    const auto value = static_cast<std::uint32_t>(std::stoul(encode_utf8(number.digits)));
    // Numbering may restart at 1 under a new heading; a repeated number is an error later.
    if (value != m_last_number + 1 && value != m_last_number && !(value == 1 && m_heading_changed)) {
      m_report.warn(at(line, number.offset), "task number " + std::to_string(value) + " follows " +
                                                 std::to_string(m_last_number) + "; expected " +
                                                 std::to_string(m_last_number + 1) + ".");
    }
    m_heading_changed = false;
    m_last_number = value;
    push_task(line, number.text_offset, number.offset, encode_utf8(number.digits));
  }

  // A paragraph without a number that closes with its own assignment in words ((X牵头),
  // [牵头单位:X]), after a complete task or before any: a task of its own.
  bool opens_unnumbered(const TextLine& line) const {
    if (m_task_open && !m_has_unit_line && !task_has_units()) return false;
    const auto assignment = read_inline_assignment(line.folded, m_lexicon);
    return assignment && !assignment->bare && assignment->begin > trimmed_range(line.folded).first + 1;
  }

  void open_unnumbered(const TextLine& line) {
    finish_task();
    const std::size_t begin = trimmed_range(line.folded).first;
    push_task(line, begin, begin, "");
  }

  void push_task(const TextLine& line, std::size_t text_offset, std::size_t number_offset, std::string digits) {
    m_places.push_back({m_has_sections ? m_section : 0, {m_part, m_headings[0], m_headings[1]}, std::move(digits)});
    RawTask task;
    task.leader = m_section_leader;
    task.text = std::u32string(trim(std::u32string_view(line.original).substr(text_offset)));
    task.location = at(line, number_offset);
    m_document.tasks.push_back(std::move(task));
    m_task_open = true;
    m_has_unit_line = false;
    m_list_continues = false;
  }

  void read_unit_lists(const TextLine& line, std::vector<UnitListSegment> lists) {
    if (!m_task_open) {
      // A file that starts mid-document: the rest is read.
      m_report.warn(at(line, trimmed_range(line.folded).first),
                    "a 责任单位 line before any task is ignored: the document may start in the middle; "
                    "expected a numbered task (1. …) above it.");
      return;
    }
    m_has_unit_line = true;
    for (UnitListSegment& list : lists) {
      for (UnitEntry& e : list.entries) e.line = line.number;
      m_lists.push_back(std::move(list));
    }
    m_list_continues = list_goes_on(line);
  }

  // A list goes on below a line that ends in a separator.
  static bool list_goes_on(const TextLine& line) {
    const std::u32string_view rest = trim(line.folded);
    return !rest.empty() && (rest.back() == U'、' || rest.back() == U',');
  }

  // 责任单位:县发改局、县财 / 政局: a name broken over two lines, when the list's last name ends
  // like no unit and, joined with the line's first piece, like one.
  bool breaks_name(std::u32string_view line) const {
    if (m_lists.empty() || m_lists.back().entries.empty()) return false;
    const std::u32string& last = m_lists.back().entries.back().name;
    const std::size_t end = std::min(line.size(), line.find_first_of(U"、,;"));
    return !ends_unit_name(last, m_lexicon) && end <= 12 && line.find(U'。') == line.npos &&
           ends_unit_name(last + std::u32string(line.substr(0, end)), m_lexicon);
  }

  // 分管领导:X on a task: the task's leader, added to the document's leaders when new.
  void set_task_leader(const TextLine& line, const std::vector<std::u32string>& names) {
    if (names.empty()) return;
    auto [name, title] = split_leader_title(names.front(), m_lexicon);
    m_document.tasks.back().leader = m_document.add_leader(
        Leader{encode_utf8(name), encode_utf8(title), at(line, trimmed_range(line.folded).first)});
  }

  void continue_task(const TextLine& line) {
    const auto [begin, end] = trimmed_range(line.folded);
    // A task whose text ends with its assignment (…(X牵头,Y配合)) is complete.
    if (m_task_open && !m_has_unit_line && !task_has_units()) {
      m_document.tasks.back().text += line.original.substr(begin, end - begin);
    } else if (m_task_open && !m_lists.empty() &&
               (m_list_continues || breaks_name(std::u32string_view(line.folded).substr(begin, end - begin)))) {
      std::vector<UnitEntry>& entries = m_lists.back().entries;
      // A name broken over two lines (县财 / 政局), or inside its brackets (各县(市、 / 区)人民政府).
      const bool open_bracket = !entries.empty() && std::count(entries.back().name.begin(), entries.back().name.end(), U'(') >
                                                        std::count(entries.back().name.begin(), entries.back().name.end(), U')');
      const bool broken = !m_list_continues || open_bracket;
      // The same clean-up as the list's first line (a trailing 等 goes).
      for (UnitEntry& e : read_unit_list(std::u32string_view(line.folded).substr(begin), m_lists.back().role, m_lexicon).entries) {
        if (broken && e.column == 1) {
          entries.back().name += e.name;
          entries.back().alias = e.alias;
          continue;
        }
        e.line = line.number;
        e.column += static_cast<std::uint32_t>(begin);
        entries.push_back(std::move(e));
      }
      m_list_continues = list_goes_on(line);
    } else if (!stated_rule_at(line.folded, line.number)) {
      m_report.warn(at(line, begin), "this line is not part of any task and is ignored: expected a "
                            "numbered task, a 责任单位 line or a section heading.");
    }
  }

  void finish_task() {
    if (!m_task_open) return;
    m_task_open = false;
    RawTask& task = m_document.tasks.back();
    if (m_agency) add_agency(task);
    const bool by_name = !m_agency && m_lists.empty() && read_inline(task);
    task.mentions = mentions_of(m_lists, m_rule);
    task.shared_lead = has_shared_lead(m_lists, m_rule);
    task.reading = lead_basis(m_lists, m_rule);
    if (by_name) task.reading = {0, 0, LeadBasis::by_name, 0, true};
    m_unit_lines.push_back(m_has_unit_line || !m_lists.empty());
    m_lists.clear();
  }

  static std::u32string folded_text(const RawTask& task) {
    std::u32string folded = task.text;
    for (char32_t& c : folded) c = fold_width(c);
    return folded;
  }

  // Lists read in the task's own text: placed on the task's line, the text cut before them.
  void take_text_lists(RawTask& task, std::vector<UnitListSegment>& lists, std::size_t begin) {
    for (UnitListSegment& list : lists) {
      for (UnitEntry& e : list.entries) {
        e.line = task.location.line;
        e.column += task.location.column + 1;
      }
      m_lists.push_back(std::move(list));
    }
    task.text = std::u32string(trim(std::u32string_view(task.text).substr(0, begin)));
  }

  // An assignment at the end of the task's text: (X牵头,Y配合), [牵头单位:…], 部门分工:…; true
  // when its units were found by their names alone.
  bool read_inline(RawTask& task) {
    auto assignment = read_inline_assignment(folded_text(task), m_lexicon);
    if (!assignment) return false;
    take_text_lists(task, assignment->lists, assignment->begin);
    if (!assignment->leaders.empty()) {
      auto [name, title] = split_leader_title(assignment->leaders.front(), m_lexicon);
      task.leader = m_document.add_leader(Leader{encode_utf8(name), encode_utf8(title), task.location});
    }
    return assignment->bare;
  }

  Reporter m_report;
  const ReaderLexicon& m_lexicon;
  RawDocument m_document;
  std::vector<TaskPlace> m_places;  ///< of each task, for its id
  std::vector<bool> m_unit_lines;  ///< of each task: a unit line or an inline assignment was read
  std::array<std::uint32_t, 2> m_headings{0, 0};  ///< 一、 and (一) above the tasks in the section
  bool m_heading_changed = false;
  std::uint32_t m_part = 0;  ///< 附件1, 附件2: parts of the document, numbered apart
  std::uint32_t m_section = 0;
  std::optional<std::size_t> m_section_leader;  ///< the leader of the open section
  std::uint32_t m_last_number = 0;
  bool m_has_sections = false;
  bool m_in_body = false;
  bool m_in_notes = false;  ///< reading over a progress report's notes
  LeadRule m_rule;  ///< for 责任单位 lists, as the document states it
  std::size_t m_first_task = 0;  ///< without sections: the line where the body starts
  bool m_points_are_tasks = false;  ///< the open task is numbered (1): so are the next ones
  bool m_task_open = false;
  bool m_has_unit_line = false;
  bool m_list_continues = false;
  std::vector<UnitListSegment> m_lists;  ///< of the open task
  struct Agency {
    std::u32string name;
    SourceLocation at;
    Role role = Role::lead;  ///< of its tasks unless a task's mark says otherwise
  };
  std::optional<Agency> m_agency;  ///< a layout grouped by agency: the agency of the tasks below
};

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

// The lines with every glued task cut off onto a line of its own, at its own columns.
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

}  // namespace

RawDocument read_zeren(std::vector<TextLine> lines, std::string_view source_name, const ReaderLexicon& lexicon,
                       Diagnostics& diagnostics) {
  return ZerenReader(source_name, lexicon, diagnostics).read(unglue_tasks(std::move(lines), lexicon));
}

}  // namespace respnet
