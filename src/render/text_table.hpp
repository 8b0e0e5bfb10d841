#pragma once
// Plain-text tables for terminals, aligned by display width so that Chinese lines up.
#include <cstdint>
#include <string>
#include <vector>

namespace respnet {

enum class Align : std::uint8_t { left, right };

struct TextTable {
  std::vector<std::string> header;
  std::vector<Align> align;  ///< per column; missing columns align left
  std::vector<std::vector<std::string>> rows;
};

/// Columns separated by two spaces, a rule under the header, no trailing spaces.
std::string format_table(const TextTable& table);

}  // namespace respnet
