#include <doctest/doctest.h>

#include "parse/text_lines.hpp"

using namespace respnet;

TEST_SUITE("parse::text_lines") {
  TEST_CASE("LF, CRLF and lone CR all end lines; a BOM is dropped") {
    const auto lines = split_lines(U"\uFEFFa\r\nb\rc\nd");
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].original == U"a");
    CHECK(lines[1].original == U"b");
    CHECK(lines[2].original == U"c");
    CHECK(lines[3].original == U"d");
    CHECK(lines[3].number == 4);
  }

  TEST_CASE("full-width punctuation folds to ASCII, one character for one") {
    const auto lines = split_lines(U"责任单位：市财政局（国资委），市税务局；１．\u3000x");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].folded == U"责任单位:市财政局(国资委),市税务局;1. x");
    CHECK(lines[0].folded.size() == lines[0].original.size());
  }

  TEST_CASE("trim removes ASCII and ideographic spaces") {
    CHECK(trim(U" \u3000市发改委\t ") == U"市发改委");
    CHECK(trim(U"   ").empty());
  }
}
