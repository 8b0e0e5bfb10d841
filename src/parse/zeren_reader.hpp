#pragma once
// The line reader: leader sections, numbered tasks and their assignments in lines of text
// (责任单位 lists whose first unit leads, 牵头单位/配合单位 lines, inline brackets, a layout
// grouped by agency). Lines are cut where tasks were glued (parse/glued_tasks.hpp), classified
// into tokens (parse/line_tokens.hpp), and read by a grammar over the tokens.
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"
#include "parse/lexicon.hpp"
#include "parse/raw_document.hpp"
#include "parse/text_lines.hpp"

namespace respnet {

/// Reads the lines of a document. Text before the first section heading
/// (or, without sections, before the first numbered task) is preamble and ignored. A task
/// glued onto the last unit of a 责任单位 line by a lost line break (`…、县交投集团3.建设…`) is cut
/// back onto a line of its own, never made a unit.
RawDocument read_zeren(std::vector<TextLine> lines, std::string_view source_name, const ReaderLexicon& lexicon,
                       Diagnostics& diagnostics);

}  // namespace respnet
