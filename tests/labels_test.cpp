// Labels are classified by their words, and the roles that documents state explicitly beat
// list order. Documents written for these tests in the layouts offices publish.
#include <algorithm>

#include <doctest/doctest.h>

#include "parse/document.hpp"
#include "parse/labels.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::formatted;
using respnet::test::Names;
using respnet::test::task_rows;

namespace {

std::optional<Label> label_of(std::u32string_view words) { return classify_label(words, default_lexicon()); }

}  // namespace

TEST_SUITE("parse::labels") {
  TEST_CASE("a label's words say what it names") {
    struct Case {
      std::u32string_view words;
      LabelKind kind;
      ListRole role;
    };
    for (const Case& c : {Case{U"牵头单位", LabelKind::units, ListRole::lead},
                          Case{U"牵头责任单位", LabelKind::units, ListRole::lead},
                          Case{U"牵头负责部门", LabelKind::units, ListRole::lead},
                          Case{U"主办单位", LabelKind::units, ListRole::lead},
                          Case{U"主责单位", LabelKind::units, ListRole::lead},
                          Case{U"协同责任单位", LabelKind::units, ListRole::support},
                          Case{U"配合单位", LabelKind::units, ListRole::support},
                          Case{U"协办单位", LabelKind::units, ListRole::support},
                          Case{U"参与单位", LabelKind::units, ListRole::support},
                          Case{U"其他责任单位", LabelKind::units, ListRole::support},
                          Case{U"责任单位", LabelKind::units, ListRole::lead_first},
                          Case{U"责任科室", LabelKind::units, ListRole::lead_first},
                          Case{U"牵头负责领导", LabelKind::leader, ListRole::lead},
                          Case{U"联系领导", LabelKind::leader, ListRole::lead_first},
                          Case{U"分管市领导", LabelKind::leader, ListRole::lead_first},
                          Case{U"责任领导", LabelKind::leader, ListRole::lead_first},
                          Case{U"完成时限", LabelKind::deadline, ListRole::lead_first},
                          Case{U"时间节点", LabelKind::deadline, ListRole::lead_first}}) {
      CAPTURE(std::string(c.words.begin(), c.words.end()).size());
      const auto label = label_of(c.words);
      REQUIRE(label);
      CHECK(label->kind == c.kind);
      CHECK(label->role == c.role);
    }
    CHECK_FALSE(label_of(U"工作任务责任单位"));
    CHECK_FALSE(label_of(U"省牵头单位"));
    CHECK_FALSE(label_of(U"工作目标"));
  }

  TEST_CASE("a label at a place: before a colon, a lead-rule note before it, or in 【】") {
    const ReaderLexicon& lexicon = default_lexicon();
    const auto colon = match_label(U"协同责任单位 :县财政局", 0, lexicon);
    REQUIRE(colon);
    CHECK(colon->value == 8u);
    const auto noted = match_label(U"责任单位(列第一位者为牵头单位):县财政局", 0, lexicon);
    REQUIRE(noted);
    CHECK(noted->label.role == ListRole::lead_first);
    const auto bracketed = match_label(U"【配合单位】县财政局", 0, lexicon);
    REQUIRE(bracketed);
    CHECK(bracketed->label.role == ListRole::support);
    CHECK(bracketed->value == 6u);
    CHECK_FALSE(match_label(U"推进县城供水管网改造。", 0, lexicon));
  }

  TEST_CASE("per-task blocks of label lines, each value ending in 。; the deadline line is no unit") {
    const ParseResult r = parse_document(
        "1.推进县城供水管网改造。\n"
        "牵头负责领导:王五副县长。\n"
        "牵头单位:县水利局。\n"
        "协同责任单位:县财政局、县住建局。\n"
        "完成时限:2024年12月底。\n"
        "2.实施农村道路提升工程。\n"
        "联系领导:张三\n"
        "牵头负责部门:县交通运输局\n"
        "配合单位:各乡镇(街道)\n",
        "in.txt");
    REQUIRE(r.ok());
    CHECK(task_rows(r.network) == Names{"1 王五 | 推进县城供水管网改造。 | 县水利局 | 县财政局、县住建局",
                                        "2 张三 | 实施农村道路提升工程。 | 县交通运输局 | 各乡镇(街道)"});
    CHECK(r.network.leaders[0].title == "副县长");
    CHECK(formatted(r.diagnostics) == Names{});
  }

  TEST_CASE("explicit roles beat list order: 【】 labels, (牵头) in a bracketed list, two leads, 配合落实, a bare list") {
    const ParseResult r = parse_document(
        "1.推进县城供水管网改造。【牵头单位】县水利局【配合单位】县财政局、县住建局\n"
        "2.实施农村道路提升工程。(县财政局、县交通局(牵头))\n"
        "3.发展特色产业。(县农业农村局、县商务局牵头,县财政局、县税务局配合)\n"
        "4.深化财税改革。(县发改局、县财政局配合落实)\n"
        "5.办好民生实事。(县民政局)\n"
        "6.推进乡村振兴。(各县、市、区政府和各区、县(市)政府)\n",
        "in.txt");
    REQUIRE(r.ok());
    CHECK(task_rows(r.network) == Names{"1 - | 推进县城供水管网改造。 | 县水利局 | 县财政局、县住建局",
                                        "2 - | 实施农村道路提升工程。 | 县交通局 | 县财政局",
                                        "3 - | 发展特色产业。 | 县农业农村局、县商务局 | 县财政局、县税务局",
                                        "4 - | 深化财税改革。 |  | 县发改局、县财政局",
                                        "5 - | 办好民生实事。 | 县民政局 | ",
                                        "6 - | 推进乡村振兴。 | 各县、市、区政府 | 各区、县(市)政府"});
    // The marked lead at its own column.
    const auto marked = std::find_if(r.network.assignments.begin(), r.network.assignments.end(),
                                     [&](const Assignment& a) { return r.network.unit(a.unit).name == "县交通局"; });
    REQUIRE(marked != r.network.assignments.end());
    CHECK(marked->location.line == 2);
    CHECK(marked->location.column == 20);
  }

  TEST_CASE("a document that starts mid-way, and a task glued onto the last unit by a lost line break") {
    const ParseResult r = parse_document(
        "责任单位:县发改局、县财政局\n"
        "2.实施农村道路提升工程。\n"
        "责任单位:县交通局、县财政局、县交投集团3.建设县城停车场。\n"
        "责任单位:县住建局\n",
        "in.txt");
    REQUIRE(r.ok());
    CHECK(task_rows(r.network) == Names{"2 - | 实施农村道路提升工程。 | 县交通局 | 县财政局、县交投集团",
                                        "3 - | 建设县城停车场。 | 县住建局 | "});
    CHECK(r.network.tasks[1].location.line == 3);
    CHECK(r.network.tasks[1].location.column == 21);
    CHECK(formatted(r.diagnostics) ==
          Names{"in.txt:1:1: warning: a 责任单位 line before any task is ignored: the document may start in the middle; "
                "expected a numbered task (1. …) above it.",
                "in.txt:2:1: warning: task number 2 follows 0; expected 1."});
  }
}

TEST_SUITE("parse::labels") {
  TEST_CASE("a leader's label among inline labels; the first listed of a shared list leads where the rule says so") {
    const ParseResult r = parse_document(
        "(列第一位者为牵头部门,其他部门按职责分工负责)\n"
        "1.新建高标准农田2万亩。[责任领导:吴国平;牵头单位:县农业农村局;责任单位:县财政局、县水利局]\n"
        "2.推进数字政府建设。(县大数据局、县财政局、县发改局等负责,各乡镇人民政府落实)\n"
        "3.建设县域物流中心。(县商务局、县交通局共同牵头,县财政局协同)\n",
        "in.txt");
    REQUIRE(r.ok());
    CHECK(task_rows(r.network) == Names{"1 吴国平 | 新建高标准农田2万亩。 | 县农业农村局 | 县财政局、县水利局",
                                        "2 - | 推进数字政府建设。 | 县大数据局 | 县财政局、县发改局、各乡镇人民政府",
                                        "3 - | 建设县域物流中心。 | 县商务局、县交通局 | 县财政局"});
    CHECK_FALSE(r.network.tasks[1].shared_lead);
    CHECK(r.network.tasks[1].reading.basis == LeadBasis::stated_rule);
    CHECK(formatted(r.diagnostics) == Names{});
  }
}

TEST_SUITE("parse::labels") {
  TEST_CASE("labels without a colon in 【】, a 进度要求 after the units, a leader in brackets among units") {
    const ParseResult r = parse_document(
        "1.新建城市公园3个。\n【责任领导】县长 吴旭东\n【牵头单位】县住建局\n"
        "2.建成县第二中学。\n责任单位:县教育局 进度要求:9月底前完成主体工程\n"
        "3.地区生产总值增长7%。\n责任单位:市发改委、市统计局(分管领导:王建伟)\n",
        "in.txt");
    REQUIRE(r.ok());
    CHECK(task_rows(r.network) == Names{"1 吴旭东 | 新建城市公园3个。 | 县住建局 | ", "2 - | 建成县第二中学。 | 县教育局 | ",
                                        "3 - | 地区生产总值增长7%。 | 市发改委 | 市统计局"});
  }

  TEST_CASE("会同, joint leads, names apart by spaces, 党委和政府 as one group, and the all-lead rule in other words") {
    const ParseResult r = parse_document(
        "未明确牵头单位的,所列单位均为牵头单位。\n"
        "1.扩大对外贸易。(省商务厅会同省发展改革委、省工业和信息化厅负责)\n"
        "2.建设物流枢纽。\n责任单位:市发改委、市财政局(共同牵头)\n"
        "3.发展夜间经济。\n配合单位:区商务局 区交通运输局 朱家尖管委会\n牵头单位:区文旅局\n"
        "4.办好民生实事。\n责任单位:各县(市、区)党委和政府、县民政局\n",
        "in.txt");
    REQUIRE(r.ok());
    CHECK(task_rows(r.network) == Names{"1 - | 扩大对外贸易。 | 省商务厅 | 省发展改革委、省工业和信息化厅",
                                        "2 - | 建设物流枢纽。 | 市发改委、市财政局 | ",
                                        "3 - | 发展夜间经济。 | 区文旅局 | 区商务局、区交通运输局、朱家尖管委会",
                                        "4 - | 办好民生实事。 | 各县(市、区)党委和政府、县民政局 | "});
  }
}
