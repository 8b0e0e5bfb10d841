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

TEST_SUITE("parse::headings") {
  TEST_CASE("a leader's title before or after the name, qualifiers and brackets with it") {
    struct Case {
      std::u32string_view text;
      std::u32string_view name;
      std::u32string_view title;
    };
    for (const Case& c : {Case{U"常务副区长 潘永军", U"潘永军", U"常务副区长"}, Case{U"县长杨光辉", U"杨光辉", U"县长"},
                          Case{U"县政府副县长李明", U"李明", U"县政府副县长"},
                          Case{U"县委常委、常务副县长张三", U"张三", U"县委常委、常务副县长"},
                          Case{U"王建国市政府党组成员", U"王建国", U"市政府党组成员"},
                          Case{U"王建国挂职副县长", U"王建国", U"挂职副县长"}, Case{U"王建国副市长(代)", U"王建国", U"副市长(代)"},
                          Case{U"张伟(县委常委、常务副县长)", U"张伟", U"县委常委、常务副县长"},
                          Case{U"张  三", U"张三", U""}, Case{U"张三同志", U"张三", U""}}) {
      const auto [name, title] = split_leader_title(c.text, default_lexicon());
      CAPTURE(encode_utf8(c.text));
      CAPTURE(encode_utf8(name));
      CAPTURE(encode_utf8(title));
      CHECK(name == c.name);
      CHECK(title == c.title);
    }
  }

  TEST_CASE("leader headings without a verb, or with a label; unit and leader lines are none") {
    const ReaderLexicon& lexicon = default_lexicon();
    for (const std::u32string_view line : {U"一、常务副县长孙德明(共4项)", U"一、孙德明常务副县长(共4项)", U"区长 孙德明",
                                           U"一、县长:孙德明", U"(一)分管领导:孙德明副县长"}) {
      CAPTURE(encode_utf8(line));
      const auto h = parse_leader_heading(line, lexicon);
      REQUIRE(h);
      CHECK(h->name == U"孙德明");
    }
    CHECK_FALSE(parse_leader_heading(U"责任单位:市财政局(国资委)", lexicon));
    CHECK_FALSE(parse_leader_heading(U"分管领导:赵六副市长", lexicon));
    CHECK_FALSE(parse_leader_heading(U"一、加快发展负责", lexicon));
  }

  TEST_CASE("tasks numbered in words: 任务12: and 第十二项") {
    const auto task = find_task_number(U"任务12:完成国土空间规划");
    REQUIRE(task);
    CHECK(task->digits == U"12");
    CHECK(task->text_offset == 5u);
    const auto item = find_task_number(U"第十二项、推进");
    REQUIRE(item);
    CHECK(item->digits == U"12");
    CHECK_FALSE(find_task_number(U"第一季度完成"));
    CHECK_FALSE(find_task_number(U"任务清单"));
  }

  TEST_CASE("a web page's chrome is no text") {
    CHECK(is_page_chrome(U"【打印本页】【关闭窗口】", default_lexicon()));
    CHECK(is_page_chrome(U"字号:[大 中 小]", default_lexicon()));
    CHECK_FALSE(is_page_chrome(U"中", default_lexicon()));
    CHECK_FALSE(is_page_chrome(U"【牵头单位】市财政局", default_lexicon()));
  }
}

TEST_SUITE("parse::headings") {
  TEST_CASE("titles joined by 、, remarks after the name, a heading naming its leader in brackets") {
    const auto compound = split_leader_title(U"县委常委、宣传部长 吴晓丽", default_lexicon());
    CHECK(compound.first == U"吴晓丽");
    CHECK(compound.second == U"县委常委、宣传部长");
    const auto remark = split_leader_title(U"副县长 张明(挂职)", default_lexicon());
    CHECK(remark.first == U"张明");
    CHECK(remark.second == U"副县长(挂职)");
    const auto h = parse_leader_heading(U"一、做强先进制造业(分管领导:副市长 骆建锋)", default_lexicon());
    REQUIRE(h);
    CHECK(h->name == U"骆建锋");
    CHECK(h->number == 1u);
  }
}
