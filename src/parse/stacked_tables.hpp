#pragma once
// Tables whose cells stand one below the other, as a web page or a PDF copied as text gives
// them: the header's cells each on a line of their own (序号 / 工作任务 / 牵头单位 / 完成情况),
// blank lines or not between, then each row's cells in order; or each cell after a `|`
// (`| 工作任务`), a lone `|` closing the row, or between lone `|` lines.
//
// The cells are put back into rows by what each paragraph is and what the header expects next:
// - a number alone on its line (a 序号 cell) opens a row;
// - a paragraph that reads as units (unit_list.hpp) goes into the next unit column, or goes on
//   with the unit cell above when that one is unfinished or it is a bracketed second name
//   (市财政局 / (市国资委));
// - other text goes into the next text column (task, progress, deadline); it goes on with the
//   cell above when the header's next column is not a text column (a cell over several
//   paragraphs: 一是… 二是…, numbered items 1.… 2.… inside a progress cell); it opens a row when
//   the row has its units already and the paragraph after it reads as units (the 序号 cells
//   are empty in every row);
// - short lines written vertically (县 / 农业 / 农村局) are one cell: 县农业农村局;
// - a leader's heading (王五县长牵头重点工作) or a category (一、稳增长) between rows stays a
//   line of text, which the table reader takes as the heading of the rows below;
// - the header repeated (on every page) is read once.
// With `|` marks the cells are given; a row with fewer cells than the header (a cell spanning
// rows above it) puts each cell in the first column after the last that takes its kind, and
// the table reader inherits the spanned lead.
#include <cstddef>
#include <optional>
#include <vector>

#include "parse/lexicon.hpp"
#include "parse/source_text.hpp"

namespace respnet {

struct StackedTable {
  SourceText lines;      ///< the header row, then rows and heading lines
  std::size_t end = 0;   ///< the first line after the table
};

/// True when the line (its `|` marks aside) may be a cell of a stacked table's header.
bool is_stacked_header_cell(const TextLine& line, const ReaderLexicon& lexicon);

/// The stacked table whose header starts at lines[first], read to the end of the text or to
/// the next stacked header; nullopt when no stacked header starts at that line. A header is
/// looked for only at the first cell of a run (the line above, blank lines aside, is no header
/// cell): the caller's look at every line stays linear.
std::optional<StackedTable> read_stacked_table(const std::vector<TextLine>& lines, std::size_t first,
                                               const ReaderLexicon& lexicon);

}  // namespace respnet
