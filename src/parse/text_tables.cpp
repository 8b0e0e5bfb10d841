#include "parse/text_tables.hpp"

#include <algorithm>
#include <iterator>
#include <optional>

#include "model/utf8.hpp"
#include "parse/headings.hpp"
#include "parse/stacked_tables.hpp"
#include "parse/table_header.hpp"
#include "parse/unit_list.hpp"

namespace respnet {
namespace {

// single_space: every space cuts (序号 工 作 任 务 牵头负责部门), tried last and only for
// headers whose every cell names a column.
enum class Cut : std::uint8_t { pipe, tab, spaces, single_space };

struct Piece {
  std::size_t begin = 0;  ///< offsets into the line, spaces trimmed
  std::size_t end = 0;
  int display = 0;  ///< the terminal column where the piece starts
};

bool is_wide_gap(std::u32string_view folded, const std::u32string& original, std::size_t i, Cut cut) {
  return original[i] == 0x3000 || original[i] == U'\t' ||
         (folded[i] == U' ' && (cut == Cut::single_space || (i + 1 < folded.size() && folded[i + 1] == U' ')));
}

// The pieces of a line between separators; pipe and tab keep empty pieces (cells go by index).
std::vector<Piece> cut_line(const TextLine& line, Cut cut) {
  const std::u32string_view folded = line.folded;
  std::vector<Piece> pieces;
  std::vector<int> display(folded.size() + 1, 0);
  for (std::size_t i = 0; i < folded.size(); ++i) display[i + 1] = display[i] + display_width(line.original[i]);
  auto push = [&](std::size_t begin, std::size_t end) {
    const auto [b, e] = trimmed_range(folded.substr(begin, end - begin));
    pieces.push_back({begin + b, begin + e, display[begin + b]});
  };
  if (cut == Cut::spaces || cut == Cut::single_space) {
    std::size_t i = 0;
    while (i < folded.size()) {
      while (i < folded.size() && is_space(folded[i])) ++i;
      if (i == folded.size()) break;
      const std::size_t begin = i;
      while (i < folded.size() && !is_wide_gap(folded, line.original, i, cut)) ++i;
      push(begin, i);
    }
    // 工  作  任  务: single characters spaced out are one cell.
    std::vector<Piece> merged;
    bool run = false;  // merged.back() is a run of single characters
    for (const Piece& p : pieces) {
      const bool single = p.end - p.begin == 1;
      if (single && run) {
        merged.back().end = p.end;
        continue;
      }
      merged.push_back(p);
      run = single;
    }
    return merged;
  }
  const char32_t separator = cut == Cut::pipe ? U'|' : U'\t';
  const std::u32string_view text = cut == Cut::pipe ? folded : std::u32string_view(line.original);
  if (text.find(separator) == text.npos) return pieces;
  // Tabs are cut over the whole line: a leading tab is an empty first cell (no 序号).
  auto [first, last] = trimmed_range(folded);
  if (cut == Cut::tab) {
    first = 0;
    last = text.size();
  }
  std::size_t start = first;
  for (std::size_t i = first; i <= last; ++i) {
    if (i < last && text[i] != separator) continue;
    push(start, i);
    start = i + 1;
  }
  if (cut == Cut::pipe && !pieces.empty() && pieces.front().begin == pieces.front().end && folded[first] == U'|') {
    pieces.erase(pieces.begin());
  }
  if (cut == Cut::pipe && !pieces.empty() && pieces.back().begin == pieces.back().end && folded[last - 1] == U'|') {
    pieces.pop_back();
  }
  return pieces;
}

// A cell's text, HTML line breaks (<br>, as Markdown tables write them) made line breaks.
std::u32string cell_text(std::u32string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i).starts_with(U"<br")) {
      const std::size_t close = text.find(U'>', i);
      if (close != text.npos && close - i <= 5) {
        out += U'\n';
        i = close;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::vector<TableCell> cells_of(const TextLine& line, const std::vector<Piece>& pieces) {
  std::vector<TableCell> cells;
  for (const Piece& p : pieces) {
    cells.push_back(make_cell(cell_text(std::u32string_view(line.original).substr(p.begin, p.end - p.begin)),
                              {line.number, static_cast<std::uint32_t>(p.begin + 1)}));
  }
  return cells;
}

// `|---|:--|` under a markdown header; `├──┼──┤`, `┌──┬──┐`, `+----+` in a box-drawing table.
bool is_rule(std::u32string_view folded) {
  auto line_char = [](char32_t c) { return c == U'-' || c == U'=' || (c >= 0x2500 && c <= 0x257F); };
  return std::any_of(folded.begin(), folded.end(), line_char) && std::all_of(folded.begin(), folded.end(), [&](char32_t c) {
           return line_char(c) || c == U'|' || c == U'+' || c == U':' || is_space(c);
         });
}

// The rows out[first…] as one: a box-drawing table's rules close each row, whose cells wrap
// over several lines; each cell's lines are joined by '\n', every character at its place.
void merge_rows(SourceText& out, std::size_t first) {
  std::vector<std::size_t> rows;
  for (std::size_t k = first; k < out.size(); ++k) {
    if (out[k].is_row()) rows.push_back(k);
  }
  if (rows.size() < 2) return;
  std::vector<TableCell> cells(out[rows.front()].cells.size());
  for (const std::size_t k : rows) {
    for (std::size_t c = 0; c < cells.size() && c < out[k].cells.size(); ++c) {
      const TableCell& part = out[k].cells[c];
      if (trim(part.folded).empty()) continue;
      if (cells[c].original.empty()) {
        cells[c].location = part.location;
      } else {
        cells[c].original += U'\n';
        cells[c].at.push_back(cells[c].at.back());
      }
      cells[c].original += part.original;
      for (std::size_t i = 0; i < part.original.size(); ++i) {
        cells[c].at.push_back({part.location.line, part.location.column + static_cast<std::uint32_t>(i)});
      }
    }
  }
  for (TableCell& cell : cells) {
    std::vector<SourceLocation> at = std::move(cell.at);
    cell = make_cell(std::move(cell.original), cell.location);
    cell.at = std::move(at);
  }
  SourceLine row = make_row(std::move(cells));
  row.text = out[rows.front()].text;
  out.resize(first);
  out.push_back(std::move(row));
}

struct Header {
  Cut cut = Cut::pipe;
  std::vector<int> starts;  ///< terminal column of each header cell
  std::vector<Column> columns;
};

std::optional<Header> header_of(const TextLine& line, const ReaderLexicon& lexicon) {
  // Most lines have nothing to cut at: no cut gives them two cells.
  const auto [b, e] = trimmed_range(line.folded);
  const bool separated = std::u32string_view(line.folded).substr(b, e - b).find_first_of(U" |") != std::u32string_view::npos;
  if (!separated && line.original.find(U'\t') == std::u32string::npos) return std::nullopt;
  for (const Cut cut : {Cut::pipe, Cut::tab, Cut::spaces, Cut::single_space}) {
    const std::vector<Piece> pieces = cut_line(line, cut);
    if (pieces.size() < 2) continue;
    const std::vector<TableCell> cells = cells_of(line, pieces);
    if (cut == Cut::single_space &&
        !std::all_of(cells.begin(), cells.end(),
                     [&](const TableCell& c) { return names_a_column(c.folded, lexicon); })) {
      continue;
    }
    auto columns = read_header(cells, lexicon);
    if (!columns) continue;
    Header header{cut, {}, std::move(*columns)};
    for (const Piece& p : pieces) header.starts.push_back(p.display);
    return header;
  }
  return std::nullopt;
}

// A row under a header cut at single spaces: its 序号 first, the unit columns from the right
// (each a piece that reads as units), and the rest of the line, spaces and all, the task
// (居民消费价格涨幅 3%左右). A line with neither a 序号 nor units is no row.
std::optional<SourceLine> single_space_row(const TextLine& line, const Header& header, const ReaderLexicon& lexicon) {
  const std::vector<Piece> pieces = cut_line(line, Cut::single_space);
  const std::vector<Column>& columns = header.columns;
  const std::size_t task = static_cast<std::size_t>(std::find(columns.begin(), columns.end(), Column::task) - columns.begin());
  std::vector<std::optional<Piece>> placed(columns.size());
  std::size_t lo = 0;
  std::size_t hi = pieces.size();
  auto text_of = [&](const Piece& p) { return std::u32string_view(line.folded).substr(p.begin, p.end - p.begin); };
  if (columns.front() == Column::number && hi > 1 &&
      std::all_of(text_of(pieces[0]).begin(), text_of(pieces[0]).end(), [](char32_t c) { return c >= U'0' && c <= U'9'; })) {
    placed.front() = pieces[lo++];
  }
  bool units = false;
  for (std::size_t k = columns.size(); k-- > task + 1 && hi > lo + 1;) {
    const bool unit_column = holds_units(columns[k]);
    if (columns[k] == Column::leader) {
      // 李国强, or 常务副区长 韦国庆 over two pieces.
      const bool pair = hi > lo + 2 && [&] {
        const std::u32string both = std::u32string(text_of(pieces[hi - 2])) + std::u32string(text_of(pieces[hi - 1]));
        const auto [name, title] = split_leader_title(both, lexicon);
        return !title.empty() && name == text_of(pieces[hi - 1]) && looks_like_leader(both, lexicon);
      }();
      if (pair) {
        placed[k] = Piece{pieces[hi - 2].begin, pieces[hi - 1].end, pieces[hi - 2].display};
        hi -= 2;
      } else if (looks_like_leader(text_of(pieces[hi - 1]), lexicon)) {
        placed[k] = pieces[--hi];
      } else {
        break;
      }
      continue;
    }
    if (!unit_column || !looks_like_units(text_of(pieces[hi - 1]), lexicon)) break;
    placed[k] = pieces[--hi];
    units = true;
  }
  if (lo == hi || (!units && !placed.front())) return std::nullopt;
  placed[task] = Piece{pieces[lo].begin, pieces[hi - 1].end, pieces[lo].display};
  std::vector<TableCell> cells;
  for (const std::optional<Piece>& p : placed) {
    cells.push_back(p ? make_cell(line.original.substr(p->begin, p->end - p->begin), {line.number, static_cast<std::uint32_t>(p->begin + 1)})
                      : make_cell({}, {line.number, 1}));
  }
  SourceLine row = make_row(std::move(cells));
  row.text = line;
  row.flattened = true;
  row.complete = true;
  return row;
}

// A row cut like the header, with one cell per header column. Pieces of a line cut at spaces
// go by position when their count differs from the header's (a broken cell's next line).
std::optional<SourceLine> row_of(const TextLine& line, const Header& header, const ReaderLexicon& lexicon) {
  if (header.cut == Cut::single_space && !read_header(cells_of(line, cut_line(line, Cut::single_space)), lexicon)) {
    return single_space_row(line, header, lexicon);
  }
  const std::vector<Piece> pieces = cut_line(line, header.cut);
  const bool indented = !line.folded.empty() && is_space(line.folded.front());
  if (pieces.empty() || (header.cut == Cut::spaces && pieces.size() == 1 && !indented)) return std::nullopt;
  const std::size_t columns = header.starts.size();
  std::vector<TableCell> cells(columns);
  for (std::size_t k = 0; k < columns; ++k) cells[k].location = {line.number, 1};
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    std::size_t column = std::min(i, columns - 1);
    if (header.cut == Cut::spaces && pieces.size() != columns) {
      column = 0;
      while (column + 1 < columns && header.starts[column + 1] <= pieces[i].display + 1) ++column;
    }
    const Piece& p = pieces[i];
    TableCell& cell = cells[column];
    if (cell.original.empty())
      cell.location = {line.number, static_cast<std::uint32_t>(p.begin + 1)};
    else
      cell.original += U' ';
    cell.original += line.original.substr(p.begin, p.end - p.begin);
  }
  for (TableCell& cell : cells) cell = make_cell(cell_text(cell.original), cell.location);
  SourceLine row = make_row(std::move(cells));
  row.text = line;
  row.flattened = true;
  return row;
}

}  // namespace

SourceText find_text_tables(std::vector<TextLine> lines, const ReaderLexicon& lexicon) {
  SourceText out;
  std::optional<Header> header;
  std::size_t group = 0;  // the first row since the last rule
  bool ruled = false;     // rules close the rows of this table
  bool above_cell = false;  // the last line with text may be a stacked header's cell
  for (std::size_t i = 0; i < lines.size(); ++i) {
    TextLine& line = lines[i];
    if (trim(line.folded).empty()) {
      out.push_back({std::move(line), {}});
      continue;
    }
    const bool cell = is_stacked_header_cell(line, lexicon);
    auto stacked = cell && !above_cell ? read_stacked_table(lines, i, lexicon) : std::nullopt;
    above_cell = cell;
    if (stacked) {
      header.reset();
      std::move(stacked->lines.begin(), stacked->lines.end(), std::back_inserter(out));
      i = stacked->end - 1;
      above_cell = false;
      continue;
    }
    if (auto found = header_of(line, lexicon)) {
      header = std::move(found);
      out.push_back(*row_of(line, *header, lexicon));
      group = out.size();
      ruled = false;
      continue;
    }
    if (header && is_rule(line.folded)) {
      // A rule with a row above it and another below closes a row: the lines since the last
      // rule are one row, here and at every rule after.
      const bool below = i + 1 < lines.size() && row_of(lines[i + 1], *header, lexicon).has_value();
      ruled = ruled || (below && out.size() > group);
      if (ruled) merge_rows(out, group);
      group = out.size();
      continue;
    }
    std::optional<SourceLine> row = header ? row_of(line, *header, lexicon) : std::nullopt;
    if (row) {
      out.push_back(std::move(*row));
      continue;
    }
    if (!parse_heading_mark(line.folded)) header.reset();
    out.push_back({std::move(line), {}});
  }
  return out;
}

SourceText read_delimited(std::u32string_view text, char32_t separator) {
  if (!text.empty() && text.front() == 0xFEFF) text.remove_prefix(1);
  SourceText out;
  std::vector<TableCell> cells;
  std::u32string cell;
  SourceLocation cell_at{1, 1};
  SourceLocation here{1, 1};
  bool quoted = false;
  bool blank_record = true;
  auto end_cell = [&]() {
    cells.push_back(make_cell(std::move(cell), cell_at));
    cell.clear();
  };
  auto end_record = [&]() {
    end_cell();
    if (!blank_record) out.push_back(make_row(std::move(cells)));
    cells.clear();
    blank_record = true;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    const bool line_end = c == U'\n' || c == U'\r';
    if (quoted) {
      if (c == U'"' && i + 1 < text.size() && text[i + 1] == U'"') {
        cell += U'"';
        ++i;
      } else if (c == U'"') {
        quoted = false;
      } else {
        cell += line_end ? U'\n' : c;
      }
    } else if (c == U'"' && trim(cell).empty()) {
      cell.clear();
      quoted = true;
    } else if (c == separator) {
      end_cell();
    } else if (!line_end) {
      cell += c;
    }
    if (!line_end && !is_space(c) && c != separator) blank_record = false;
    if (line_end) {
      if (c == U'\r' && i + 1 < text.size() && text[i + 1] == U'\n') ++i;
      here = {here.line + 1, 1};
      if (!quoted) end_record();
    } else {
      ++here.column;
    }
    if (!quoted && (c == separator || line_end)) cell_at = here;
  }
  if (!cell.empty() || !cells.empty()) end_record();
  return out;
}

}  // namespace respnet
