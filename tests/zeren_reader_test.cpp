#include <doctest/doctest.h>

#include "parse/document.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::formatted;
using respnet::test::Names;
using respnet::test::units_of;

TEST_SUITE("parse::zeren") {
  TEST_CASE("the first unit after 责任单位 leads and the rest support") {
    const ParseResult r = parse_document(
        "一、张三市长牵头重点工作\n"
        "1.第一项任务。\n"
        "责任单位:市发改委、市财政局,各县(区)政府\n",
        "in.txt");
    REQUIRE(r.ok());
    const Network& n = r.network;
    REQUIRE(n.tasks.size() == 1);
    CHECK(n.tasks[0].id == "1.1");
    CHECK(n.tasks[0].text == "第一项任务。");
    CHECK(n.tasks[0].location.line == 2u);
    CHECK(units_of(n, 0, Role::lead) == Names{"市发改委"});
    CHECK(units_of(n, 0, Role::support) == Names{"市财政局", "各县(区)政府"});
    CHECK(n.units[2].kind == UnitKind::group);
    CHECK(n.assignments[1].location.line == 3u);
    CHECK(n.assignments[1].location.column == 11u);
  }

  TEST_CASE("task numbering restarts per section and ids carry the section") {
    const ParseResult r = parse_document(
        "一、张三市长牵头重点工作\n1.甲。\n责任单位:A局\n2.乙。\n责任单位:B局\n"
        "二、李四副市长牵头重点工作\n1．丙。\n责任单位：C局\n",
        "in.txt");
    REQUIRE(r.ok());
    REQUIRE(r.network.tasks.size() == 3);
    CHECK(r.network.tasks[1].id == "1.2");
    CHECK(r.network.tasks[2].id == "2.1");
    CHECK(r.network.leader(*r.network.tasks[2].leader).name == "李四");
    CHECK(r.network.leaders[1].title == "副市长");
  }

  TEST_CASE("a task's text may run over several lines") {
    const ParseResult r = parse_document(
        "一、张三市长牵头重点工作\n1、推进\n  数字化改革。\n责任单位:A局\n", "in.txt");
    REQUIRE(r.ok());
    CHECK(r.network.tasks[0].text == "推进数字化改革。");
  }

  TEST_CASE("a unit list ending in a separator continues on the next line") {
    const ParseResult r =
        parse_document("一、张三市长牵头重点工作\n1.甲。\n责任单位:A局、B局、\nC局\n", "in.txt");
    REQUIRE(r.ok());
    CHECK(units_of(r.network, 0, Role::support) == Names{"B局", "C局"});
  }

  TEST_CASE("full-width and half-width punctuation are equivalent, CRLF and BOM accepted") {
    const ParseResult r = parse_document(
        "\xEF\xBB\xBF一、张三市长牵头重点工作\r\n1．甲。\r\n\r\n责任单位：A局（B委），各县（区）政府\r\n",
        "in.txt");
    REQUIRE(r.ok());
    REQUIRE(r.network.units.size() == 2);
    CHECK(r.network.units[0].name == "A局");
    CHECK(r.network.units[0].aliases == Names{"B委"});
    CHECK(r.network.units[1].name == "各县(区)政府");
  }

  TEST_CASE("an alias merges with the plain name, wherever either appears first") {
    const ParseResult r = parse_document(
        "一、张三市长牵头重点工作\n1.甲。\n责任单位:国资委、市税务局\n2.乙。\n"
        "责任单位:市财政局(国资委)\n3.丙。\n责任单位:市财政局\n",
        "in.txt");
    REQUIRE(r.ok());
    REQUIRE(r.network.units.size() == 2);
    CHECK(r.network.units[0].name == "市财政局");
    CHECK(r.network.units[0].aliases == Names{"国资委"});
    CHECK(units_of(r.network, 0, Role::lead) == Names{"市财政局"});
    CHECK(units_of(r.network, 2, Role::lead) == Names{"市财政局"});
  }

  TEST_CASE("a unit listed twice on a task is kept once, with a warning") {
    const ParseResult r =
        parse_document("一、张三市长牵头重点工作\n1.甲。\n责任单位:A局、B局、A局\n", "in.txt");
    REQUIRE(r.ok());
    CHECK(units_of(r.network, 0, Role::lead) == Names{"A局"});
    CHECK(units_of(r.network, 0, Role::support) == Names{"B局"});
    CHECK(formatted(r.diagnostics) ==
          Names{"in.txt:3:12: warning: 'A局' is listed twice on task 1.1; it is kept once, at its "
                "first place."});
  }

  TEST_CASE("the preamble, numbered paragraphs included, is ignored") {
    const ParseResult r = parse_document(
        "某市:新闻标题\n各县(区)人民政府:\n一、总体要求\n1.这是通知的一段。\n"
        "二、张三市长牵头重点工作\n1.甲。\n责任单位:A局\n",
        "in.txt");
    REQUIRE(r.ok());
    REQUIRE(r.network.tasks.size() == 1);
    CHECK(r.network.tasks[0].id == "2.1");
    CHECK(r.diagnostics.empty());
  }

  TEST_CASE("without leader sections tasks have no leader and a plain number id") {
    const ParseResult r =
        parse_document("重点工作任务分解\n1.甲。\n责任单位:A局\n2.乙。\n责任单位:B局\n", "in.txt");
    REQUIRE(r.ok());
    CHECK(r.network.leaders.empty());
    REQUIRE(r.network.tasks.size() == 2);
    CHECK(r.network.tasks[1].id == "2");
    CHECK_FALSE(r.network.tasks[1].leader);
  }

  TEST_CASE("bad input is reported with file, line and column") {
    SUBCASE("an empty file") {
      CHECK(formatted(parse_document("", "empty.txt").diagnostics) ==
            Names{"empty.txt:1:1: error: the document is empty: expected a responsibility "
                  "breakdown."});
    }
    SUBCASE("only blank lines and spaces") {
      CHECK(formatted(parse_document(" \n\u3000\r\n\t", "blank.txt").diagnostics) ==
            Names{"blank.txt:1:1: error: the document is empty: expected a responsibility "
                  "breakdown."});
    }
    SUBCASE("a file with no tasks") {
      CHECK(formatted(parse_document("通知\n请认真贯彻执行。\n", "notice.txt").diagnostics) ==
            Names{"notice.txt:1:1: error: no tasks found: expected numbered tasks (1. …) each "
                  "followed by a 责任单位: line."});
    }
    SUBCASE("a task with no 责任单位 line is kept with no units") {
      const ParseResult r = parse_document(
          "一、张三市长牵头重点工作\n1.甲。\n2.乙。\n责任单位:A局\n", "in.txt");
      REQUIRE(r.ok());
      CHECK(r.network.tasks.size() == 2);
      CHECK(units_of(r.network, 0, Role::lead).empty());
      CHECK(formatted(r.diagnostics) ==
            Names{"in.txt:2:1: warning: task 1.1 has no 责任单位 line; it is kept with no units."});
    }
    SUBCASE("without sections, a first task with no 责任单位 line is kept") {
      const ParseResult r = parse_document("1.甲。\n2.乙。\n责任单位:市财政局\n", "in.txt");
      CHECK(formatted(r.diagnostics) == Names{"in.txt:1:1: warning: task 1 has no 责任单位 line; it is kept with no units."});
      CHECK(r.network.tasks.size() == 2);
    }
    SUBCASE("a 责任单位 line before any task: the document starts mid-way, the rest is read") {
      const ParseResult r = parse_document("一、张三市长牵头重点工作\n  责任单位:A局\n1.甲。\n责任单位:B局\n", "in.txt");
      CHECK(formatted(r.diagnostics) ==
            Names{"in.txt:2:3: warning: a 责任单位 line before any task is ignored: the document may start in the "
                  "middle; expected a numbered task (1. …) above it."});
      CHECK(r.ok());
      CHECK(r.network.tasks.size() == 1);
    }
    SUBCASE("invalid UTF-8 after Chinese UTF-8 text, with its byte offset") {
      CHECK(formatted(parse_document("1.甲。\n责任单位:A\xB9\xFA局\n", "gbk.txt").diagnostics) ==
            Names{"gbk.txt:2:7: error: invalid UTF-8 at byte offset 23 (byte 0xB9): the document "
                  "must be UTF-8, UTF-16 or GB18030 text."});
    }
    SUBCASE("a task number repeated within a section") {
      CHECK(formatted(parse_document("1.甲。\n责任单位:A局\n1.乙。\n责任单位:B局\n", "in.txt")
                          .diagnostics) ==
            Names{"in.txt:3:1: error: task 1 appears twice (first on line 1): task numbers must "
                  "be unique under a heading."});
    }
    SUBCASE("a task number that overflows") {
      CHECK(formatted(parse_document("1.甲。\n责任单位:A局\n99999999999.乙。\n", "in.txt")
                          .diagnostics) ==
            Names{"in.txt:3:1: error: task number '99999999999' is too large: expected at most 6 "
                  "digits."});
    }
    SUBCASE("a gap in the numbering is a warning") {
      CHECK(formatted(parse_document("1.甲。\n责任单位:A局\n3.乙。\n责任单位:B局\n", "in.txt")
                          .diagnostics) ==
            Names{"in.txt:3:1: warning: task number 3 follows 1; expected 2."});
    }
    SUBCASE("stray text after a task's units") {
      CHECK(formatted(parse_document("1.甲。\n责任单位:A局\n备注\n", "in.txt").diagnostics) ==
            Names{"in.txt:3:1: warning: this line is not part of any task and is ignored: "
                  "expected a numbered task, a 责任单位 line or a section heading."});
    }
  }
}

TEST_SUITE("parse::zeren") {
  TEST_CASE("unnumbered tasks in one paragraph, each closed by its own assignment") {
    const ParseResult r = parse_document(
        "一、稳增长\n"
        "推进重大项目建设,完成投资50亿元。(县发改局牵头,县财政局配合)扩大有效投资。(县发改局、县统计局按职责分工负责)\n",
        "in.txt");
    REQUIRE(r.ok());
    CHECK(respnet::test::task_rows(r.network) ==
          Names{"1 - | 推进重大项目建设,完成投资50亿元。 | 县发改局 | 县财政局",
                "2 - | 扩大有效投资。 | 县发改局、县统计局 | "});
    // The second task at its own column of the paragraph's line.
    CHECK(r.network.tasks[1].location.line == 2);
    CHECK(r.network.tasks[1].location.column == 34);
    CHECK(r.network.tasks[1].shared_lead);
    CHECK(formatted(r.diagnostics) == Names{});
  }

  TEST_CASE("no separators: the units after the task's last full stop, found by their names") {
    const ParseResult r = parse_document("1.推进县城供水管网改造。已完成80%。县水利局、县财政局\n2.办好民生实事。(县民政局)\n", "in.txt");
    REQUIRE(r.ok());
    CHECK(respnet::test::task_rows(r.network) == Names{"1 - | 推进县城供水管网改造。已完成80%。 | 县水利局 | 县财政局",
                                                       "2 - | 办好民生实事。 | 县民政局 | "});
    CHECK(r.network.assignments[0].location.column == 21);
  }
}

TEST_SUITE("parse::zeren") {
  TEST_CASE("a leader's line without an ordinal or with the verb alone; a name broken over two lines") {
    const ParseResult r = parse_document(
        "王五县长牵头重点工作(共1项)\n"
        "1.推进县城供水管网改造。\n"
        "责任单位:县水利局、县财\n"
        "政局\n"
        "二、李四副县长牵头\n"
        "1.办好民生实事。\n"
        "责任单位:县民政局\n",
        "in.txt");
    REQUIRE(r.ok());
    CHECK(respnet::test::task_rows(r.network) == Names{"1.1 王五 | 推进县城供水管网改造。 | 县水利局 | 县财政局",
                                                       "2.1 李四 | 办好民生实事。 | 县民政局 | "});
    CHECK(r.network.leaders[1].title == "副县长");
    CHECK(formatted(r.diagnostics) == Names{});
  }
}

TEST_SUITE("parse::zeren") {
  TEST_CASE("a name broken inside its brackets over two lines; tasks numbered 任务N:") {
    const ParseResult r = parse_document(
        "任务1:实施城市微更新项目50个。\n责任单位:市城管局、各县(市、\n区)人民政府\n"
        "任务2:新建口袋公园20个。\n牵头单位:市住建局\n协同单位:市财政局\n完成时限:2024年12月\n",
        "in.txt");
    REQUIRE(r.ok());
    CHECK(respnet::test::task_rows(r.network) == Names{"1 - | 实施城市微更新项目50个。 | 市城管局 | 各县(市、区)人民政府",
                                                       "2 - | 新建口袋公园20个。 | 市住建局 | 市财政局"});
    CHECK(formatted(r.diagnostics) == Names{});
  }
}

TEST_SUITE("parse::zeren") {
  TEST_CASE("a layout grouped by agency: its line, its leader, (牵头)/(配合,X牵头) marks and 牵头任务:/配合任务: lists") {
    const ParseResult r = parse_document(
        "说明:标注“(牵头)”的为本单位牵头任务;标注“(配合)”的为本单位配合任务。\n"
        "县发改局(联系领导:周海涛副县长)\n"
        "1.全年完成固定资产投资增长10%以上。(牵头)\n"
        "2.实施县长项目工程45个。(配合,县重点办牵头)\n"
        "二、县财政局(联系县领导:常务副县长 陈立新)\n"
        "牵头任务:\n"
        "3.一般公共预算收入增长6.5%。\n"
        "4.深化国有企业改革。(牵头,县国资中心配合)\n"
        "配合任务:\n"
        "5.推进政府债务化解。(牵头单位:县发改局)\n",
        "in.txt");
    REQUIRE(r.ok());
    CHECK(respnet::test::task_rows(r.network) == Names{"1.1 周海涛 | 全年完成固定资产投资增长10%以上。 | 县发改局 | ",
                                                       "1.2 周海涛 | 实施县长项目工程45个。 | 县重点办 | 县发改局",
                                                       "2.3 陈立新 | 一般公共预算收入增长6.5%。 | 县财政局 | ",
                                                       "2.4 陈立新 | 深化国有企业改革。 | 县财政局 | 县国资中心",
                                                       "2.5 陈立新 | 推进政府债务化解。 | 县发改局 | 县财政局"});
    CHECK(formatted(r.diagnostics) == Names{});
  }

  TEST_CASE("a (二) heading right after task 2 is a heading, not a progress note") {
    const ParseResult r = parse_document(
        "(一)扩大有效投资\n1.推进重大项目。\n责任单位:区发改局\n2.实施项目120个。\n责任单位:区发改局、区重点办\n"
        "(二)提升产业能级\n1.新增专精特新企业10家。\n责任单位:区经信局\n",
        "in.txt");
    REQUIRE(r.ok());
    CHECK(r.network.tasks.size() == 3);
    CHECK(r.network.tasks[2].id == "2.1");
  }
}

TEST_SUITE("parse::zeren") {
  TEST_CASE("a sub-item (2) after the task's units, with units of its own, is a task of its own") {
    const ParseResult r = parse_document(
        "1.提升城市功能品质。\n(1)完成城中村改造500户。\n牵头单位:县住建局\n配合单位:瓯南街道\n"
        "(2)新建城市公园3个。\n牵头单位:县综合行政执法局\n配合单位:县住建局\n"
        "2.推进交通建设。\n(1)建成高铁站;\n(2)新建公路25公里。\n牵头单位:县交通运输局\n",
        "in.txt");
    REQUIRE(r.ok());
    CHECK(respnet::test::task_rows(r.network) ==
          Names{"1 - | 提升城市功能品质。(1)完成城中村改造500户。 | 县住建局 | 瓯南街道",
                "1-1 - | 新建城市公园3个。 | 县综合行政执法局 | 县住建局",
                "2 - | 推进交通建设。(1)建成高铁站;(2)新建公路25公里。 | 县交通运输局 | "});
  }

  TEST_CASE("an inline assignment's units are placed where they were read, on the task's later lines too") {
    const ParseResult r = parse_document(
        "9.建设县城停车场。(县交通局牵头)\n"
        "10.推进县城供水管网改造,\n"
        "  完成投资5亿元。(县水利局牵头,县财政局配合)\n",
        "in.txt");
    REQUIRE(r.ok());
    CHECK(respnet::test::task_rows(r.network).at(1) == "10 - | 推进县城供水管网改造,完成投资5亿元。 | 县水利局 | 县财政局");
    // 县水利局 on line 3 after two spaces, 完成投资5亿元。 and the bracket: column 3 + 8 + 1.
    const Assignment& lead = r.network.assignments.at(1);
    CHECK(r.network.unit(lead.unit).name == "县水利局");
    CHECK(lead.location.line == 3);
    CHECK(lead.location.column == 12);
    CHECK(r.network.assignments.at(2).location.column == 19);
    // 县交通局 on the first line: 9.建设县城停车场。 and the bracket, column 3 + 8 + 1.
    CHECK(r.network.assignments.at(0).location.column == 12);
  }

  TEST_CASE("a whole document flattened onto one line is cut into its lines") {
    const ParseResult r = parse_document(
        "首页 > 政务公开 县政府各部门:现将分解印发给你们。责任单位中排在第一位的为牵头单位。\n"
        "一、主要目标 1.地区生产总值增长7%。责任领导:陈卫东 责任单位:县发改局、县统计局 "
        "2.完成投资50亿元。责任领导:胡晓东 责任单位:县经信局 二、重点工作 1.新建公园3个。责任单位:县住建局、各镇(街道) "
        "打印本页 关闭窗口\n",
        "in.txt");
    REQUIRE(r.ok());
    CHECK(respnet::test::task_rows(r.network) == Names{"1.1 陈卫东 | 地区生产总值增长7%。 | 县发改局 | 县统计局",
                                                       "1.2 胡晓东 | 完成投资50亿元。 | 县经信局 | ",
                                                       "2.1 - | 新建公园3个。 | 县住建局 | 各镇(街道)"});
    // Every place is the file's own: line 2, the column of the piece in that line.
    CHECK(r.network.tasks.at(1).location.line == 2);
    CHECK(r.network.tasks.at(1).location.column == 45);
    const Assignment& second = r.network.assignments.at(1);
    CHECK(r.network.unit(second.unit).name == "县统计局");
    CHECK(second.location.column == 40);
    CHECK(formatted(r.diagnostics) == Names{});
  }
}
