#pragma once
// The `table` dialect: a responsibility table, as CSV/TSV, as a table of a .docx or .html file,
// or flattened into text. The header row names the columns (table_header.hpp); each row below
// is a task:
// - a row whose task cell is empty (or merged with the one above) adds its units to the task
//   above; in a flattened table, a row with no 序号 goes on with the row above when that row
//   ends in a separator (、,) or stops mid-sentence with no lead of its own (a cell broken over
//   several lines);
// - a row with an empty lead (or leader) cell inherits it from the task above (a cell that spans
//   rows);
// - a row with no 序号 but a task of its own is a task, numbered after the one above: 3-1, 3-2;
// - a row or line holding a heading (一、…) is a category; a leader's heading
//   (一、张三副市长牵头重点工作) makes the leader of the rows below. When numbering restarts
//   under the headings, ids carry the category: 2.3.
// A task with no unit cells filled may carry an inline assignment in its text: (X牵头,Y配合).
#include <string_view>

#include "model/diagnostic.hpp"
#include "parse/lexicon.hpp"
#include "parse/raw_document.hpp"
#include "parse/source_text.hpp"

namespace respnet {

/// True when some row of the source is a table header.
bool has_table(const SourceText& source, const ReaderLexicon& lexicon);

RawDocument read_table(const SourceText& source, std::string_view source_name, const ReaderLexicon& lexicon,
                       Diagnostics& diagnostics);

}  // namespace respnet
