// File types (.docx, .html, .md), several documents in one network, and a forced dialect.
// The .docx files are made from the XML beside them by scripts/make-docx.
#include <doctest/doctest.h>

#include "parse/document.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::formatted;
using respnet::test::Names;
using respnet::test::read_source_file;
using respnet::test::task_rows;

namespace {

const Names k_table_tasks{"1 张三 | 推进数字政府建设。 | 县大数据局 | 县财政局、县发改局",
                          "2 张三 | 建设城市大脑。 | 县大数据局 | 县经信局",
                          "3 李四 | 稳外贸稳外资。 | 县商务局 | 县发展和改革局"};

}  // namespace

TEST_SUITE("parse::file_types") {
  TEST_CASE(".docx: a table with merged cells below a leader heading; tracked deletions left out") {
    const ParseResult r = parse_document(read_source_file("tests/data/table.docx"), "table.docx");
    REQUIRE(r.ok());
    CHECK(r.readings.at(0).encoding == "docx");
    CHECK(r.readings.at(0).dialect == Dialect::table);
    CHECK(task_rows(r.network) == Names{"1 张三 | 推进数字政府建设。 | 县大数据局 | 县财政局、县发改局",
                                        "2 张三 | 建设城市大脑。 | 县大数据局 | 县经信局",
                                        "3 张三 | 稳外贸 稳外资。 | 县商务局 | "});
    CHECK(r.network.leaders[0].title == "副县长");
    // Lines count paragraphs: the header row is line 3, its second cell at column 4.
    CHECK(r.network.tasks[0].location.line == 4);
    CHECK(formatted(r.diagnostics) == Names{});
  }

  TEST_CASE(".docx: paragraphs in the zeren and lead-support layouts, a line break inside one") {
    const ParseResult r = parse_document(read_source_file("tests/data/zeren.docx"), "zeren.docx");
    REQUIRE(r.ok());
    CHECK(task_rows(r.network) ==
          Names{"1.1 王五 | 推进数字化改革。 | 市大数据局 | 市财政局", "1.2 王五 | 扩大开放。 | 市商务局 | 市发改委"});
  }

  TEST_CASE("a .docx that is no Word file") {
    CHECK(
        formatted(parse_document("PK\x03\x04 broken", "x.docx").diagnostics) ==
        Names{"x.docx:1:1: error: not a Word document: a .docx file is a zip archive, and this one cannot be opened."});
    CHECK(formatted(parse_document(read_source_file("tests/data/not-word.docx"), "n.docx").diagnostics) ==
          Names{"n.docx:1:1: error: not a Word document: the archive has no word/document.xml."});
  }

  TEST_CASE(".html: the table of a saved page; scripts, styles and navigation dropped; rowspan, colspan, <br>") {
    const ParseResult r = parse_document(read_source_file("tests/data/table.html"), "table.html");
    REQUIRE(r.ok());
    CHECK(task_rows(r.network) == k_table_tasks);
    CHECK(r.network.tasks[2].location.line == 17);
    CHECK(formatted(r.diagnostics) == Names{});
  }

  TEST_CASE(".htm in GBK with paragraphs: the line reader, white space gone between Chinese characters") {
    // "<p>一、张三市长牵头重点工作</p><p>1.推进<b>数字\n化</b>改革。</p><p>责任单位：市大数据局</p>" in GBK
    const std::string gbk =
        "<html><body><div class=\"menu\">1.\xca\xd7\xd2\xb3</div>"
        "<p>\xd2\xbb\xa1\xa2\xd5\xc5\xc8\xfd\xca\xd0\xb3\xa4\xc7\xa3\xcd\xb7\xd6\xd8\xb5\xe3\xb9\xa4\xd7\xf7</p>"
        "<p>1.\xcd\xc6\xbd\xf8<b>\xca\xfd\xd7\xd6\n\xbb\xaf</b>\xb8\xc4\xb8\xef\xa1\xa3</p>"
        "<p>\xd4\xf0\xc8\xce\xb5\xa5\xce\xbb\xa3\xba\xca\xd0\xb4\xf3\xca\xfd\xbe\xdd\xbe\xd6</p></body></html>";
    const ParseResult r = parse_document(gbk, "page.htm");
    REQUIRE(r.ok());
    CHECK(r.readings.at(0).encoding == "GB18030");
    CHECK(task_rows(r.network) == Names{"1.1 张三 | 推进数字化改革。 | 市大数据局 | "});
  }

  TEST_CASE(".md: heading marks and emphasis do not hide a section heading") {
    const Network n =
        respnet::test::parse_ok("## 一、张三市长牵头重点工作\n1. **推进改革。**\n责任单位：市发改委\n", "plan.md");
    CHECK(task_rows(n) == Names{"1.1 张三 | 推进改革。 | 市发改委 | "});
  }

  TEST_CASE("several documents make one network; each task keeps its file and line") {
    const std::string part1 = "一、张三市长牵头重点工作\n1.甲。\n责任单位：市发改委、市财政局\n";
    const std::string part2 =
        "序号,工作任务,牵头单位,配合单位,分管领导\n1,乙。,市财政局,市发改委,张三市长\n2,丙。,市商务局,,李四\n";
    const ParseResult r = parse_documents({{part1, "dir/part1.txt"}, {part2, "part2.csv"}});
    REQUIRE(r.ok());
    CHECK(task_rows(r.network) == Names{"part1:1.1 张三 | 甲。 | 市发改委 | 市财政局",
                                        "part2:1 张三 | 乙。 | 市财政局 | 市发改委",
                                        "part2:2 李四 | 丙。 | 市商务局 | "});
    CHECK(r.network.units.size() == 3);
    CHECK(r.network.source == "dir/part1.txt + part2.csv");
    CHECK(r.network.source_of(r.network.tasks[2].location) == "part2.csv");
    CHECK(r.network.tasks[2].location.line == 3);
    CHECK(r.readings.at(1).dialect == Dialect::table);
  }

  TEST_CASE("documents sharing a stem are told apart by their file names; one given twice is an error") {
    const std::string csv = "序号,工作任务,牵头单位\n1,甲。,市发改委\n";
    const ParseResult r = parse_documents({{csv, "plan.csv"}, {"1.乙。\n责任单位：市财政局\n", "plan.txt"}});
    CHECK(task_rows(r.network) == Names{"plan.csv:1 - | 甲。 | 市发改委 | ", "plan.txt:1 - | 乙。 | 市财政局 | "});
    CHECK(formatted(parse_documents({{csv, "plan.csv"}, {csv, "plan.csv"}}).diagnostics) ==
          Names{"plan.csv: error: the document is given twice: each part of a breakdown once."});
  }

  TEST_CASE("an error in one document stops the whole reading, named by its file") {
    const ParseResult r = parse_documents({{"1.甲。\n责任单位：A局\n", "a.txt"}, {"", "b.txt"}});
    CHECK(formatted(r.diagnostics) ==
          Names{"b.txt:1:1: error: the document is empty: expected a responsibility breakdown."});
    CHECK(r.network.tasks.empty());
  }

  TEST_CASE("--dialect forces a reader; the names are known") {
    ParseOptions options;
    options.dialect = Dialect::table;
    CHECK(formatted(parse_document("1.甲。\n责任单位：A局\n", "a.txt", options).diagnostics) ==
          Names{"a.txt:1:1: error: no table header found: expected a row naming the columns, such as 序号 | 工作任务 | "
                "牵头单位 | 配合单位."});
    // A tab-separated header read by the line reader: rows are lines, the task numbers are read.
    options.dialect = Dialect::lines;
    const ParseResult lines = parse_document("序号\t工作任务\t责任单位\n1.甲。\n责任单位：A局\n", "a.txt", options);
    CHECK(task_rows(lines.network) == Names{"1 - | 甲。 | A局 | "});
    CHECK(find_dialect("lines") == Dialect::lines);
    CHECK_FALSE(find_dialect("tabel"));
    CHECK(known_dialects() == "lines, table");
  }
}
