#include "parse/table_reader.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "model/utf8.hpp"
#include "parse/assignment_text.hpp"
#include "parse/headings.hpp"
#include "parse/reporter.hpp"
#include "parse/table_header.hpp"
#include "parse/task_ids.hpp"
#include "parse/unit_list.hpp"

namespace respnet {
namespace {

bool is_terminal(char32_t c) { return c == U'。' || c == U';' || c == U'!' || c == U'?'; }

// Text gathered from cells, perhaps from several rows, with the source place of each character.
struct LocatedText {
  std::u32string original;
  std::u32string folded;
  std::vector<SourceLocation> at;

  bool empty() const { return trim(folded).empty(); }

  // Appends a cell; its lines (and the text already here) join directly, or with 、 between
  // two unit names when `units` (市发改委 / 市财政局), as a cell broken over lines needs; never
  // before a bracket (市财政局 / (市国资委) is one name).
  void append(const TableCell& cell, bool units, const ReaderLexicon& lexicon) {
    SourceLocation where = cell.location;
    std::size_t piece = 0;
    for (std::size_t i = 0; i <= cell.original.size(); ++i) {
      if (i < cell.original.size() && cell.original[i] != U'\n') continue;
      add_piece(cell, piece, i, where, units, lexicon);
      where = {where.line + 1, 1};
      piece = i + 1;
    }
  }

 private:
  void add_piece(const TableCell& cell, std::size_t begin, std::size_t end, SourceLocation where, bool units,
                 const ReaderLexicon& lexicon) {
    const auto [b, e] = trimmed_range(std::u32string_view(cell.folded).substr(begin, end - begin));
    if (b == e) return;
    const std::u32string_view before = trim(folded);
    if (units && !before.empty() && !is_separator(before.back()) && closing_bracket(cell.folded[begin + b]) == 0 &&
        ends_unit_name(before, lexicon)) {
      push(U'、', U'、', at.empty() ? where : at.back());
    }
    for (std::size_t i = begin + b; i < begin + e; ++i) {
      const SourceLocation here =
          cell.at.empty() ? SourceLocation{where.line, where.column + static_cast<std::uint32_t>(i - begin)} : cell.at[i];
      push(cell.original[i], cell.folded[i], here);
    }
  }

  void push(char32_t original_char, char32_t folded_char, SourceLocation where) {
    original += original_char;
    folded += folded_char;
    at.push_back(where);
  }
};

struct PendingTask {
  std::uint32_t category = 0;
  std::u32string number;
  SourceLocation location;
  std::vector<LocatedText> columns;
  bool own_units = false;  ///< a unit cell of the task's own rows is filled (not inherited)
  std::uint32_t inherited_from = 0;  ///< the line of the task whose lead cell spans this row
};

std::u32string number_text(std::u32string_view folded) {
  std::u32string_view text = trim(folded);
  while (!text.empty() && (text.back() == U'.' || text.back() == U'、')) text.remove_suffix(1);
  if (text.size() > 2 && text.front() == U'(' && text.back() == U')') text = text.substr(1, text.size() - 2);
  if (const auto value = parse_chinese_numeral(text)) {
    const std::string digits = std::to_string(*value);
    return {digits.begin(), digits.end()};
  }
  return std::u32string(text);
}

class TableReader {
 public:
  TableReader(std::string_view source, const ReaderLexicon& lexicon, Diagnostics& diagnostics)
      : m_report{source, diagnostics}, m_lexicon(lexicon) {}

  RawDocument read(const SourceText& source) {
    std::optional<LeadRule> first_rule;
    for (const SourceLine& line : source) {
      if (!first_rule) first_rule = stated_rule_at(line.text.folded, line.text.number, m_lexicon);
    }
    m_rule = first_rule.value_or(LeadRule{});
    for (const SourceLine& line : source) {
      if (!line.is_row()) {
        read_heading(line.text.folded, {line.text.number, 1});
      } else if (auto columns = read_header(line.cells, m_lexicon)) {
        finish();
        m_place.columns = std::move(*columns);
        m_rows.last.reset();
      } else if (!read_heading_row(line) && !m_place.columns.empty()) {
        read_row(line);
      }
      // A rule holds for the row that states it and the rows below; a line of text between
      // rows closes the task above first.
      if (const auto rule = stated_rule_at(line.text.folded, line.text.number, m_lexicon)) {
        if (!line.is_row()) finish();
        m_rule = *rule;
      }
    }
    finish();
    assign_ids();
    return std::move(m_out.document);
  }

 private:
  void read_heading(std::u32string_view text, SourceLocation where) {
    if (auto heading = parse_leader_heading(text, m_lexicon)) {
      finish();
      m_place.section_leader =
          m_out.document.add_leader(Leader{encode_utf8(heading->name),
                                       encode_utf8(heading->title),
                                       {where.line, where.column + static_cast<std::uint32_t>(heading->name_offset)}});
      ++m_place.category;
      m_rows.last.reset();
    } else if (parse_heading_mark(text)) {
      finish();
      ++m_place.category;
      m_rows.last.reset();
    }
  }

  // A row whose filled cells all hold one heading (一、稳增长), perhaps merged across columns.
  bool read_heading_row(const SourceLine& line) {
    const TableCell* heading = nullptr;
    for (const TableCell& cell : line.cells) {
      if (trim(cell.folded).empty()) continue;
      if (heading != nullptr && trim(cell.folded) != trim(heading->folded)) return false;
      heading = &cell;
    }
    if (heading == nullptr) return true;
    const std::u32string_view text = trim(heading->folded);
    if (!parse_heading_mark(text) && !parse_leader_heading(text, m_lexicon)) return false;
    read_heading(heading->folded, heading->location);
    return true;
  }

  const TableCell* cell(const SourceLine& line, Column column) const {
    for (std::size_t k = 0; k < m_place.columns.size() && k < line.cells.size(); ++k) {
      if (m_place.columns[k] == column) return &line.cells[k];
    }
    return nullptr;
  }

  static bool filled(const TableCell* c) { return c != nullptr && !c->spanned && !trim(c->folded).empty(); }

  std::size_t index_of(Column column) const {
    return static_cast<std::size_t>(std::find(m_place.columns.begin(), m_place.columns.end(), column) - m_place.columns.begin());
  }

  // A flattened row without 序号 that goes on with the row above: a unit cell of the row above
  // stops after a separator or in the middle of a name (工业和信 / 息化部); or its task stops
  // mid-sentence (not after 。;!?) while this row names no lead of its own.
  bool goes_on(const SourceLine& line) const {
    if (!line.flattened || filled(cell(line, Column::number))) return false;
    bool open_list = false;
    for (std::size_t k = 0; k < m_place.columns.size(); ++k) {
      const std::u32string_view text = trim(m_rows.pending->columns[k].folded);
      const bool units = holds_units(m_place.columns[k]);
      if (units && !text.empty() && (is_separator(text.back()) || !ends_unit_name(text, m_lexicon))) open_list = true;
    }
    const std::u32string_view task = trim(m_rows.pending->columns[index_of(Column::task)].folded);
    return open_list || (!task.empty() && !is_terminal(task.back()) && !filled(cell(line, Column::lead)));
  }

  void read_row(const SourceLine& line) {
    if (m_rows.pending && (!filled(cell(line, Column::task)) || goes_on(line))) {
      add_cells(line);
      return;
    }
    finish();
    m_rows.pending = PendingTask{m_place.category, {}, line.cells.front().location, std::vector<LocatedText>(m_place.columns.size())};
    if (const TableCell* number = cell(line, Column::number); filled(number)) {
      m_rows.pending->number = number_text(number->folded);
      m_rows.pending->location = number->location;
    } else if (const TableCell* task = cell(line, Column::task); filled(task)) {
      m_rows.pending->location = task->location;
    }
    add_cells(line);
    // A lead (or leader) cell spanning rows: the rows below leave theirs empty.
    if (line.complete) return;
    const bool lead_column = index_of(Column::lead) < m_place.columns.size();
    for (const Column inherited : {lead_column ? Column::lead : Column::responsible, Column::leader}) {
      const std::size_t k = index_of(inherited);
      if (k < m_place.columns.size() && m_rows.pending->columns[k].empty() && m_rows.last && !m_rows.last->columns[k].empty()) {
        m_rows.pending->columns[k] = m_rows.last->columns[k];
        if (inherited != Column::leader) m_rows.pending->inherited_from = m_rows.last->location.line;
      }
    }
  }

  void add_cells(const SourceLine& line) {
    for (std::size_t k = 0; k < m_place.columns.size() && k < line.cells.size(); ++k) {
      const Column column = m_place.columns[k];
      if (column == Column::number || column == Column::other || column == Column::progress || !filled(&line.cells[k])) continue;
      // 同上: the same as the task above.
      if (is_word(trim(line.cells[k].folded), m_lexicon.ditto_words) && m_rows.last && m_rows.pending->columns[k].empty()) {
        m_rows.pending->columns[k] = m_rows.last->columns[k];
      } else {
        m_rows.pending->columns[k].append(line.cells[k], column != Column::task, m_lexicon);
      }
      m_rows.pending->own_units = m_rows.pending->own_units || (column != Column::task && column != Column::leader);
    }
  }

  void finish() {
    if (!m_rows.pending) return;
    PendingTask pending = std::move(*m_rows.pending);
    m_rows.pending.reset();
    RawTask task;
    task.number = 0;
    task.location = pending.location;
    task.leader = m_place.section_leader;
    // Without unit cells of its own, an assignment in the task's text comes before inherited cells.
    std::vector<UnitListSegment> lists;
    const bool by_name = !pending.own_units && read_inline(task, pending.columns[index_of(Column::task)], lists);
    const bool inline_lists = !lists.empty();
    if (!inline_lists) {
      task.text = std::u32string(trim(pending.columns[index_of(Column::task)].original));
      lists = column_lists(pending);
    }
    if (const std::size_t k = index_of(Column::leader); k < m_place.columns.size()) set_leader(task, pending.columns[k]);
    std::erase_if(lists, [](const UnitListSegment& l) { return l.entries.empty(); });
    task.mentions = mentions_of(lists, m_rule);
    task.shared_lead = has_shared_lead(lists, m_rule);
    task.reading = lead_basis(lists, m_rule);
    if (by_name) task.reading = {0, 0, LeadBasis::by_name, 0, true};
    if (!inline_lists && pending.inherited_from > 0 && !lists.empty()) {
      task.reading = {0, 0, LeadBasis::inherited, pending.inherited_from, false};
    }
    m_out.places.push_back({0, {pending.category}, encode_utf8(pending.number)});
    m_out.document.tasks.push_back(std::move(task));
    m_rows.last = std::move(pending);
  }

  // The unit columns' lists: 责任单位 supports beside a 牵头 column, else its first unit leads; a
  // cell may also say it in words (牵头单位:X;配合单位:Y, X牵头,Y配合).
  std::vector<UnitListSegment> column_lists(const PendingTask& pending) const {
    // 责任单位 beside 牵头单位 supports; beside 配合单位 alone it leads, every unit of it.
    const bool lead_column = index_of(Column::lead) < m_place.columns.size();
    const bool support_column = index_of(Column::support) < m_place.columns.size();
    std::vector<UnitListSegment> lists;
    for (std::size_t k = 0; k < m_place.columns.size(); ++k) {
      const Column column = m_place.columns[k];
      const ListRole role = column == Column::lead      ? ListRole::lead
                            : column == Column::support ? ListRole::support
                            : lead_column               ? ListRole::support
                            : support_column            ? ListRole::lead
                                                        : ListRole::lead_first;
      if (column != Column::lead && column != Column::support && column != Column::responsible) continue;
      for (UnitListSegment& list : read_cell_lists(pending.columns[k].folded, role, m_lexicon)) {
        locate(list, pending.columns[k]);
        lists.push_back(std::move(list));
      }
    }
    return lists;
  }

  // Entries' columns (from 1 at the text's start) to their places in the source.
  static void locate(UnitListSegment& list, const LocatedText& text) {
    for (UnitEntry& e : list.entries) {
      const SourceLocation where = text.at[e.column - 1];
      e.line = where.line;
      e.column = where.column;
    }
  }

  // True when the units were found by their names alone.
  bool read_inline(RawTask& task, const LocatedText& text, std::vector<UnitListSegment>& lists) const {
    auto assignment = read_inline_assignment(text.folded, m_lexicon);
    if (!assignment) return false;
    for (UnitListSegment& list : assignment->lists) {
      locate(list, text);
      lists.push_back(std::move(list));
    }
    task.text = std::u32string(trim(std::u32string_view(text.original).substr(0, assignment->begin)));
    return assignment->bare;
  }

  void set_leader(RawTask& task, const LocatedText& text) {
    const std::vector<std::u32string> names = split_leader_names(trim(text.folded), m_lexicon);
    if (names.empty()) return;
    auto [name, title] = split_leader_title(names.front(), m_lexicon);
    const std::size_t first = trimmed_range(text.folded).first;
    task.leader = m_out.document.add_leader(Leader{encode_utf8(name), encode_utf8(title), text.at[first]});
  }

  // Ids (parse/task_ids.hpp), then the tasks left without units.
  void assign_ids() {
    assign_task_ids(m_out.document.tasks, m_out.places, m_report);
    for (const RawTask& task : m_out.document.tasks) {
      if (task.mentions.empty()) m_report.warn(task.location, "task " + task.id + " names no units; it is kept with none.");
    }
  }

  Reporter m_report;
  const ReaderLexicon& m_lexicon;
  // The state: what was read, where the reader stands, the rows being read, the lead rule.
  struct Reading {
    RawDocument document;
    std::vector<TaskPlace> places;  ///< of each task, for its id
  } m_out;
  struct Place {
    std::vector<Column> columns;  ///< of the header in force
    std::optional<std::size_t> section_leader;
    std::uint32_t category = 0;
  } m_place;
  struct Rows {
    std::optional<PendingTask> pending;
    std::optional<PendingTask> last;  ///< the task above, for cells that span rows
  } m_rows;
  LeadRule m_rule;  ///< for 责任单位 lists, as the document states it
};

}  // namespace

bool has_table(const SourceText& source, const ReaderLexicon& lexicon) {
  return std::any_of(source.begin(), source.end(),
                     [&](const SourceLine& line) { return line.is_row() && read_header(line.cells, lexicon); });
}

RawDocument read_table(const SourceText& source, std::string_view source_name, const ReaderLexicon& lexicon,
                       Diagnostics& diagnostics) {
  return TableReader(source_name, lexicon, diagnostics).read(source);
}

}  // namespace respnet
