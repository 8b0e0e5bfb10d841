// The layouts offices publish, in small documents written for these tests.
#include <doctest/doctest.h>

#include "parse/document.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::Names;
using respnet::test::units_of;

namespace {

// These documents are clean: they parse without any diagnostic.
Network parse_ok(const std::string& text) {
  const ParseResult r = parse_document(text, "in.txt");
  CHECK(respnet::test::formatted(r.diagnostics) == Names{});
  return respnet::test::parse_ok(text);
}

}  // namespace

TEST_SUITE("parse::dialects") {
  TEST_CASE("zeren variants: 主抓 headings and (一) numbering") {
    const Network n = parse_ok(
        "一、王五副市长主抓重点工作\n（一）推进数字政府建设。\n责任单位：市大数据局、市财政局\n"
        "（二）加快改造。\n责任单位:市住建局\n");
    REQUIRE(n.tasks.size() == 2);
    CHECK(n.leaders[0].name == "王五");
    CHECK(n.tasks[1].id == "1.2");
    CHECK(units_of(n, 0, Role::lead) == Names{"市大数据局"});
  }

  TEST_CASE("the lead-rule note may stand between 责任单位 and its colon") {
    const Network n = parse_ok("1.甲。\n责任单位（列第一位者为牵头单位）：市丙局、市丁局\n");
    CHECK(units_of(n, 0, Role::lead) == Names{"市丙局"});
    CHECK(units_of(n, 0, Role::support) == Names{"市丁局"});
    CHECK(n.tasks[0].text == "甲。");
  }

  TEST_CASE("lead-support: 牵头单位 and 配合单位 lines; 责任单位 after 牵头单位 means support") {
    const Network n = parse_ok(
        "1.推进数字政府建设。\n牵头单位：市大数据局\n配合单位：市财政局、市发改委\n"
        "2.加快老旧小区改造。\n牵头单位:市住建局\n责任单位:市财政局、各县(区)政府\n"
        "3.推进综合改革。\n牵头单位:市委改革办、市发改委;协办单位:市司法局\n");
    CHECK(units_of(n, 0, Role::lead) == Names{"市大数据局"});
    CHECK(units_of(n, 0, Role::support) == Names{"市财政局", "市发改委"});
    CHECK(units_of(n, 1, Role::lead) == Names{"市住建局"});
    CHECK(units_of(n, 1, Role::support) == Names{"市财政局", "各县(区)政府"});
    CHECK(units_of(n, 2, Role::lead) == Names{"市委改革办", "市发改委"});
    CHECK(units_of(n, 2, Role::support) == Names{"市司法局"});
  }

  TEST_CASE("inline: the assignment in brackets at the end of the task") {
    const Network n = parse_ok(
        "1.完善养老服务体系(市民政局牵头,市卫健委、市医保局配合)。\n"
        "2.推进乡村振兴[牵头单位:县农业农村局(乡村振兴局);责任单位:县财政局、县发改局等]\n"
        "3.加强安全生产（市应急局、市消防支队按职责分工负责）\n"
        "4.实施二期工程（二期）。\n责任单位:市交通局\n"
        "5.办好民生实事(市发展和改革委员会、省工业和信息化厅等负责)\n");
    CHECK(n.tasks[0].text == "完善养老服务体系");
    CHECK(units_of(n, 0, Role::lead) == Names{"市民政局"});
    CHECK(units_of(n, 0, Role::support) == Names{"市卫健委", "市医保局"});
    CHECK(units_of(n, 1, Role::lead) == Names{"县农业农村局"});
    CHECK(n.units[3].aliases == Names{"乡村振兴局"});
    CHECK(units_of(n, 1, Role::support) == Names{"县财政局", "县发改局"});
    CHECK(units_of(n, 2, Role::lead) == Names{"市应急局", "市消防支队"});
    CHECK(units_of(n, 2, Role::support).empty());
    CHECK(n.tasks[3].text == "实施二期工程（二期）。");
    CHECK(units_of(n, 3, Role::lead) == Names{"市交通局"});
    // 和 is part of names: never a separator.
    CHECK(units_of(n, 4, Role::lead) == Names{"市发展和改革委员会", "省工业和信息化厅"});
  }

  TEST_CASE("a labelled list on the task's own line") {
    const Network n = parse_ok("1.推进数字化改革。责任单位：市大数据局、市财政局\n2.扩大开放。牵头单位:市商务局;配合单位:市发改委\n");
    CHECK(n.tasks[0].text == "推进数字化改革。");
    CHECK(units_of(n, 0, Role::lead) == Names{"市大数据局"});
    CHECK(units_of(n, 0, Role::support) == Names{"市财政局"});
    CHECK(units_of(n, 1, Role::lead) == Names{"市商务局"});
    CHECK(units_of(n, 1, Role::support) == Names{"市发改委"});
  }

  TEST_CASE("per-task leader: 分管领导 lines and 部门分工 prose") {
    const Network n = parse_ok(
        "重点工作分工\n1.深化改革。\n分管领导:赵六副市长\n部门分工:市委改革办牵头,市发改委、市司法局配合。\n"
        "2.扩大开放。\n分管领导：钱七\n责任单位：市商务局、市发改委\n3.稳定就业。\n分管领导:赵六副市长\n"
        "责任单位:市人社局\n");
    REQUIRE(n.leaders.size() == 2);
    CHECK(n.leaders[0].name == "赵六");
    CHECK(n.leaders[0].title == "副市长");
    CHECK(n.leaders[1].name == "钱七");
    CHECK(n.tasks[0].text == "深化改革。");
    CHECK(units_of(n, 0, Role::lead) == Names{"市委改革办"});
    CHECK(units_of(n, 0, Role::support) == Names{"市发改委", "市司法局"});
    CHECK(n.tasks[2].leader == n.tasks[0].leader);
    CHECK(n.tasks[1].id == "2");
  }

  TEST_CASE("a covering notice's numbered paragraphs and 附件 lines are not tasks") {
    const Network n = parse_ok(
        "关于印发重点工作任务分解的通知\n一、总体要求\n二、工作安排\n附件:1.重点工作任务分解表\n"
        "一、张三市长牵头重点工作\n1.甲。\n责任单位:A局\n");
    REQUIRE(n.tasks.size() == 1);
    CHECK(n.tasks[0].id == "1.1");
  }

  TEST_CASE("a progress report's numbered notes under each task are not tasks") {
    const Network n = parse_ok(
        "2023年重点工作任务推进情况\n一、张三市长牵头重点工作\n1.推进数字政府建设。\n"
        "责任单位：市大数据局、市财政局\n进展情况：\n1.已完成平台招标。\n2.正在开展系统联调。\n3.预计年底上线。\n"
        "2.加快老旧小区改造。\n责任单位：市住建局\n工作进展：①已开工25个；\n②完成投资3亿元。\n"
        "3.扩大开放（市商务局牵头，市发改委配合）\n1.外贸进出口增长8%。\n2.实际利用外资1亿美元。\n"
        "4.稳就业（市人社局、市财政局按职责分工负责）\n①新增就业1.2万人。\n");
    CHECK(respnet::test::task_rows(n) == Names{"1.1 张三 | 推进数字政府建设。 | 市大数据局 | 市财政局",
                                               "1.2 张三 | 加快老旧小区改造。 | 市住建局 | ",
                                               "1.3 张三 | 扩大开放 | 市商务局 | 市发改委",
                                               "1.4 张三 | 稳就业 | 市人社局、市财政局 | "});
    CHECK(n.tasks[3].shared_lead);
    CHECK_FALSE(n.tasks[2].shared_lead);
  }

  TEST_CASE("和 separates two names, never splits one") {
    const Network n = parse_ok("1.甲。\n责任单位：岳麓区和市直相关单位、市发展和改革委员会、各县(区)和功能区管委会\n");
    CHECK(units_of(n, 0, Role::lead) == Names{"岳麓区"});
    CHECK(units_of(n, 0, Role::support) ==
          Names{"市直相关单位", "市发展和改革委员会", "各县(区)", "功能区管委会"});
  }

  TEST_CASE("State Council layout: 一、 and (一) headings above 1. tasks with inline assignments") {
    const std::string text =
        "国务院关于落实《政府工作报告》重点工作分工的意见\n各省、自治区、直辖市人民政府：\n"
        "一、着力稳定宏观经济大盘\n（一）实施积极的财政政策。\n"
        "1.赤字率拟按3%左右安排。（财政部牵头，国家发展改革委、人民银行配合）\n"
        "2.完善税费支持政策，\n落实结构性减税。（财政部、税务总局按职责分工负责）\n"
        "二、扩大国内需求\n3.推动消费持续恢复。（商务部、国家发展改革委等按职责分工负责）\n"
        "各地区、各部门要抓好落实。\n";
    const ParseResult r = parse_document(text, "sc.txt");
    CHECK(respnet::test::task_rows(r.network) ==
          Names{"1 - | 赤字率拟按3%左右安排。 | 财政部 | 国家发展改革委、人民银行",
                "2 - | 完善税费支持政策，落实结构性减税。 | 财政部、税务总局 | ",
                "3 - | 推动消费持续恢复。 | 商务部、国家发展改革委 | "});
    CHECK(respnet::test::formatted(r.diagnostics) ==
          Names{"sc.txt:10:1: warning: this line is not part of any task and is ignored: expected a numbered "
                "task, a 责任单位 line or a section heading."});
  }

  TEST_CASE("without leader sections, a notice's numbered paragraphs above the first assigned task are skipped") {
    const Network n = parse_ok(
        "关于印发分工方案的通知\n1.提高思想认识。\n2.加强督查考核。\n附件：1.任务分工\n"
        "1.推进数字化改革。\n责任单位：市大数据局、市财政局，列第一位者为牵头单位\n");
    CHECK(respnet::test::task_rows(n) == Names{"1 - | 推进数字化改革。 | 市大数据局 | 市财政局"});
  }

  TEST_CASE("(1) numbering: tasks when assignments follow, else points of the task above") {
    const Network tasks = parse_ok(
        "（1）推进数字化改革。\n分管领导：赵六\n责任单位：市大数据局、市财政局\n"
        "（2）扩大开放（市商务局牵头，市发改委、市财政局等按职责分工负责）\n");
    CHECK(respnet::test::task_rows(tasks) == Names{"1 赵六 | 推进数字化改革。 | 市大数据局 | 市财政局",
                                                   "2 - | 扩大开放 | 市商务局 | 市发改委、市财政局"});
    CHECK_FALSE(tasks.tasks[1].shared_lead);
    const Network points = parse_ok("1.推进数字化改革：\n(1)完善平台；\n(2)整合数据。\n责任单位：市大数据局\n");
    CHECK(respnet::test::task_rows(points) == Names{"1 - | 推进数字化改革：(1)完善平台；(2)整合数据。 | 市大数据局 | "});
  }

  TEST_CASE("(一) leader headings with 主抓的 and (1) tasks; the rule line above them") {
    const Network n = parse_ok(
        "2021年区政府重点工作责任分解\n（列第一位者为牵头单位）\n（一）王建国区长主抓的重点工作\n"
        "（1）地区生产总值增长7%左右。\n责任单位：区发改局、区统计局\n"
        "（二）李红梅常务副区长牵头的重点工作\n（2）实施重点项目100个。\n责任单位：区发改局、区住建局、\n各镇（街道）\n");
    CHECK(respnet::test::task_rows(n) == Names{"1.1 王建国 | 地区生产总值增长7%左右。 | 区发改局 | 区统计局",
                                               "2.2 李红梅 | 实施重点项目100个。 | 区发改局 | 区住建局、各镇(街道)"});
    CHECK(n.leaders[1].title == "常务副区长");
  }

  TEST_CASE("numbering that restarts under headings and attachments: ids carry them") {
    const Network n = parse_ok(
        "附件1\n一、主要目标\n（一）地区生产总值增长10%。（牵头单位：县发改局；责任单位：各镇人民政府）\n"
        "二、重点工作\n（一）推进项目建设。[牵头单位：县招商服务中心；责任单位：县住建局、\n县生态环境分局（县环委办）]\n"
        "附件2\n1.建设快速通道。（牵头单位：县交通运输局；责任单位：沿线各镇人民政府）\n");
    CHECK(respnet::test::task_rows(n) == Names{"1.1.1 - | 地区生产总值增长10%。 | 县发改局 | 各镇人民政府",
                                               "1.2.1 - | 推进项目建设。 | 县招商服务中心 | 县住建局、县生态环境分局",
                                               "2.1 - | 建设快速通道。 | 县交通运输局 | 沿线各镇人民政府"});
  }

  TEST_CASE("more labels, leaders and remarks where units are, clauses inside a 责任单位 list") {
    const Network n = parse_ok(
        "1.甲。\n主要责任单位：市发改委、市财政局\n其他责任单位：市统计局。\n"
        "2.乙。（分管副省长、协管副秘书长负责，省发展改革委牵头，长沙海关等省直有关单位按职责分工负责）\n"
        "3.丙。（牵头单位：市发改委；责任单位：各区人民政府〈含开发区、风景区管委会，下同〉）\n"
        "4.丁。\n责任单位：省政府办公厅、省财政厅牵头，省商务厅、市级各有关部门及各县区政府\n");
    CHECK(respnet::test::task_rows(n) ==
          Names{"1 - | 甲。 | 市发改委、市财政局 | 市统计局", "2 - | 乙。 | 省发展改革委 | 长沙海关、省直有关单位",
                "3 - | 丙。 | 市发改委 | 各区人民政府",
                "4 - | 丁。 | 省政府办公厅、省财政厅 | 省商务厅、市级各有关部门、各县区政府"});
  }

  TEST_CASE("责任单位 lead together where the document says so, or beside a 配合 list") {
    const std::string tasks = "1.甲。（责任单位：市发改委、市统计局）\n2.乙。\n责任单位：市科技局、市财政局\n配合单位：市税务局\n";
    CHECK(respnet::test::task_rows(parse_ok(tasks)) ==
          Names{"1 - | 甲。 | 市发改委 | 市统计局", "2 - | 乙。 | 市科技局、市财政局 | 市税务局"});
    const Network stated = parse_ok("牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要统筹推进。\n" + tasks);
    CHECK(respnet::test::task_rows(stated)[0] == "1 - | 甲。 | 市发改委、市统计局 | ");
    // The first-listed rule is not that statement.
    const Network first = parse_ok("列第一位的责任单位为牵头单位。\n" + tasks);
    CHECK(respnet::test::task_rows(first)[0] == "1 - | 甲。 | 市发改委 | 市统计局");
  }

  TEST_CASE("a third corpus: deadlines, 科室 labels, 主办/协办, names before a comma, marked leads") {
    const Network n = parse_ok(
        "1.甲。（牵头单位：州发改委；责任单位：州财政局，6月底完成）\n"
        "2.乙。\n责任科室：经济服务科、财政所\n配合科室：城市管理科\n"
        "3.丙。（市发改委主办，市统计局协办）\n"
        "4.丁。（省发展改革委牵头；省财政厅、省商务厅，各州市人民政府配合）\n"
        "5.戊。（自然资源厅等相关部门负责）\n"
        "6.己。\n责任单位：市住建局、市财政局（牵头）、市城管局（牵头）\n");
    CHECK(respnet::test::task_rows(n) == Names{"1 - | 甲。 | 州发改委 | 州财政局",
                                               "2 - | 乙。 | 经济服务科、财政所 | 城市管理科",
                                               "3 - | 丙。 | 市发改委 | 市统计局",
                                               "4 - | 丁。 | 省发展改革委 | 省财政厅、省商务厅、各州市人民政府",
                                               "5 - | 戊。 | 自然资源厅 | ",
                                               "6 - | 己。 | 市财政局、市城管局 | 市住建局"});
  }
}

TEST_SUITE("parse::dialects") {
  TEST_CASE("two rules in one document: each holds from where it is stated") {
    const ParseResult r = parse_document(
        "附件1\n"
        "(列第一位的为工作牵头单位)\n"
        "1.推进县城供水管网改造。\n"
        "责任单位:县水利局、县财政局\n"
        "附件2\n"
        "(无牵头单位的,责任单位即为牵头单位)\n"
        "1.办好民生实事。\n"
        "责任单位:县民政局、县卫健局\n",
        "in.txt");
    REQUIRE(r.ok());
    CHECK(respnet::test::task_rows(r.network) == Names{"1.1 - | 推进县城供水管网改造。 | 县水利局 | 县财政局",
                                                       "2.1 - | 办好民生实事。 | 县民政局、县卫健局 | "});
  }
}
