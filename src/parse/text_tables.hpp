#pragma once
// Tables written as text: CSV and TSV files, and tables flattened into a text document with
// '|', tabs or runs of spaces between the cells.
#include <string_view>
#include <vector>

#include "parse/lexicon.hpp"
#include "parse/source_text.hpp"

namespace respnet {

/// Finds the tables among lines of text. A line whose cells, cut at '|', at tabs or at runs of
/// two or more spaces (or an ideographic space), or at single spaces when every cell names a
/// column, name the columns (table_header.hpp) is a header; the lines below it that are cut the
/// same way are its rows, marked flattened (a cell may break over several lines). Under a
/// header cut at single spaces a row is its 序号, its units from the right, and the task between
/// (spaces kept). A heading line (一、…) between rows stays a line of text and the table goes on;
/// any other uncut line ends it. A header whose cells stand one per line starts a stacked table
/// (parse/stacked_tables.hpp). Without a header the lines stay text.
SourceText find_text_tables(std::vector<TextLine> lines, const ReaderLexicon& lexicon);

/// The rows of a CSV (separator ',') or TSV ('\t') file. Quoted cells may hold separators,
/// doubled quotes and line breaks (RFC 4180); blank lines are skipped.
SourceText read_delimited(std::u32string_view text, char32_t separator);

}  // namespace respnet
