#pragma once
// Lines that hold more than one task, cut so that each task starts a line of its own: a task
// glued onto the last unit of a 责任单位 line by a lost line break, and unnumbered tasks in one
// paragraph, each closed by its own assignment.
#include <vector>

#include "parse/lexicon.hpp"
#include "parse/text_lines.hpp"

namespace respnet {

/// The lines with every glued task cut off onto a line of its own, at its own columns (the
/// text before the cut blanked), never made a unit.
std::vector<TextLine> unglue_tasks(std::vector<TextLine> lines, const ReaderLexicon& lexicon);

}  // namespace respnet
