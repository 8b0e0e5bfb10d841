#pragma once
// Tables written as text: CSV and TSV files, and tables flattened into a text document with
// '|', tabs or runs of spaces between the cells.
#include <string_view>
#include <vector>

#include "parse/source_text.hpp"

namespace respnet {

/// Finds the tables among lines of text. A line whose cells, cut at '|', at tabs or at runs of
/// two or more spaces (or an ideographic space), name the columns (table_header.hpp) is a
/// header; the lines below it that are cut the same way are its rows, marked flattened (a cell
/// may break over several lines). A heading line (一、…) between rows stays a line of text and
/// the table goes on; any other uncut line ends it. Without a header the lines stay text.
SourceText find_text_tables(std::vector<TextLine> lines);

/// The rows of a CSV (separator ',') or TSV ('\t') file. Quoted cells may hold separators,
/// doubled quotes and line breaks (RFC 4180); blank lines are skipped.
SourceText read_delimited(std::u32string_view text, char32_t separator);

}  // namespace respnet
