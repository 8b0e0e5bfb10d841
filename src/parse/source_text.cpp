#include "parse/source_text.hpp"

namespace respnet {

TableCell make_cell(std::u32string original, SourceLocation location, bool spanned) {
  TableCell cell{std::move(original), {}, location, spanned, {}};
  cell.folded = cell.original;
  for (char32_t& c : cell.folded) c = fold_width(c);
  return cell;
}

SourceLine make_row(std::vector<TableCell> cells) {
  SourceLine line;
  line.text.number = cells.empty() ? 1 : cells.front().location.line;
  for (const TableCell& cell : cells) {
    if (!line.text.original.empty()) line.text.original += U'\t';
    line.text.original += cell.original;
  }
  line.text.folded = line.text.original;
  for (char32_t& c : line.text.folded) c = fold_width(c);
  line.cells = std::move(cells);
  return line;
}

SourceText plain_lines(std::vector<TextLine> lines) {
  SourceText out;
  out.reserve(lines.size());
  for (TextLine& line : lines) out.push_back(SourceLine{std::move(line), {}});
  return out;
}

}  // namespace respnet
