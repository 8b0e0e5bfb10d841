#pragma once
// The rows of a table whose cells may span columns and rows, as in HTML (colspan, rowspan) and
// Word (gridSpan, vMerge). Every covered place gets a copy of the spanning cell, marked spanned.
#include <cstddef>
#include <optional>
#include <vector>

#include "parse/source_text.hpp"

namespace respnet {

class TableGrid {
 public:
  /// Spans beyond this are cut to it: a table is never wider or longer than that.
  static constexpr std::size_t k_max_span = 1000;

  void begin_row();
  /// A cell at the next free column, spanning `columns` and `rows`.
  void add_cell(std::u32string text, SourceLocation where, std::size_t columns = 1, std::size_t rows = 1);
  /// A cell merged with the one above it (Word's vMerge without restart).
  void add_merged(std::size_t columns);
  /// The rows, each with its cells; rows with no text are left out.
  std::vector<SourceLine> rows();

 private:
  struct Carry {
    TableCell cell;
    std::size_t rows_left = 0;
  };
  void place_carried();

  std::vector<std::optional<Carry>> m_carry;  ///< by column: a cell spanning rows from above
  std::vector<std::vector<TableCell>> m_rows;
};

}  // namespace respnet
