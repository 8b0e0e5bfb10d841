// Tables as web pages and PDFs reach us copied as text: one cell per paragraph, cells after
// `|` marks, rows on one line with single spaces, box drawing. Documents written for these
// tests in the shapes offices publish.
#include <chrono>

#include <doctest/doctest.h>

#include "parse/document.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::formatted;
using respnet::test::Names;
using respnet::test::task_rows;

namespace {

ParseResult parse(const std::string& text) {
  ParseResult r = parse_document(text, "in.txt");
  REQUIRE(r.ok());
  CHECK(r.readings.at(0).dialect == Dialect::table);
  return r;
}

const Assignment& assignment_of(const Network& network, const std::string& unit) {
  for (const Assignment& a : network.assignments) {
    if (network.unit(a.unit).name == unit) return a;
  }
  FAIL("no assignment of " << unit);
  return network.assignments.front();
}

}  // namespace

TEST_SUITE("parse::flattened_tables") {
  TEST_CASE("one cell per paragraph: empty 序号 cells, a unit cell over two lines, numbered items in a progress cell") {
    const ParseResult r = parse(
        "2024年县政府工作报告重点工作一季度进展情况\n"  // 1
        "\n"
        "序号\n"  // 3
        "\n"
        "工作任务\n"  // 5
        "\n"
        "牵头单位\n"  // 7
        "\n"
        "一季度进展情况\n"  // 9
        "\n"
        "推进县城供水管网改造。\n"  // 11
        "\n"
        "县水利局\n"  // 13
        "\n"
        "1.完成管网改造12公里。\n"  // 15
        "\n"
        "2.新建加压泵站1座。\n"  // 17
        "\n"
        "深化国有企业改革,完成整合重组。\n"  // 19
        "\n"
        "县财政局\n"  // 21
        "\n"
        "(县国资办)\n"  // 23
        "\n"
        "一是制定改革方案。\n"
        "\n"
        "二是完成三家企业整合。\n");
    CHECK(task_rows(r.network) == Names{"1 - | 推进县城供水管网改造。 | 县水利局 | ",
                                        "2 - | 深化国有企业改革,完成整合重组。 | 县财政局 | "});
    CHECK(r.network.tasks[0].number == 0u);
    CHECK(r.network.tasks[1].location.line == 19);
    CHECK(r.network.units[1].aliases == std::vector<std::string>{"县国资办"});
    CHECK(assignment_of(r.network, "县财政局").location.line == 21);
    CHECK(formatted(r.diagnostics) == Names{});
  }

  TEST_CASE("one cell per paragraph: 序号 alone on its line, a leader's row between rows, 一是/二是 paragraphs") {
    const ParseResult r = parse(
        "序号\n工作任务\n牵头单位\n配合单位\n完成情况\n"
        "王五县长牵头重点工作\n"
        "1\n农村自来水普及率达到95%。\n县水利局\n县财政局、县卫健局\n一是完成水厂扩建。\n二是铺设管网。\n"
        "2\n实施国资国企改革深化提升行动。\n县财政局\n(县国资办)\n县经信局\n已完成方案。\n"
        "张三副县长负责事项(共1项)\n"
        "3\n建成县域医共体。\n县卫健局\n各乡镇(街道)\n推进中。\n");
    CHECK(task_rows(r.network) == Names{"1 王五 | 农村自来水普及率达到95%。 | 县水利局 | 县财政局、县卫健局",
                                        "2 王五 | 实施国资国企改革深化提升行动。 | 县财政局 | 县经信局",
                                        "3 张三 | 建成县域医共体。 | 县卫健局 | 各乡镇(街道)"});
    CHECK(r.network.leaders[0].title == "县长");
    CHECK(r.network.leaders[1].title == "副县长");
    CHECK(r.network.leaders[1].location.line == 19);
  }

  TEST_CASE("a progress table whose tasks carry their lead in their text") {
    const ParseResult r = parse(
        "序号\n\n工作内容\n\n半年度完成情况\n\n"
        "1\n\n加快建设滨海绿道,打造城市客厅。(牵头单位:县住建局)\n\n"
        "①完成绿道建设5公里。\n\n②启动二期设计。\n\n"
        "2\n\n深化数字化改革。[牵头单位:县府办(县大数据局)]\n\n①上线政务服务平台。\n");
    CHECK(task_rows(r.network) == Names{"1 - | 加快建设滨海绿道,打造城市客厅。 | 县住建局 | ",
                                        "2 - | 深化数字化改革。 | 县府办 | "});
    CHECK(r.network.units[1].aliases == std::vector<std::string>{"县大数据局"});
    // The inline assignment's unit at its own line and column.
    CHECK(assignment_of(r.network, "县住建局").location.line == 9);
    CHECK(assignment_of(r.network, "县住建局").location.column == 23);
  }

  TEST_CASE("cells after | marks, a lone | closing each row; a lead written vertically spans the rows below") {
    const ParseResult r = parse(
        "牵头单位\n"
        "| 工 作 任 务\n"
        "| 配 合 单 位\n"
        "|\n"
        "县\n"  // 5
        "农业\n"
        "农村局\n"
        "| 推进高标准农田建设\n"  // 8
        "| 县财政局、县水利局\n"
        "|\n"
        "发展特色种养业\n"
        "| 各乡镇(街道)和县供销社\n"
        "|\n"
        "县\n"
        "文旅\n"
        "局\n"
        "| 创建全域旅游示范区\n"
        "| 县发改局\n"
        "|\n");
    CHECK(task_rows(r.network) == Names{"1 - | 推进高标准农田建设 | 县农业农村局 | 县财政局、县水利局",
                                        "2 - | 发展特色种养业 | 县农业农村局 | 各乡镇(街道)、县供销社",
                                        "3 - | 创建全域旅游示范区 | 县文旅局 | 县发改局"});
    CHECK(r.network.tasks[0].location.line == 8);
    CHECK(assignment_of(r.network, "县农业农村局").location.line == 5);
    CHECK(assignment_of(r.network, "县文旅局").location.line == 14);
  }

  TEST_CASE("rows on one line with single spaces, a spaced-out header, task text with spaces and figures") {
    const ParseResult r = parse(
        "国务院办公厅关于印发量化指标任务分工的通知\n"
        "一、各有关部门要高度重视量化指标任务。\n"
        "序号 工 作 任 务 牵头负责部门\n"
        "1 城镇新增就业1100万人以上 人力资源社会保障部\n"
        "2 单位国内生产总值能耗降低 3%左右 发展改革委\n"
        "3 安排财政赤字2.18万亿元,赤字率3% 财政部\n"
        "4 中央预算内投资安排7000亿元 发展改革\n");
    CHECK(task_rows(r.network) == Names{"1 - | 城镇新增就业1100万人以上 | 人力资源社会保障部 | ",
                                        "2 - | 单位国内生产总值能耗降低 3%左右 | 发展改革委 | ",
                                        "3 - | 安排财政赤字2.18万亿元,赤字率3% | 财政部 | ",
                                        // Cut off inside its unit: no units, and none taken from the row above.
                                        "4 - | 中央预算内投资安排7000亿元 发展改革 |  | "});
    CHECK(formatted(r.diagnostics) == Names{"in.txt:7:1: warning: task 4 names no units; it is kept with none."});
  }

  TEST_CASE("a box-drawing table: the lines between two rules are one row") {
    const ParseResult r = parse(
        "┌────┬────────────────┬──────────┬──────────┐\n"
        "│序号│工作任务        │牵头单位  │配合单位  │\n"
        "├────┼────────────────┼──────────┼──────────┤\n"
        "│1   │推进县城供水管网│县水利局  │县财政局、│\n"
        "│    │改造            │          │县住建局  │\n"
        "├────┼────────────────┼──────────┼──────────┤\n"
        "│2   │实施农村道路提升│县交通运输│各乡镇(街 │\n"
        "│    │工程。          │局        │道)       │\n"
        "└────┴────────────────┴──────────┴──────────┘\n");
    CHECK(task_rows(r.network) == Names{"1 - | 推进县城供水管网改造 | 县水利局 | 县财政局、县住建局",
                                        "2 - | 实施农村道路提升工程。 | 县交通运输局 | 各乡镇(街道)"});
    CHECK(assignment_of(r.network, "县住建局").location.line == 5);
    CHECK(assignment_of(r.network, "县住建局").location.column == 33);
  }
}

TEST_SUITE("parse::flattened_tables") {
  TEST_CASE("header cells that never end are looked at once each: the reading stays linear") {
    std::string text;
    for (int k = 0; k < 30000; ++k) text += "序号\n工作任务\n牵头单位\n";
    const auto start = std::chrono::steady_clock::now();
    const ParseResult r = parse_document(text, "in.txt");
    const auto elapsed = std::chrono::steady_clock::now() - start;
    CHECK(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() < 2000 * respnet::test::k_time_factor);
    CHECK_FALSE(r.ok());
  }
}

TEST_SUITE("parse::flattened_tables") {
  TEST_CASE("a leader column: title before the name, a bare name, over two pieces of a single-space row") {
    const ParseResult stacked = parse(
        "序号\n重点任务\n分管区领导\n牵头单位\n协办单位\n"
        "1\n新增规上工业企业30家\n常务副区长 韦国庆\n区工信局\n区发改局、区统计局\n"
        "2\n建成区级数据中心\n张立伟\n区大数据中心\n区财政局\n"
        "【打印本页】【关闭窗口】\n");
    CHECK(task_rows(stacked.network) == Names{"1 韦国庆 | 新增规上工业企业30家 | 区工信局 | 区发改局、区统计局",
                                              "2 张立伟 | 建成区级数据中心 | 区大数据中心 | 区财政局"});
    CHECK(stacked.network.leaders[0].title == "常务副区长");
    const ParseResult rows = parse(
        "序号 工作任务 分管领导 牵头单位\n1 地区生产总值增长6.5% 常务副县长 李国强 县发改局\n2 城镇新增就业3000人 王芳 县人社局\n");
    CHECK(task_rows(rows.network) == Names{"1 李国强 | 地区生产总值增长6.5% | 县发改局 | ",
                                           "2 王芳 | 城镇新增就业3000人 | 县人社局 | "});
  }
}
