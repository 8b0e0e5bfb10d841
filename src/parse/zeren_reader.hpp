#pragma once
// The `zeren` dialect: leader sections, numbered tasks, and a 责任单位 line per task whose
// first unit leads (列第一位者为牵头或汇总单位) and the others support.
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"
#include "parse/lexicon.hpp"
#include "parse/raw_document.hpp"
#include "parse/text_lines.hpp"

namespace respnet {

/// Reads the lines of a document in the zeren dialect. Text before the first section heading
/// (or, without sections, before the first numbered task) is preamble and ignored. A task
/// glued onto the last unit of a 责任单位 line by a lost line break (`…、县交投集团3.建设…`) is cut
/// back onto a line of its own, never made a unit.
RawDocument read_zeren(std::vector<TextLine> lines, std::string_view source_name, const ReaderLexicon& lexicon,
                       Diagnostics& diagnostics);

}  // namespace respnet
