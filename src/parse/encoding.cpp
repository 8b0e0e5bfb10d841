#include "parse/encoding.hpp"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>

#include "model/utf8.hpp"

namespace respnet {
namespace {

// Converts with iconv; nullopt when the bytes are not valid in `from`.
std::optional<std::string> convert(std::string_view bytes, const char* from) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* dest = out.data();
  std::size_t out_left = out.size();
  bool ok = true;
  while (in_left > 0) {
    if (iconv(cd, &in, &in_left, &dest, &out_left) != static_cast<std::size_t>(-1)) continue;
    if (errno != E2BIG) {
      ok = false;
      break;
    }
    const std::size_t used = out.size() - out_left;
    out.resize(out.size() * 2);
    dest = out.data() + used;
    out_left = out.size() - used;
  }
  iconv_close(cd);
  if (!ok) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
}

// Text that decoded as UTF-8 up to a bad byte is UTF-8 when it holds Chinese already: GBK
// bytes read as UTF-8 seldom make two CJK characters before failing.
bool is_chinese_utf8(std::u32string_view valid_prefix) {
  return std::count_if(valid_prefix.begin(), valid_prefix.end(),
                       [](char32_t c) { return c >= 0x3000 && c <= 0x9FFF; }) >= 2;
}

// UTF-16 without a BOM: ASCII characters leave NUL bytes on one side.
std::optional<const char*> utf16_pattern(std::string_view bytes) {
  std::size_t even = 0;
  std::size_t odd = 0;
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096);
  for (std::size_t i = 0; i < n; ++i) (i % 2 == 0 ? even : odd) += bytes[i] == '\0' ? 1U : 0U;
  if (n >= 4 && odd > n / 4 && even == 0) return "UTF-16LE";
  if (n >= 4 && even > n / 4 && odd == 0) return "UTF-16BE";
  return std::nullopt;
}

}  // namespace

DecodedDocument decode_document(std::string_view bytes) {
  auto decoded = [](std::string text, const char* encoding) {
    return DecodedDocument{std::move(text), encoding, std::nullopt, ""};
  };
  const bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom) {
    bytes.remove_prefix(3);
  } else if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    const char* encoding = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    if (auto text = convert(bytes.substr(2), encoding)) return decoded(std::move(*text), encoding);
    return {"", encoding, 0, "the document starts with a UTF-16 byte order mark but is not valid UTF-16."};
  }
  if (const std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    if (const auto encoding = utf16_pattern(bytes)) {
      if (auto text = convert(bytes, *encoding)) return decoded(std::move(*text), *encoding);
    }
    return {"", "binary", nul, "this is a binary file (it contains NUL bytes), not a text document."};
  }
  const Utf8Decoding utf8 = decode_utf8(bytes);
  if (!utf8.error_offset) return decoded(std::string(bytes), bom ? "UTF-8 with BOM" : "UTF-8");
  const std::size_t offset = *utf8.error_offset;
  if (!is_chinese_utf8(utf8.text)) {
    if (auto text = convert(bytes, "GB18030")) return decoded(std::move(*text), "GB18030");
  }
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(bytes[offset]));
  return {"", "", offset,
          "invalid UTF-8 at byte offset " + std::to_string(offset) + " (byte " + byte +
              "): the document must be UTF-8, UTF-16 or GB18030 text."};
}

SourceLocation locate_byte(std::string_view bytes, std::size_t offset) {
  const std::string_view before = bytes.substr(0, offset);
  const std::size_t line_start = before.find_last_of('\n') == before.npos ? 0 : before.find_last_of('\n') + 1;
  const auto line = 1 + std::count(before.begin(), before.end(), '\n');
  const auto column = decode_utf8(before.substr(line_start)).text.size() + 1;
  return {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(column)};
}

}  // namespace respnet
