#include <doctest/doctest.h>

#include "parse/document.hpp"
#include "parse/encoding.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::formatted;
using respnet::test::Names;

namespace {

// "一、张三市长牵头重点工作\n1.推进改革。\n责任单位:市财政局、市税务局\n" in GBK.
const std::string k_gbk =
    "\xD2\xBB\xA1\xA2\xD5\xC5\xC8\xFD\xCA\xD0\xB3\xA4\xC7\xA3\xCD\xB7\xD6\xD8\xB5\xE3\xB9\xA4\xD7\xF7\n"
    "1.\xCD\xC6\xBD\xF8\xB8\xC4\xB8\xEF\xA1\xA3\n"
    "\xD4\xF0\xC8\xCE\xB5\xA5\xCE\xBB:\xCA\xD0\xB2\xC6\xD5\xFE\xBE\xD6\xA1\xA2\xCA\xD0\xCB\xB0\xCE\xF1\xBE\xD6\n";

// The same text in UTF-16LE: ASCII only here, so each character is its byte and a NUL.
std::string utf16le(const std::u16string& text, bool bom) {
  std::string out = bom ? "\xFF\xFE" : "";
  for (const char16_t c : text) {
    out += static_cast<char>(c & 0xFF);
    out += static_cast<char>(c >> 8);
  }
  return out;
}

}  // namespace

TEST_SUITE("parse::encoding") {
  TEST_CASE("GBK without any hint is read as GB18030") {
    const ParseResult r = parse_document(k_gbk, "gbk.txt");
    REQUIRE(r.ok());
    CHECK(r.readings.at(0).encoding == "GB18030");
    CHECK(r.network.leaders[0].name == "张三");
    CHECK(r.network.units[0].name == "市财政局");
    CHECK(r.network.tasks[0].text == "推进改革。");
  }

  TEST_CASE("UTF-16 with a BOM, and without one when ASCII leaves NULs") {
    const std::u16string text = u"一、张三市长牵头重点工作\n1.推进改革。\n责任单位:市财政局\n";
    const ParseResult with_bom = parse_document(utf16le(text, true), "u16.txt");
    REQUIRE(with_bom.ok());
    CHECK(with_bom.readings.at(0).encoding == "UTF-16LE");
    CHECK(with_bom.network.units[0].name == "市财政局");
    const DecodedDocument ascii = decode_document(utf16le(u"1. task\nline two\n", false));
    CHECK(ascii.encoding == "UTF-16LE");
    CHECK(ascii.text == "1. task\nline two\n");
  }

  TEST_CASE("UTF-8 with and without BOM") {
    CHECK(decode_document("\xEF\xBB\xBF市").encoding == "UTF-8 with BOM");
    CHECK(decode_document("\xEF\xBB\xBF市").text == "市");
    CHECK(decode_document("市").encoding == "UTF-8");
  }

  TEST_CASE("binary files are refused") {
    CHECK(formatted(parse_document(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "image.txt").diagnostics) ==
          Names{"image.txt:3:1: error: this is a binary file (it contains NUL bytes), not a text document."});
  }
}
