#pragma once
// Decoded text cut into lines, each kept as written and in a folded form for recognition.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace respnet {

struct TextLine {
  std::uint32_t number = 1;  ///< 1-based
  std::u32string original;
  std::u32string folded;  ///< same length as original: position i is column i + first_column in both
  std::uint32_t first_column = 1;  ///< of original[0] in the file's line (a piece cut from a longer one)
};

/// Full-width ASCII forms to ASCII, ideographic and no-break spaces and tabs to ' ', the
/// verticals of box drawing (│ ┃ ║) to '|'.
/// One code point in, one out, so columns stay valid.
char32_t fold_width(char32_t c);

/// Splits on LF, CRLF and lone CR; drops a leading BOM.
std::vector<TextLine> split_lines(std::u32string_view text);

bool is_space(char32_t c);

/// [begin, end) of text without surrounding spaces, as offsets into text.
std::pair<std::size_t, std::size_t> trimmed_range(std::u32string_view text);

/// The text without surrounding spaces.
std::u32string_view trim(std::u32string_view text);

}  // namespace respnet
