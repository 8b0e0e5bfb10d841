#include "parse/stacked_tables.hpp"

#include <algorithm>

#include "parse/headings.hpp"
#include "parse/table_header.hpp"
#include "parse/unit_list.hpp"

namespace respnet {
namespace {

// A line's text without the `|` that opens or closes a cell on it.
struct Piece {
  const TextLine* line = nullptr;
  std::size_t begin = 0;
  std::size_t end = 0;
  bool opens = false;   ///< `| text`: a cell starts here
  bool closes = false;  ///< `text |`: the cell ends here

  std::u32string_view folded() const { return std::u32string_view(line->folded).substr(begin, end - begin); }
  bool blank() const { return begin == end; }
  bool lone() const { return blank() && (opens || closes); }
};

Piece piece_of(const TextLine& line) {
  const std::u32string_view text = line.folded;
  auto [b, e] = trimmed_range(text);
  Piece p{&line, b, e};
  if (b < e && text[b] == U'|') {
    p.opens = true;
    ++b;
  }
  if (b < e && text[e - 1] == U'|') {
    p.closes = true;
    --e;
  }
  while (b < e && is_space(text[b])) ++b;
  while (e > b && is_space(text[e - 1])) --e;
  p.begin = b;
  p.end = e;
  return p;
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// A header's cell on a line of its own: a column's name, spaces only between single
// characters (工 作 任 务), no figures, no other cells beside it, no leader's heading
// (徐仁标市长牵头重点工作 names 牵头 too).
bool is_header_cell(std::u32string_view text, const ReaderLexicon& lexicon) {
  if (text.empty() || text.size() > 24 || text.find_first_of(U"|:。") != text.npos) return false;
  if (std::any_of(text.begin(), text.end(), is_digit)) return false;
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    if (!is_space(text[i])) continue;
    const bool left_single = i < 2 || is_space(text[i - 2]);
    const bool right_single = i + 2 >= text.size() || is_space(text[i + 2]);
    if (!left_single || !right_single) return false;
  }
  return names_a_column(text, lexicon) && !parse_leader_heading(text, lexicon);
}

// More cells than this in a run is no header: it bounds the look at every line.
constexpr std::size_t k_max_columns = 16;

struct Header {
  std::vector<Piece> cells;
  std::vector<Column> columns;
  std::size_t end = 0;  ///< the line after the header's last cell
  bool piped = false;   ///< written with `|` marks
};

std::optional<Header> header_at(const std::vector<TextLine>& lines, std::size_t first, const ReaderLexicon& lexicon) {
  Header header;
  std::size_t i = first;
  for (; i < lines.size(); ++i) {
    const Piece p = piece_of(lines[i]);
    if (p.blank() && !header.cells.empty()) {
      header.piped = header.piped || p.lone();
      continue;
    }
    if (!is_header_cell(p.folded(), lexicon)) break;
    if (header.cells.size() == k_max_columns) return std::nullopt;
    header.piped = header.piped || p.opens || p.closes;
    header.cells.push_back(p);
    header.end = i + 1;
  }
  if (header.cells.size() < 2) return std::nullopt;
  std::vector<TableCell> cells;
  for (const Piece& p : header.cells) cells.push_back(make_cell(std::u32string(p.folded()), {}));
  auto columns = read_header(cells, lexicon);
  if (!columns) return std::nullopt;
  header.columns = std::move(*columns);
  return header;
}

bool same_header(const Header& a, const Header& b) {
  return std::equal(a.cells.begin(), a.cells.end(), b.cells.begin(), b.cells.end(),
                    [](const Piece& x, const Piece& y) { return x.folded() == y.folded(); });
}

// One cell's worth of text as found: one paragraph, a vertical run, or a `|` cell's lines.
struct Candidate {
  std::vector<Piece> pieces;
  bool vertical = false;  ///< short lines that make one name: joined without breaks
  bool row_end = false;   ///< a lone `|` closes the row after it
};

std::u32string folded_text(const Candidate& c) {
  std::u32string out;
  for (const Piece& p : c.pieces) {
    if (!out.empty() && !c.vertical) out += U'\n';
    out += p.folded();
  }
  return out;
}

// A cell of `|` lines is vertical when every line but its last has at most three characters.
bool vertical_lines(const std::vector<Piece>& pieces) {
  return pieces.size() >= 2 && std::all_of(pieces.begin(), pieces.end() - 1, [](const Piece& p) {
           return p.end - p.begin <= 3;
         });
}

// Paragraphs of at most three characters, not figures, that run together: 市 / 发 / 改 / 委;
// a run ends after a fragment of three that ends a name (县 / 农业 / 农村局), and a run of two
// or more may end with one longer fragment that completes a name (长沙 / 先导 / 区管委会; a name
// alone, 张立伟 / 县工信局, is no run).
void merge_vertical(std::vector<Candidate>& candidates, const ReaderLexicon& lexicon) {
  auto fragment = [](const Candidate& c, std::size_t limit) {
    const std::u32string_view t = c.pieces.front().folded();
    return c.pieces.size() == 1 && t.size() <= limit &&
           std::none_of(t.begin(), t.end(), [](char32_t ch) { return is_digit(ch) || is_separator(ch) || ch == U'。'; });
  };
  std::vector<Candidate> out;
  for (std::size_t i = 0; i < candidates.size();) {
    std::size_t j = i;
    std::u32string text;
    while (j < candidates.size() && fragment(candidates[j], 3)) {
      text += candidates[j].pieces.front().folded();
      ++j;
      if (text.size() >= 3 && candidates[j - 1].pieces.front().folded().size() == 3 && ends_unit_name(text, lexicon)) break;
    }
    if (j > i + 1 && j < candidates.size() && !ends_unit_name(text, lexicon) && fragment(candidates[j], 5) &&
        ends_unit_name(text + std::u32string(candidates[j].pieces.front().folded()), lexicon)) {
      ++j;
    }
    if (j - i < 2) {
      out.push_back(std::move(candidates[i]));
      ++i;
      continue;
    }
    Candidate merged{{}, true, candidates[j - 1].row_end};
    for (std::size_t k = i; k < j; ++k) merged.pieces.push_back(candidates[k].pieces.front());
    out.push_back(std::move(merged));
    i = j;
  }
  candidates = std::move(out);
}

enum class Kind : std::uint8_t { heading, number, units, leader, text };
enum class Slot : std::uint8_t { number, text, units, leader };

Slot slot_of(Column column) {
  if (holds_units(column)) return Slot::units;
  return column == Column::number ? Slot::number : column == Column::leader ? Slot::leader : Slot::text;
}

bool fits(Kind kind, Slot slot) {
  return (kind == Kind::number && slot == Slot::number) || (kind == Kind::units && slot == Slot::units) ||
         (kind == Kind::leader && slot == Slot::leader) || (kind == Kind::text && slot == Slot::text);
}

Kind kind_of(std::u32string_view text, bool leader_column, const ReaderLexicon& lexicon) {
  // Under a leader column, 常务副区长 韦国庆 is its cell, not a leader's heading row.
  if (leader_column && looks_like_leader(text, lexicon)) return Kind::leader;
  if (parse_leader_heading(text, lexicon)) return Kind::heading;
  if (parse_heading_mark(text) && text.size() <= 30 && text.find(U'。') == text.npos) return Kind::heading;
  std::u32string_view digits = text;
  while (!digits.empty() && (digits.back() == U'.' || digits.back() == U'、')) digits.remove_suffix(1);
  if (!digits.empty() && digits.size() <= 4 && std::all_of(digits.begin(), digits.end(), is_digit)) return Kind::number;
  if (looks_like_units(text, lexicon)) return Kind::units;
  return Kind::text;
}

// Cells put into rows by kind (see the header file); one row at a time.
class RowBuilder {
 public:
  RowBuilder(const Header& header, const ReaderLexicon& lexicon, SourceText& out)
      : m_columns(header.columns), m_lexicon(lexicon), m_out(out), m_row(header.columns.size()) {}

  void add(const Candidate& c, Kind kind, const Kind* next, bool given) {
    if (kind == Kind::heading) {
      end_row();
      m_out.push_back({heading_line(c.pieces.front()), {}});
      return;
    }
    const std::optional<std::size_t> numbers = next_column(std::nullopt, Kind::number);
    if (kind == Kind::number && numbers) {
      end_row();
      place(*numbers, c);
      return;
    }
    // After its 序号 comes the task, whatever it reads like (建成区级数据中心 ends like a unit).
    if (m_column && m_columns[*m_column] == Column::number && *m_column + 1 < m_columns.size() &&
        m_columns[*m_column + 1] == Column::task) {
      place(*m_column + 1, c);
      return;
    }
    if (!given && m_column && continues(kind, c, next)) {
      m_row[*m_column].push_back(c);
      return;
    }
    if (auto k = next_column(m_column, kind)) {
      place(*k, c);
      return;
    }
    end_row();
    const std::optional<std::size_t> k = next_column(std::nullopt, kind);
    place(k ? *k : index_of(Column::task), c);
  }

  void end_row() {
    if (std::any_of(m_row.begin(), m_row.end(), [](const auto& cell) { return !cell.empty(); })) {
      std::vector<TableCell> cells;
      for (const std::vector<Candidate>& parts : m_row) cells.push_back(make_table_cell(parts));
      m_out.push_back(make_row(std::move(cells)));
    }
    for (auto& cell : m_row) cell.clear();
    m_column.reset();
  }

 private:
  std::size_t index_of(Column column) const {
    const auto found = std::find(m_columns.begin(), m_columns.end(), column);
    return found == m_columns.end() ? 0 : static_cast<std::size_t>(found - m_columns.begin());
  }

  std::optional<std::size_t> next_column(std::optional<std::size_t> after, Kind kind) const {
    for (std::size_t k = after ? *after + 1 : 0; k < m_columns.size(); ++k) {
      if (fits(kind, slot_of(m_columns[k]))) return k;
    }
    return std::nullopt;
  }

  bool row_has_units() const {
    for (std::size_t k = 0; k < m_columns.size(); ++k) {
      if (slot_of(m_columns[k]) == Slot::units && !m_row[k].empty()) return true;
    }
    return false;
  }

  // Whether the paragraph goes on with the cell of the current column.
  bool continues(Kind kind, const Candidate& c, const Kind* next) const {
    const std::size_t k = *m_column;
    const Slot slot = slot_of(m_columns[k]);
    if (slot == Slot::units) {
      if (kind != Kind::units) return false;
      std::u32string so_far;
      for (const Candidate& part : m_row[k]) so_far += folded_text(part);
      const bool bracket = closing_bracket(c.pieces.front().folded().front()) != 0;
      return bracket || (!so_far.empty() && (is_separator(so_far.back()) || !ends_unit_name(so_far, m_lexicon)));
    }
    if (slot != Slot::text || kind != Kind::text) return false;
    if (k + 1 < m_columns.size() && slot_of(m_columns[k + 1]) == Slot::text) return false;
    // The task of the next row: its units follow it.
    return !(row_has_units() && next != nullptr && *next == Kind::units);
  }

  void place(std::size_t column, const Candidate& c) {
    if (!m_row[column].empty()) end_row();
    m_row[column].push_back(c);
    m_column = column;
  }

  // The paragraphs of one cell: joined by '\n' (directly for a vertical run), every
  // character at its place in the source.
  static TableCell make_table_cell(const std::vector<Candidate>& parts) {
    std::u32string text;
    std::vector<SourceLocation> at;
    for (const Candidate& c : parts) {
      for (const Piece& p : c.pieces) {
        // A vertical run's lines make one name; paragraphs stay apart.
        if (!text.empty() && !(c.vertical && &p != &c.pieces.front())) {
          text += U'\n';
          at.push_back(at.back());
        }
        for (std::size_t i = p.begin; i < p.end; ++i) {
          text += p.line->original[i];
          at.push_back({p.line->number, static_cast<std::uint32_t>(i + 1)});
        }
      }
    }
    if (at.empty()) return make_cell({}, {});
    TableCell cell = make_cell(std::move(text), at.front());
    cell.at = std::move(at);
    return cell;
  }

  // The heading's line with the `|` marks blanked, columns kept.
  static TextLine heading_line(const Piece& p) {
    TextLine line = *p.line;
    for (std::size_t i = 0; i < line.folded.size(); ++i) {
      if ((i < p.begin || i >= p.end) && line.folded[i] == U'|') line.original[i] = line.folded[i] = U' ';
    }
    return line;
  }

  const std::vector<Column>& m_columns;
  const ReaderLexicon& m_lexicon;
  SourceText& m_out;
  std::vector<std::vector<Candidate>> m_row;  ///< by column: the paragraphs of its cell
  std::optional<std::size_t> m_column;        ///< the column last filled in the row
};

// The body's paragraphs or `|` cells, from `first` to the next header that is not this one.
std::vector<Candidate> read_candidates(const std::vector<TextLine>& lines, const Header& header, std::size_t& i,
                                       const ReaderLexicon& lexicon) {
  // `| text` lines open cells and lone `|` lines close rows; with lone `|` lines only, they
  // separate cells; without marks every paragraph is a candidate.
  bool opened = false;
  for (std::size_t k = header.end; k < lines.size() && !opened; ++k) {
    const Piece p = piece_of(lines[k]);
    opened = (p.opens || p.closes) && !p.blank();
  }
  std::vector<Candidate> out;
  Candidate cell;
  auto close_cell = [&](bool row_end) {
    if (!cell.pieces.empty()) {
      cell.vertical = vertical_lines(cell.pieces);
      out.push_back(std::move(cell));
      cell = {};
    }
    if (row_end && !out.empty()) out.back().row_end = true;
  };
  for (; i < lines.size(); ++i) {
    const Piece p = piece_of(lines[i]);
    if (p.blank() && !p.lone()) continue;
    const bool starts_cell = !header.piped || p.opens || cell.pieces.empty();
    if (starts_cell && !p.blank()) {
      if (auto again = header_at(lines, i, lexicon)) {
        if (!same_header(*again, header)) break;
        close_cell(true);
        i = again->end - 1;
        continue;
      }
    }
    if (!header.piped) {
      out.push_back({{p}});
      continue;
    }
    if (p.lone()) {
      close_cell(opened);
      continue;
    }
    if (p.opens) close_cell(false);
    cell.pieces.push_back(p);
    if (p.closes) close_cell(false);
  }
  close_cell(true);
  return out;
}

}  // namespace

bool is_stacked_header_cell(const TextLine& line, const ReaderLexicon& lexicon) {
  // A cell of at most 24 characters, `|` marks and spaces around it aside.
  if (line.folded.size() > 64) return false;
  return is_header_cell(piece_of(line).folded(), lexicon);
}

std::optional<StackedTable> read_stacked_table(const std::vector<TextLine>& lines, std::size_t first,
                                               const ReaderLexicon& lexicon) {
  const std::optional<Header> header = header_at(lines, first, lexicon);
  if (!header) return std::nullopt;
  StackedTable table;
  std::vector<TableCell> header_cells;
  for (const Piece& p : header->cells) {
    header_cells.push_back(make_cell(p.line->original.substr(p.begin, p.end - p.begin),
                                     {p.line->number, static_cast<std::uint32_t>(p.begin + 1)}));
  }
  table.lines.push_back(make_row(std::move(header_cells)));
  std::size_t i = header->end;
  std::vector<Candidate> candidates = read_candidates(lines, *header, i, lexicon);
  table.end = i;
  if (!header->piped) merge_vertical(candidates, lexicon);
  const bool leader_column = std::find(header->columns.begin(), header->columns.end(), Column::leader) != header->columns.end();
  std::vector<Kind> kinds;
  for (const Candidate& c : candidates) kinds.push_back(kind_of(folded_text(c), leader_column, lexicon));
  RowBuilder rows(*header, lexicon, table.lines);
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    rows.add(candidates[k], kinds[k], k + 1 < kinds.size() ? &kinds[k + 1] : nullptr, header->piped);
    if (candidates[k].row_end) rows.end_row();
  }
  rows.end_row();
  return table;
}

}  // namespace respnet
