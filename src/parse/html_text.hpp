#pragma once
// Saved web pages (.html, .htm): the text and tables of the page, read with libxml2's HTML
// parser. Scripts, styles, forms' controls and navigation (nav, header, footer, and elements
// whose class or id says nav, menu, footer, crumb or sidebar) are dropped. Each block of text
// (p, div, li, h1…, br) is a line numbered by where it starts in the file; white space
// collapses, and disappears between two Chinese characters. Table cells may span rows and
// columns (parse/table_grid.hpp).
#include <string_view>

#include "parse/source_text.hpp"

namespace respnet {

SourceText read_html(std::u32string_view text);

}  // namespace respnet
