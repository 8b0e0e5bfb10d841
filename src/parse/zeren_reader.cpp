#include "parse/zeren_reader.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "model/utf8.hpp"
#include "parse/glued_tasks.hpp"
#include "parse/line_tokens.hpp"
#include "parse/reporter.hpp"
#include "parse/task_ids.hpp"
#include "parse/unit_list.hpp"

namespace respnet {
namespace {

constexpr std::size_t k_max_task_digits = 6;
// A task's text runs to a few hundred characters: no assignment is looked for further below
// its number than this, which keeps a run of unnumbered lines linear however long it is.
constexpr std::size_t k_max_look_ahead = 4000;

SourceLocation at(const TextLine& line, std::size_t offset) {
  return {line.number, static_cast<std::uint32_t>(offset) + line.first_column};
}

bool is_bracketed_digits(std::u32string_view text, const TaskNumber& number) {
  return text[number.offset] == U'(' && text[number.offset + 1] >= U'0' && text[number.offset + 1] <= U'9';
}

std::u32string folded_text(std::u32string_view text) {
  std::u32string folded(text);
  for (char32_t& c : folded) c = fold_width(c);
  return folded;
}

// The lines and their tokens: the grammar reads tokens, and looks ahead over tokens only.
struct Tokens {
  const std::vector<TextLine>& lines;
  std::vector<LineToken> tokens;
  const ReaderLexicon& lexicon;

  // True when the numbered line at i has an assignment: inline, or a unit or leader line below
  // it before the next numbered line, section or progress label.
  bool assignment_ahead(std::size_t i) const {
    const TaskNumber& number = *tokens[i].number;
    const bool point_style = is_bracketed_digits(lines[i].folded, number);
    // The task's text so far: an inline assignment may close on a later line.
    std::u32string text(std::u32string_view(lines[i].folded).substr(number.text_offset));
    if (read_inline_assignment(text, lexicon)) return true;
    for (std::size_t k = i + 1; k < lines.size() && text.size() < k_max_look_ahead; ++k) {
      const LineToken& below = tokens[k];
      if (below.kind == LineKind::blank) continue;
      // (1) points under a 1. task do not end it.
      if (below.number && (point_style || !is_bracketed_digits(lines[k].folded, *below.number))) return false;
      if (below.kind == LineKind::section || below.progress_label) return false;
      if (below.kind == LineKind::unit_lists || below.kind == LineKind::leader_label) return true;
      text += trim(lines[k].folded);
      if (read_inline_assignment(text, lexicon)) return true;
    }
    return false;
  }

  // Without sections, the body starts at the first numbered line with an assignment (a covering
  // notice above may number its own paragraphs), or at the first numbered line when none has.
  std::size_t first_task() const {
    std::optional<std::size_t> first;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (!tokens[i].number) continue;
      if (assignment_ahead(i)) return run_start(i);
      if (!first) first = i;
    }
    return first.value_or(lines.size());
  }

  // The value of the task number at line i, 0 when it has none or too many digits.
  unsigned long number_at(std::size_t i) const {
    const auto& number = tokens[i].number;
    return number && number->digits.size() <= k_max_task_digits ? std::stoul(encode_utf8(number->digits)) : 0UL;
  }

  // The first assigned task is numbered k > 1: tasks k-1 … 1 above it (without units) belong to
  // the body too, when the numbers above run down to 1 without a gap.
  std::size_t run_start(std::size_t i) const {
    unsigned long expected = number_at(i);
    if (expected <= 1) return i;
    for (std::size_t j = i; j-- > 0;) {
      if (!tokens[j].number) continue;
      if (number_at(j) != --expected) return i;
      if (expected == 1) return j;
    }
    return i;
  }
};

// What holds for the whole document, known before the grammar starts.
struct Layout {
  bool has_sections = false;
  std::size_t first_task = 0;  ///< without sections: the line where the body starts
  LeadRule first_rule;         ///< holds above the first statement of a rule
};

Layout layout_of(const Tokens& tokens) {
  Layout layout;
  std::optional<LeadRule> first_rule;
  for (const LineToken& token : tokens.tokens) {
    if (token.kind == LineKind::section) layout.has_sections = true;
    if (!first_rule) first_rule = token.rule;
  }
  layout.first_rule = first_rule.value_or(LeadRule{});
  layout.first_task = tokens.first_task();
  return layout;
}

// Where the reader stands in the document: its parts, sections, headings and numbering.
struct Place {
  std::uint32_t part = 0;  ///< 附件1, 附件2: parts of the document, numbered apart
  std::uint32_t section = 0;
  std::optional<std::size_t> leader;             ///< the leader of the open section
  std::array<std::uint32_t, 2> headings{0, 0};  ///< 一、 and (一) above the tasks in the section
  bool heading_changed = false;
  std::uint32_t last_number = 0;
  bool points_are_tasks = false;  ///< the last task is numbered (1): so are the next ones
  struct Agency {
    std::u32string name;
    SourceLocation at;
    Role role = Role::lead;  ///< of its tasks unless a task's mark says otherwise
  };
  std::optional<Agency> agency;  ///< a layout grouped by agency: the agency of the tasks below
};

// The task being read, until the next one opens.
struct OpenTask {
  /// Where the pieces of its text were read: (offset in the text, location of that character).
  std::vector<std::pair<std::size_t, SourceLocation>> pieces;
  std::vector<UnitListSegment> lists;
  bool has_unit_line = false;
  bool list_continues = false;  ///< its last unit line ends in a separator
  bool closed = false;          ///< its text ends with its own assignment (…(X牵头,Y配合))
  bool has_units() const { return has_unit_line || closed; }
};

// What has been read: the document, and of each task its place and whether units were named.
struct Reading {
  RawDocument document;
  std::vector<TaskPlace> places;
  std::vector<bool> unit_lines;
};

// preamble: above the body (a covering notice); body: sections and tasks; notes: a progress
// report's notes on the task above, read over.
enum class Mode : std::uint8_t { preamble, body, notes };

// The grammar of the line layout: a state machine over the lines' tokens.
class ZerenReader {
 public:
  ZerenReader(Tokens& input, const Reporter& report)
      : m_input(input), m_layout(layout_of(input)), m_report(report), m_rule(m_layout.first_rule) {}

  RawDocument read() {
    for (std::size_t i = 0; i < m_input.lines.size(); ++i) {
      if (!read_note(i)) read_line(i);
      // After the line: it may have finished the task above, and it holds for its own task.
      if (const auto& rule = m_input.tokens[i].rule) m_rule = *rule;
    }
    finish_task();
    assign_task_ids(m_out.document.tasks, m_out.places, m_report);
    for (std::size_t t = 0; t < m_out.document.tasks.size(); ++t) {
      const RawTask& task = m_out.document.tasks[t];
      if (!m_out.unit_lines[t]) {
        m_report.warn(task.location, "task " + task.id + " has no 责任单位 line; it is kept with no units.");
      } else if (task.mentions.empty()) {
        m_report.warn(task.location, "the 责任单位 line of task " + task.id + " names no units.");
      }
    }
    return std::move(m_out.document);
  }

 private:
  const ReaderLexicon& lexicon() const { return m_input.lexicon; }

  // Progress reports quote each task with numbered notes below it (进展情况: 1.… 2.… or ①②):
  // the notes are read over. They start at a progress label, at a circled number, or at a
  // number that goes back (1. under task 5) with no assignment below it; they end at a section,
  // an attachment or a numbered line with an assignment of its own.
  bool read_note(std::size_t i) {
    const LineToken& token = m_input.tokens[i];
    if (m_mode == Mode::notes) {
      const bool ends = token.kind == LineKind::section || token.kind == LineKind::attachment ||
                        (token.number && m_input.assignment_ahead(i));
      if (ends) m_mode = Mode::body;
      return !ends;
    }
    if (!m_task || token.kind == LineKind::blank) return false;
    const std::u32string_view text = m_input.lines[i].folded;
    const auto& number = token.number;
    // Only Arabic numbers go back: (二) after task 2 is a heading, not a note.
    const bool chinese = number && text[number->offset] == U'(' && !is_bracketed_digits(text, *number);
    const bool goes_back = number && !chinese && m_input.number_at(i) != 0 && m_input.number_at(i) <= m_place.last_number;
    if (token.progress_label ||
        (m_task->has_units() && (token.circled || (goes_back && !m_input.assignment_ahead(i))))) {
      m_mode = Mode::notes;
    }
    return m_mode == Mode::notes;
  }

  void read_line(std::size_t i) {
    const LineToken& token = m_input.tokens[i];
    const TextLine& line = m_input.lines[i];
    switch (token.kind) {
      case LineKind::blank: return;
      case LineKind::attachment: return open_part();
      case LineKind::section: return open_section(line, token);
      // Moved out: the look-ahead asks a token for its kind only, and the lists are most of a
      // large document's tokens.
      case LineKind::unit_lists: return read_unit_lists(line, std::move(m_input.tokens[i].lists()));
      // 完成时限:… among a task's labelled lines: a deadline, no unit.
      case LineKind::deadline:
        if (m_task) return;
        break;
      case LineKind::leader_label:
        if (m_task) return set_task_leader(line, token.leaders());
        break;
      case LineKind::agency:
        if (!m_task || !m_task->list_continues) return open_agency(line, token.agency());
        break;
      case LineKind::agency_role:
        if (m_place.agency) {
          finish_task();
          m_place.agency->role = token.role();
          return;
        }
        break;
      case LineKind::text: break;
    }
    read_text(i);
  }

  // A line of text: a task's number, a heading, or the continuation of what is open.
  void read_text(std::size_t i) {
    const TextLine& line = m_input.lines[i];
    auto number = m_input.tokens[i].number;
    // (2) after the task's units: a sub-item with units of its own, a task of its own.
    if (is_point(line.folded, number) && (m_task->has_unit_line || !m_task->lists.empty())) {
      finish_task();
      push_task(line, number->text_offset, number->offset, "");
      return;
    }
    if (is_point(line.folded, number)) number.reset();
    if (is_category(i, number)) {
      finish_task();
      open_heading(line.folded, number);
      return;
    }
    if (!number && opens_unnumbered(line)) {
      m_mode = Mode::body;
      finish_task();
      const std::size_t begin = trimmed_range(line.folded).first;
      push_task(line, begin, begin, "");
      return;
    }
    if (m_mode == Mode::preamble && (m_layout.has_sections || !number || i < m_layout.first_task)) return;
    m_mode = Mode::body;
    if (number) return open_task(line, *number);
    continue_task(i);
  }

  // A heading inside the body: 一、稳增长, or (一) with no assignment of its own above 1. tasks.
  bool is_category(std::size_t i, const std::optional<TaskNumber>& number) const {
    const std::u32string_view text = m_input.lines[i].folded;
    if (number) {
      return text[number->offset] == U'(' && !is_bracketed_digits(text, *number) && !m_input.assignment_ahead(i);
    }
    return parse_heading_mark(text).has_value();
  }

  // (1) under an open 1. task is a point of it, not a task.
  bool is_point(std::u32string_view text, const std::optional<TaskNumber>& number) const {
    return number && is_bracketed_digits(text, *number) && m_task && !m_place.points_are_tasks;
  }

  void open_part() {
    finish_task();
    ++m_place.part;
    m_place.headings = {0, 0};
    m_place.heading_changed = true;
  }

  // 一、 opens a heading, (一) a heading under it; tasks below may number from 1 again.
  void open_heading(std::u32string_view text, const std::optional<TaskNumber>& number) {
    const std::uint32_t value = parse_heading_mark(text).value_or(0);
    m_place.headings = number ? std::array<std::uint32_t, 2>{m_place.headings[0], value}
                              : std::array<std::uint32_t, 2>{value, 0};
    m_place.heading_changed = true;
  }

  void open_section(const TextLine& line, const LineToken& token) {
    const SectionHeading& heading = token.section().heading;
    finish_task();
    m_place.agency.reset();
    m_mode = Mode::body;
    // Without an ordinal (王五县长牵头重点工作) a section is numbered after the one above.
    const std::uint32_t number = heading.number > 0 ? heading.number : m_place.section + 1;
    if (m_place.leader && number != m_place.section + 1) {
      m_report.warn(at(line, 0), "section " + std::to_string(heading.number) + " follows section " +
                                     std::to_string(m_place.section) + "; expected section " +
                                     std::to_string(m_place.section + 1) + ".");
    }
    m_place.section = number;
    m_place.headings = {0, 0};
    m_place.heading_changed = true;
    if (heading.title.empty()) {
      m_report.warn(at(line, heading.name_offset), "no known title after the leader's name '" +
                                                       encode_utf8(heading.name) +
                                                       "'; the whole text is taken as the name.");
    }
    m_place.leader = m_out.document.add_leader(
        Leader{encode_utf8(heading.name), encode_utf8(heading.title), at(line, heading.name_offset)});
    if (const auto& agency = token.section().agency) m_place.agency = Place::Agency{agency->name, at(line, agency->column), Role::lead};
  }

  // 县发改局(联系领导:周海涛副县长): the tasks below are the agency's, under that leader.
  void open_agency(const TextLine& line, const AgencyHeading& agency) {
    finish_task();
    m_mode = Mode::body;
    m_place.agency = Place::Agency{agency.name, at(line, agency.column), Role::lead};
    ++m_place.section;  // an agency's part is a section of its own
    if (!agency.leader.empty()) {
      auto [name, title] = split_leader_title(agency.leader, lexicon());
      m_place.leader = m_out.document.add_leader(Leader{encode_utf8(name), encode_utf8(title), at(line, agency.column)});
    }
    m_place.headings = {m_place.headings[0] + 1, 0};
    m_place.heading_changed = true;
  }

  void open_task(const TextLine& line, const TaskNumber& number) {
    finish_task();
    m_place.points_are_tasks = is_bracketed_digits(line.folded, number);
    if (number.digits.size() > k_max_task_digits) {
      m_report.error(at(line, number.offset), "task number '" + encode_utf8(number.digits) +
                                                  "' is too large: expected at most " +
                                                  std::to_string(k_max_task_digits) + " digits.");
      return;
    }
    const auto value = static_cast<std::uint32_t>(std::stoul(encode_utf8(number.digits)));
    // Numbering may restart at 1 under a new heading; a repeated number is an error later.
    const std::uint32_t last = m_place.last_number;
    if (value != last + 1 && value != last && !(value == 1 && m_place.heading_changed)) {
      m_report.warn(at(line, number.offset), "task number " + std::to_string(value) + " follows " +
                                                 std::to_string(last) + "; expected " + std::to_string(last + 1) +
                                                 ".");
    }
    m_place.heading_changed = false;
    m_place.last_number = value;
    push_task(line, number.text_offset, number.offset, encode_utf8(number.digits));
  }

  // A paragraph without a number that closes with its own assignment in words ((X牵头),
  // [牵头单位:X]), after a complete task or before any: a task of its own.
  bool opens_unnumbered(const TextLine& line) const {
    if (m_task && !m_task->has_units()) return false;
    const auto assignment = read_inline_assignment(line.folded, lexicon());
    return assignment && !assignment->bare && assignment->begin > trimmed_range(line.folded).first + 1;
  }

  void push_task(const TextLine& line, std::size_t text_offset, std::size_t number_offset, std::string digits) {
    const std::array<std::uint32_t, 2>& headings = m_place.headings;
    m_out.places.push_back(
        {m_layout.has_sections ? m_place.section : 0, {m_place.part, headings[0], headings[1]}, std::move(digits)});
    RawTask task;
    task.leader = m_place.leader;
    task.text = std::u32string(trim(std::u32string_view(line.original).substr(text_offset)));
    task.location = at(line, number_offset);
    m_task = OpenTask{};
    m_task->pieces.emplace_back(0, at(line, text_offset));
    m_task->closed = read_inline_assignment(folded_text(task.text), lexicon()).has_value();
    m_out.document.tasks.push_back(std::move(task));
  }

  void read_unit_lists(const TextLine& line, std::vector<UnitListSegment> lists) {
    if (!m_task) {
      // A file that starts mid-document: the rest is read.
      m_report.warn(at(line, trimmed_range(line.folded).first),
                    "a 责任单位 line before any task is ignored: the document may start in the middle; "
                    "expected a numbered task (1. …) above it.");
      return;
    }
    m_task->has_unit_line = true;
    for (UnitListSegment& list : lists) {
      for (UnitEntry& e : list.entries) {
        e.line = line.number;
        e.column += line.first_column - 1;
      }
      m_task->lists.push_back(std::move(list));
    }
    m_task->list_continues = list_goes_on(line);
  }

  // A list goes on below a line that ends in a separator.
  static bool list_goes_on(const TextLine& line) {
    const std::u32string_view rest = trim(line.folded);
    return !rest.empty() && (rest.back() == U'、' || rest.back() == U',');
  }

  // 责任单位:县发改局、县财 / 政局: a name broken over two lines, when the list's last name ends
  // like no unit and, joined with the line's first piece, like one.
  bool breaks_name(std::u32string_view line) const {
    if (m_task->lists.empty() || m_task->lists.back().entries.empty()) return false;
    const std::u32string& last = m_task->lists.back().entries.back().name;
    const std::size_t end = std::min(line.size(), line.find_first_of(U"、,;"));
    return !ends_unit_name(last, lexicon()) && end <= 12 && line.find(U'。') == line.npos &&
           ends_unit_name(last + std::u32string(line.substr(0, end)), lexicon());
  }

  // 分管领导:X on a task: the task's leader, added to the document's leaders when new.
  void set_task_leader(const TextLine& line, const std::vector<std::u32string>& names) {
    if (names.empty()) return;
    auto [name, title] = split_leader_title(names.front(), lexicon());
    m_out.document.tasks.back().leader = m_out.document.add_leader(
        Leader{encode_utf8(name), encode_utf8(title), at(line, trimmed_range(line.folded).first)});
  }

  void continue_task(std::size_t i) {
    const TextLine& line = m_input.lines[i];
    const auto [begin, end] = trimmed_range(line.folded);
    const std::u32string_view rest = std::u32string_view(line.folded).substr(begin, end - begin);
    // A task whose text ends with its assignment (…(X牵头,Y配合)) is complete.
    if (m_task && !m_task->has_units()) {
      RawTask& task = m_out.document.tasks.back();
      m_task->pieces.emplace_back(task.text.size(), at(line, begin));
      task.text += line.original.substr(begin, end - begin);
      m_task->closed = read_inline_assignment(folded_text(task.text), lexicon()).has_value();
    } else if (m_task && !m_task->lists.empty() && (m_task->list_continues || breaks_name(rest))) {
      continue_list(line, begin);
    } else if (!m_input.tokens[i].rule) {
      m_report.warn(at(line, begin), "this line is not part of any task and is ignored: expected a "
                                     "numbered task, a 责任单位 line or a section heading.");
    }
  }

  // A unit list that goes on from the line above, from line[begin].
  void continue_list(const TextLine& line, std::size_t begin) {
    std::vector<UnitEntry>& entries = m_task->lists.back().entries;
    // A name broken over two lines (县财 / 政局), or inside its brackets (各县(市、 / 区)人民政府).
    const bool open_bracket = !entries.empty() && std::count(entries.back().name.begin(), entries.back().name.end(), U'(') >
                                                      std::count(entries.back().name.begin(), entries.back().name.end(), U')');
    const bool broken = !m_task->list_continues || open_bracket;
    // The same clean-up as the list's first line (a trailing 等 goes).
    const std::u32string_view rest = std::u32string_view(line.folded).substr(begin);
    for (UnitEntry& e : read_unit_list(rest, m_task->lists.back().role, lexicon()).entries) {
      if (broken && e.column == 1) {
        entries.back().name += e.name;
        entries.back().alias = e.alias;
        continue;
      }
      e.line = line.number;
      e.column += static_cast<std::uint32_t>(begin) + line.first_column - 1;
      entries.push_back(std::move(e));
    }
    m_task->list_continues = list_goes_on(line);
  }

  void finish_task() {
    if (!m_task) return;
    RawTask& task = m_out.document.tasks.back();
    if (m_place.agency) add_agency(task);
    const bool by_name = !m_place.agency && m_task->lists.empty() && read_inline(task);
    task.mentions = mentions_of(m_task->lists, m_rule);
    task.shared_lead = has_shared_lead(m_task->lists, m_rule);
    task.reading = lead_basis(m_task->lists, m_rule);
    if (by_name) task.reading = {0, 0, LeadBasis::by_name, 0, true};
    m_out.unit_lines.push_back(m_task->has_unit_line || !m_task->lists.empty());
    m_task.reset();
  }

  // Under an agency: its role on the task, from the task's mark ((牵头), (配合,X牵头)) or the
  // list it stands in (牵头任务:, 配合任务:), beside the units the task names itself.
  void add_agency(RawTask& task) {
    Role role = m_place.agency->role;
    if (auto mark = read_agency_mark(folded_text(task.text), lexicon())) {
      role = mark->role;
      take_text_lists(task, mark->others, mark->begin);
    } else if (m_task->lists.empty()) {
      read_inline(task);
    }
    const Place::Agency& agency = *m_place.agency;
    UnitEntry entry{agency.name, {}, agency.at.column, agency.at.line};
    m_task->lists.insert(m_task->lists.begin(),
                         UnitListSegment{role == Role::lead ? ListRole::lead : ListRole::support, {entry}});
  }

  // Lists read in the task's own text, placed where their names were read; the text is cut
  // before them.
  void take_text_lists(RawTask& task, std::vector<UnitListSegment>& lists, std::size_t begin) {
    const auto& pieces = m_task->pieces;
    for (UnitListSegment& list : lists) {
      for (UnitEntry& e : list.entries) {
        const std::size_t offset = e.column - 1;
        const auto piece = std::prev(std::upper_bound(pieces.begin(), pieces.end(), offset,
                                                      [](std::size_t o, const auto& p) { return o < p.first; }));
        e.line = piece->second.line;
        e.column = piece->second.column + static_cast<std::uint32_t>(offset - piece->first);
      }
      m_task->lists.push_back(std::move(list));
    }
    task.text = std::u32string(trim(std::u32string_view(task.text).substr(0, begin)));
  }

  // An assignment at the end of the task's text: (X牵头,Y配合), [牵头单位:…], 部门分工:…; true
  // when its units were found by their names alone.
  bool read_inline(RawTask& task) {
    auto assignment = read_inline_assignment(folded_text(task.text), lexicon());
    if (!assignment) return false;
    take_text_lists(task, assignment->lists, assignment->begin);
    if (!assignment->leaders.empty()) {
      auto [name, title] = split_leader_title(assignment->leaders.front(), lexicon());
      task.leader = m_out.document.add_leader(Leader{encode_utf8(name), encode_utf8(title), task.location});
    }
    return assignment->bare;
  }

  Tokens& m_input;
  const Layout m_layout;
  const Reporter m_report;
  // The state: what was read, where the reader stands, its mode, the open task, the lead rule.
  Reading m_out;
  Place m_place;
  Mode m_mode = Mode::preamble;
  std::optional<OpenTask> m_task;
  LeadRule m_rule;  ///< for 责任单位 lists, as the document states it
};

}  // namespace

RawDocument read_zeren(std::vector<TextLine> lines, std::string_view source_name, const ReaderLexicon& lexicon,
                       Diagnostics& diagnostics) {
  const std::vector<TextLine> cut = unglue_tasks(std::move(lines), lexicon);
  Tokens input{cut, {}, lexicon};
  input.tokens.reserve(cut.size());
  for (const TextLine& line : cut) input.tokens.push_back(classify_line(line, lexicon));
  return ZerenReader(input, Reporter{source_name, diagnostics}).read();
}

}  // namespace respnet
