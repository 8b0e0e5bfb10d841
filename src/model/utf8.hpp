#pragma once
// UTF-8 <-> code points, and the terminal width of text. Everything in respnet is UTF-8.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace respnet {

struct Utf8Decoding {
  std::u32string text;
  std::optional<std::size_t> error_offset;  ///< byte offset of the first invalid sequence
};

/// Decodes strictly (no overlongs, surrogates or values past U+10FFFF); stops at the first error.
Utf8Decoding decode_utf8(std::string_view bytes);

std::string encode_utf8(std::u32string_view text);

/// Columns a code point takes in a terminal: 2 for East Asian wide and fullwidth, 0 for combining marks.
int display_width(char32_t c);

/// Columns a UTF-8 string takes in a terminal.
int display_width(std::string_view utf8);

}  // namespace respnet
