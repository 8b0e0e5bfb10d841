#include <doctest/doctest.h>

#include "model/utf8.hpp"

using namespace respnet;

TEST_SUITE("model::utf8") {
  TEST_CASE("valid UTF-8 decodes to code points and encodes back") {
    const std::string text = "市财政局 A\xF0\x9F\x98\x80";
    const Utf8Decoding d = decode_utf8(text);
    CHECK_FALSE(d.error_offset);
    CHECK(d.text == U"市财政局 A\U0001F600");
    CHECK(encode_utf8(d.text) == text);
  }

  TEST_CASE("the first invalid sequence is reported by byte offset") {
    SUBCASE("a stray continuation byte") { CHECK(decode_utf8("ab\x80").error_offset == 2u); }
    SUBCASE("a truncated sequence at the end") { CHECK(decode_utf8("市\xE8\xB4").error_offset == 3u); }
    SUBCASE("an overlong encoding") { CHECK(decode_utf8("\xC0\xAF").error_offset == 0u); }
    SUBCASE("a surrogate") { CHECK(decode_utf8("x\xED\xA0\x80").error_offset == 1u); }
    SUBCASE("GBK bytes") { CHECK(decode_utf8("OK\xCA\xD0\xB2\xC6").error_offset == 2u); }
  }

  TEST_CASE("Chinese characters and full-width forms take two columns") {
    CHECK(display_width("市发改委") == 8);
    CHECK(display_width("各县(区)政府") == 12);
    CHECK(display_width("（区）") == 6);
    CHECK(display_width("abc") == 3);
  }
}
