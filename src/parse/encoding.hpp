#pragma once
// Text encodings of the documents offices publish: UTF-8 (with or without BOM), UTF-16 with a
// BOM (or with the NUL pattern of ASCII in UTF-16), and GB18030/GBK, the encoding of most older
// government files. Everything becomes UTF-8.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "model/diagnostic.hpp"

namespace respnet {

struct DecodedDocument {
  std::string text;      ///< UTF-8 (a BOM is dropped)
  std::string encoding;  ///< "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE" or "GB18030"
  /// When nothing fits: the byte offset where UTF-8 decoding failed, and why.
  std::optional<std::size_t> error_offset;
  std::string error;
};

/// Detects and converts. Bytes with NUL in them are UTF-16 when ASCII leaves a NUL pattern,
/// else binary (an error). Valid UTF-8 is UTF-8; a file that is UTF-8 up to a bad byte after
/// Chinese text stays UTF-8 (the bad byte is the error); otherwise GB18030 is tried (iconv).
DecodedDocument decode_document(std::string_view bytes);

/// Where a byte offset (a decoding error's) is: line, and column in characters before it.
SourceLocation locate_byte(std::string_view bytes, std::size_t offset);

}  // namespace respnet
