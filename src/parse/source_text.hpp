#pragma once
// A document as the readers see it, whatever its file type: its lines in order, some of them
// rows of a table. Text files give their own lines; .docx gives one line per paragraph or table
// row, .html one per block of text or table row (parse/docx_text.hpp, parse/html_text.hpp).
#include <string>
#include <vector>

#include "model/diagnostic.hpp"
#include "parse/text_lines.hpp"

namespace respnet {

struct TableCell {
  std::u32string original;
  std::u32string folded;     ///< fold_width of original, same length
  SourceLocation location;   ///< of the cell's first character
  bool spanned = false;      ///< merged with the cell above (rowspan, vMerge): a copy of its text
  /// The place of each character, for a cell gathered from several places (a flattened
  /// table's paragraphs); empty when the text runs from `location`, each '\n' going on at
  /// column 1 of the next line.
  std::vector<SourceLocation> at;
};

struct SourceLine {
  TextLine text;                 ///< a table row's cells joined by tabs
  std::vector<TableCell> cells;  ///< empty for a line of text
  bool flattened = false;        ///< a row of a table flattened into text: a cell may go on below
  bool complete = false;         ///< every cell is given: an empty one is empty, not spanned from above
  bool is_row() const { return !cells.empty(); }
};

using SourceText = std::vector<SourceLine>;

/// A cell with its folded form; paragraphs inside a cell are joined by '\n'.
TableCell make_cell(std::u32string original, SourceLocation location, bool spanned = false);

/// A row's line: its cells joined by tabs, numbered as the first cell's line.
SourceLine make_row(std::vector<TableCell> cells);

/// Lines of text only: each is a line of text, none is a row.
SourceText plain_lines(std::vector<TextLine> lines);

}  // namespace respnet
