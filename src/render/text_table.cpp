#include "render/text_table.hpp"

#include <algorithm>

#include "model/utf8.hpp"

namespace respnet {
namespace {

void append_row(std::string& out, const std::vector<std::string>& cells,
                const std::vector<int>& widths, const std::vector<Align>& align) {
  std::string line;
  for (std::size_t c = 0; c < cells.size() && c < widths.size(); ++c) {
    const int pad = widths[c] - display_width(cells[c]);
    const bool right = c < align.size() && align[c] == Align::right;
    if (c > 0) line += "  ";
    if (right) line.append(static_cast<std::size_t>(pad), ' ');
    line += cells[c];
    if (!right) line.append(static_cast<std::size_t>(pad), ' ');
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  out += line;
  out += '\n';
}

}  // namespace

std::string format_table(const TextTable& table) {
  std::vector<int> widths(table.header.size(), 0);
  auto measure = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size() && c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], display_width(cells[c]));
    }
  };
  measure(table.header);
  for (const auto& row : table.rows) measure(row);
  std::string out;
  append_row(out, table.header, widths, table.align);
  int total = 0;
  for (const int w : widths) total += w;
  total += 2 * static_cast<int>(widths.size() > 0 ? widths.size() - 1 : 0);
  out.append(static_cast<std::size_t>(total), '-');
  out += '\n';
  for (const auto& row : table.rows) append_row(out, row, widths, table.align);
  return out;
}

}  // namespace respnet
