#include "parse/table_grid.hpp"

#include <algorithm>

namespace respnet {

void TableGrid::begin_row() {
  if (!m_rows.empty()) place_carried();
  m_rows.emplace_back();
}

void TableGrid::place_carried() {
  std::vector<TableCell>& row = m_rows.back();
  while (row.size() < m_carry.size() && m_carry[row.size()]) {
    Carry& carry = *m_carry[row.size()];
    row.push_back(carry.cell);
    if (--carry.rows_left == 0) m_carry[row.size() - 1].reset();
  }
}

void TableGrid::add_cell(std::u32string text, SourceLocation where, std::size_t columns, std::size_t rows) {
  if (m_rows.empty()) begin_row();
  place_carried();
  columns = std::clamp<std::size_t>(columns, 1, k_max_span);
  rows = std::clamp<std::size_t>(rows, 1, k_max_span);
  const TableCell cell = make_cell(std::move(text), where);
  for (std::size_t k = 0; k < columns; ++k) {
    std::vector<TableCell>& row = m_rows.back();
    TableCell copy = cell;
    copy.spanned = k > 0;
    if (rows > 1) {
      if (m_carry.size() <= row.size()) m_carry.resize(row.size() + 1);
      m_carry[row.size()] = Carry{cell, rows - 1};
      m_carry[row.size()]->cell.spanned = true;
    }
    row.push_back(std::move(copy));
    place_carried();
  }
}

void TableGrid::add_merged(std::size_t columns) {
  if (m_rows.empty()) begin_row();
  place_carried();
  columns = std::clamp<std::size_t>(columns, 1, k_max_span);
  for (std::size_t k = 0; k < columns; ++k) {
    std::vector<TableCell>& row = m_rows.back();
    const std::size_t column = row.size();
    TableCell above;
    if (m_rows.size() >= 2 && column < m_rows[m_rows.size() - 2].size()) above = m_rows[m_rows.size() - 2][column];
    above.spanned = true;
    row.push_back(std::move(above));
  }
}

std::vector<SourceLine> TableGrid::rows() {
  std::vector<SourceLine> out;
  if (!m_rows.empty()) place_carried();
  for (std::vector<TableCell>& cells : m_rows) {
    const bool blank =
        std::all_of(cells.begin(), cells.end(), [](const TableCell& c) { return trim(c.folded).empty(); });
    if (!blank) out.push_back(make_row(std::move(cells)));
  }
  m_rows.clear();
  m_carry.clear();
  return out;
}

}  // namespace respnet
