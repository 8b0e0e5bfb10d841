#pragma once
// Word files (.docx): the paragraphs and tables of word/document.xml, read with libzip and
// libxml2. Lines count paragraphs; a table row counts as many lines as its tallest cell has
// paragraphs. Paragraphs inside a cell are joined by '\n'; merged cells (gridSpan, vMerge) are
// copied into every place they cover (parse/table_grid.hpp).
#include <string>
#include <string_view>

#include "parse/source_text.hpp"

namespace respnet {

struct DocxText {
  SourceText text;
  std::string error;  ///< why the file could not be read, else empty
};

DocxText read_docx(std::string_view bytes);

}  // namespace respnet
