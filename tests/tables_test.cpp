// The `table` dialect: CSV, TSV and tables flattened into text, in documents written for these
// tests in the layouts offices publish.
#include <doctest/doctest.h>

#include "parse/document.hpp"
#include "parse/table_header.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::formatted;
using respnet::test::Names;
using respnet::test::task_rows;

namespace {

ParseResult parse(const std::string& text, const std::string& name) {
  ParseResult r = parse_document(text, name);
  REQUIRE(r.ok());
  CHECK(r.readings.at(0).dialect == Dialect::table);
  return r;
}

}  // namespace

TEST_SUITE("parse::tables") {
  TEST_CASE("CSV: quoted cells with line breaks, headings, spanning lead, empty 序号, inline text") {
    const ParseResult r = parse(
        "2023年重点工作任务分解表,,,,,\n"
        "序号,工作任务,牵头单位,配合单位,牵头领导,完成时限\n"
        "一、稳增长,,,,,\n"
        "1,地区生产总值增长6.5%左右,县发改局,县统计局、县财政局,张三,12月底\n"
        "2,\"推进重大项目建设，\n完成投资50亿元\",县发改局,\"县自然资源局\n县住建局\",,12月底\n"
        ",实施城市更新行动,县住建局,县财政局,李四副县长,\n"
        "3,加强安全生产,,县应急局和县消防救援大队,,\n"
        "二、惠民生,,,,,\n"
        "1,办好民生实事（县民政局牵头，县卫健局配合）,,,王五,\n",
        "plan.csv");
    CHECK(task_rows(r.network) == Names{
                                      "1.1 张三 | 地区生产总值增长6.5%左右 | 县发改局 | 县统计局、县财政局",
                                      "1.2 张三 | 推进重大项目建设，完成投资50亿元 | 县发改局 | 县自然资源局、县住建局",
                                      "1.2-1 李四 | 实施城市更新行动 | 县住建局 | 县财政局",
                                      "1.3 李四 | 加强安全生产 | 县住建局 | 县应急局、县消防救援大队",
                                      "2.1 王五 | 办好民生实事 | 县民政局 | 县卫健局",
                                  });
    CHECK(r.network.leaders[1].title == "副县长");
    CHECK(r.network.tasks[1].location.line == 5);
    // The second line of a quoted cell is a line of the file.
    CHECK(r.network.assignments[4].location.line == 6);
    CHECK(formatted(r.diagnostics) == Names{});
  }

  TEST_CASE("TSV, and tab-separated rows inside a text file") {
    const std::string rows =
        "序号\t工作任务\t牵头单位\t配合单位\n1\t甲项工作\t县发改局\t县财政局\n2\t乙项工作\t县住建局\t\n";
    for (const char* name : {"plan.tsv", "plan.txt"}) {
      CAPTURE(name);
      CHECK(task_rows(parse(rows, name).network) ==
            Names{"1 - | 甲项工作 | 县发改局 | 县财政局", "2 - | 乙项工作 | 县住建局 | "});
    }
  }

  TEST_CASE("a table flattened with '|': a covering notice above, broken cells, a task without 序号") {
    const ParseResult r = parse(
        "关于印发2023年重点工作任务分解的通知\n各乡镇人民政府，县政府各部门：\n"
        "一、总体要求\n附件：1.重点工作任务分解表\n\n"
        "| 序号 | 重点工作 | 牵头单位 | 责任单位 | 分管领导 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 推进数字政府建设。 | 县大数据局 | 县财政局、 | 张三 |\n"
        "|   |  |  | 县发改局 |  |\n"
        "| 2 | 实施老旧小区改造，完成 | 县住建局 | 县财政局 |  |\n"
        "|   | 改造30个。 |  |  |  |\n"
        "|   | 推进城乡风貌整治。 |  | 县自然资源和规划局 | 李四 |\n"
        "| 3 | 岳麓区和市直相关单位做好衔接 | 岳麓区和市直相关单位 |  |  |\n",
        "plan.md");
    CHECK(task_rows(r.network) == Names{
                                      "1 张三 | 推进数字政府建设。 | 县大数据局 | 县财政局、县发改局",
                                      "2 张三 | 实施老旧小区改造，完成改造30个。 | 县住建局 | 县财政局",
                                      "2-1 李四 | 推进城乡风貌整治。 | 县住建局 | 县自然资源和规划局",
                                      "3 李四 | 岳麓区和市直相关单位做好衔接 | 岳麓区、市直相关单位 | ",
                                  });
  }

  TEST_CASE("a table flattened with runs of spaces, aligned under its header") {
    const ParseResult r = parse(
        "序号  工作任务                          牵头单位      配合单位            责任领导\n"
        "1     推进数字政府建设。                县大数据局    县财政局            张三\n"
        "2     实施老旧小区改造，完成改造30      县住建局      县财政局、\n"
        "      个。                                            县发改局\n"
        "二、扩大开放\n"
        "3     稳外贸稳外资。                    县商务局      县发展和改革局      李四\n"
        "4     做好防汛工作（县水利局牵头，县应急局配合）\n",
        "plan.txt");
    CHECK(task_rows(r.network) == Names{
                                      "1 张三 | 推进数字政府建设。 | 县大数据局 | 县财政局",
                                      "2 张三 | 实施老旧小区改造，完成改造30个。 | 县住建局 | 县财政局、县发改局",
                                      "3 李四 | 稳外贸稳外资。 | 县商务局 | 县发展和改革局",
                                      "4 李四 | 做好防汛工作 | 县水利局 | 县应急局",
                                  });
  }

  TEST_CASE("责任单位 without a 牵头 column: the first listed leads; numbering restarts per leader heading") {
    const ParseResult r = parse(
        "一、张三副市长牵头重点工作\n序号,工作任务,责任单位\n1,甲。,市发改委、市财政局\n2,乙。,市住建局\n"
        "二、李四副市长牵头重点工作\n序号,工作任务,责任单位\n1,丙。,市商务局\n",
        "plan.csv");
    CHECK(task_rows(r.network) == Names{"1.1 张三 | 甲。 | 市发改委 | 市财政局", "1.2 张三 | 乙。 | 市住建局 | ",
                                        "2.1 李四 | 丙。 | 市商务局 | "});
  }

  TEST_CASE("a unit cell may say the roles in words") {
    const ParseResult r = parse(
        "序号,工作任务,责任单位\n1,甲。,\"牵头单位：市发改委\n配合单位：市财政局、市商务局\"\n"
        "2,乙。,市住建局牵头，市财政局等配合\n3,丙。,市民政局、市卫健局\n",
        "cells.csv");
    CHECK(task_rows(r.network) == Names{"1 - | 甲。 | 市发改委 | 市财政局、市商务局", "2 - | 乙。 | 市住建局 | 市财政局",
                                        "3 - | 丙。 | 市民政局 | 市卫健局"});
    CHECK(r.network.assignments[1].location.line == 3);
  }

  TEST_CASE("a 序号 repeated under one heading is an error; a task with no units a warning") {
    const ParseResult r = parse_document("序号,工作任务,牵头单位\n1,甲。,\n1,乙。,市发改委\n", "bad.csv");
    CHECK(formatted(r.diagnostics) ==
          Names{"bad.csv:2:1: warning: task 1 names no units; it is kept with none.",
                "bad.csv:3:1: error: task 1 appears twice (first on line 2): task numbers must be unique under a heading."});
  }

  TEST_CASE("the header's words: what each column is") {
    CHECK(classify_header(U"序  号", default_lexicon()) == Column::number);
    CHECK(classify_header(U"重点工作任务", default_lexicon()) == Column::task);
    CHECK(classify_header(U"牵头领导", default_lexicon()) == Column::leader);
    CHECK(classify_header(U"牵头部门", default_lexicon()) == Column::lead);
    CHECK(classify_header(U"协办单位", default_lexicon()) == Column::support);
    CHECK(classify_header(U"责任单位", default_lexicon()) == Column::responsible);
    CHECK(classify_header(U"完成时限", default_lexicon()) == Column::other);
    CHECK(classify_header(U"任务来源", default_lexicon()) == Column::other);
    CHECK(classify_header(U"目标类型", default_lexicon()) == Column::other);
    CHECK(classify_header(U"省牵头单位", default_lexicon()) == Column::other);
    CHECK(classify_header(U"分管省领导", default_lexicon()) == Column::leader);
    CHECK(classify_header(U"三季度进展情况", default_lexicon()) == Column::progress);
    CHECK(classify_header(U"牵头负责部门", default_lexicon()) == Column::lead);
    CHECK(classify_header(U"推进数字政府建设工作任务，完成牵头单位确定", default_lexicon()) == Column::other);
  }

  TEST_CASE("a rule under a spaced header, a header with a remark in brackets, <br> in cells") {
    const ParseResult spaced = parse(
        "序号  重点工作任务              牵头单位      配合单位\n"
        "--------------------------------------------------------\n"
        "1     推动口岸升级。            口岸办        发改委、交通运输局\n",
        "plan.txt");
    CHECK(task_rows(spaced.network) == Names{"1 - | 推动口岸升级。 | 口岸办 | 发改委、交通运输局"});
    const ParseResult md = parse(
        "| 序号 | 重点工作任务（杭州市2项牵头工作、3项配合工作） | 牵头单位 | 配合单位 |\n|---|---|---|---|\n"
        "| 1 | 扩大有效投资。 | 市发改委 | 市财政局、市建委<br>省牵头单位：省发展改革委 |\n",
        "plan.md");
    CHECK(task_rows(md.network) == Names{"1 - | 扩大有效投资。 | 市发改委 | 市财政局、市建委"});
  }

  TEST_CASE("责任单位 beside a 配合单位 column and no 牵头 column: its units lead together") {
    const ParseResult r = parse("序号,工作任务,责任单位,配合单位\n1,甲。,市发改委、市统计局,\n2,乙。,市科技局,市财政局\n", "plan.csv");
    CHECK(task_rows(r.network) == Names{"1 - | 甲。 | 市发改委、市统计局 | ", "2 - | 乙。 | 市科技局 | 市财政局"});
  }

  TEST_CASE("spaced-out header characters, a name broken over two lines, placeholders and 同上") {
    const ParseResult spaced = parse(
        " 序号  工  作  任  务                    牵头负责部门\n"
        " 1     退出钢铁产能5000万吨左右          发展改革委、工业和信\n"
        "       以上                              息化部\n"
        " 2     降低通信资费                      工业和信息化部\n",
        "plan.txt");
    CHECK(task_rows(spaced.network) == Names{"1 - | 退出钢铁产能5000万吨左右以上 | 发展改革委、工业和信息化部 | ",
                                             "2 - | 降低通信资费 | 工业和信息化部 | "});
    const ParseResult cells = parse(
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n| 1 | 甲。 | 国税局开发区分局 | — |\n"
        "| 2 | 乙。 | 同上 | 同上 |\n| 3 | 丙。 | 市建委 | 市财政局<br>省牵头单位：省建设厅、省农业农村厅 |\n",
        "plan.md");
    CHECK(task_rows(cells.network) == Names{"1 - | 甲。 | 国税局开发区分局 | ", "2 - | 乙。 | 国税局开发区分局 | ",
                                            "3 - | 丙。 | 市建委 | 市财政局"});
  }
}
