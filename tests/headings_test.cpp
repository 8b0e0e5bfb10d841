#include <doctest/doctest.h>

#include "model/utf8.hpp"
#include "parse/headings.hpp"

using namespace respnet;

TEST_SUITE("parse::headings") {
  TEST_CASE("Chinese numerals up to thousands") {
    CHECK(parse_chinese_numeral(U"一百零五") == 105u);
    CHECK(parse_chinese_numeral(U"一百二十") == 120u);
    CHECK(parse_chinese_numeral(U"二千三百四十五") == 2345u);
    CHECK(parse_chinese_numeral(U"三千零九") == 3009u);
    CHECK_FALSE(parse_chinese_numeral(U"十百"));
    CHECK_FALSE(parse_chinese_numeral(U"百"));
    CHECK(parse_chinese_numeral(U"一") == 1u);
    CHECK(parse_chinese_numeral(U"九") == 9u);
    CHECK(parse_chinese_numeral(U"十") == 10u);
    CHECK(parse_chinese_numeral(U"十二") == 12u);
    CHECK(parse_chinese_numeral(U"二十") == 20u);
    CHECK(parse_chinese_numeral(U"九十九") == 99u);
    CHECK_FALSE(parse_chinese_numeral(U"一二"));
    CHECK_FALSE(parse_chinese_numeral(U"零"));
    CHECK_FALSE(parse_chinese_numeral(U"市"));
    CHECK_FALSE(parse_chinese_numeral(U""));
  }

  TEST_CASE("a section heading splits the leader's title off with the lexicon") {
    const auto h = parse_section_heading(U"二、毛江平常务副市长牵头重点工作", default_lexicon());
    REQUIRE(h);
    CHECK(h->number == 2u);
    CHECK(h->name == U"毛江平");
    CHECK(h->title == U"常务副市长");
    CHECK(h->name_offset == 2u);
  }

  TEST_CASE("section numbers of five characters and more, and the (一) form") {
    const auto big = parse_section_heading(U"一百一十一、姚力明常务副市长牵头重点工作", default_lexicon());
    REQUIRE(big);
    CHECK(big->number == 111u);
    CHECK(big->name == U"姚力明");
    const auto paren = parse_section_heading(U"(三)李四副区长分管的重点任务", default_lexicon());
    REQUIRE(paren);
    CHECK(paren->number == 3u);
    CHECK(paren->name == U"李四");
    CHECK(paren->title == U"副区长");
    CHECK(paren->name_offset == 3u);
  }

  TEST_CASE("a title in parentheses is taken as written") {
    const auto h = parse_section_heading(U"九、陈麟(市政府党组成员)牵头重点工作", default_lexicon());
    REQUIRE(h);
    CHECK(h->name == U"陈麟");
    CHECK(h->title == U"市政府党组成员");
  }

  TEST_CASE("the longest known title wins: 副市长 is not 市长") {
    const auto [name, title] = split_leader_title(U"孙小晓副市长", default_lexicon());
    CHECK(name == U"孙小晓");
    CHECK(title == U"副市长");
  }

  TEST_CASE("numbered paragraphs that are not leader sections are not headings") {
    CHECK_FALSE(parse_section_heading(U"一、总体要求", default_lexicon()));
    CHECK_FALSE(parse_section_heading(U"徐仁标市长牵头重点工作", default_lexicon()));
  }

  TEST_CASE("task numbers with . 、 and a space, but not decimals") {
    const auto dot = find_task_number(U"12.加强政府投资");
    REQUIRE(dot);
    CHECK(dot->digits == U"12");
    CHECK(dot->text_offset == 3u);
    const auto comma = find_task_number(U"  3、 推进");
    REQUIRE(comma);
    CHECK(comma->offset == 2u);
    CHECK(comma->text_offset == 5u);
    CHECK_FALSE(find_task_number(U"1.8万人"));
    CHECK_FALSE(find_task_number(U"2022年4月29日"));
    CHECK_FALSE(find_task_number(U"责任单位:市财政局"));
  }
}
