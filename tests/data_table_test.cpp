#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "render/data_table.hpp"
#include "render/number_format.hpp"

using namespace respnet;

namespace {

DataTable sample() {
  return {{"name", "tasks", "load", "overloaded", "note"},
          {{std::string("市发改委"), std::int64_t{33}, 25.9, true, std::string("a, \"b\"")},
           {std::string("各县(区)政府"), std::int64_t{71}, std::numeric_limits<double>::quiet_NaN(),
            false, Cell()}}};
}

}  // namespace

TEST_SUITE("render::data_table") {
  TEST_CASE("CSV quotes fields with commas and quotes, figures exact, CRLF lines") {
    CHECK(write_data_table(sample(), TableFormat::csv) ==
          "name,tasks,load,overloaded,note\r\n"
          "市发改委,33,25.9,true,\"a, \"\"b\"\"\"\r\n"
          "各县(区)政府,71,,false,\r\n");
  }

  TEST_CASE("--excel puts a UTF-8 BOM in front of the CSV") {
    CHECK(write_data_table(sample(), TableFormat::csv, {true}).rfind("\xEF\xBB\xBFname,", 0) == 0);
  }

  TEST_CASE("JSON rows are objects; NaN and empty cells are null") {
    CHECK(table_to_json(sample()).dump() ==
          R"([{"name":"市发改委","tasks":33,"load":25.9,"overloaded":true,"note":"a, \"b\""},)"
          R"({"name":"各县(区)政府","tasks":71,"load":null,"overloaded":false,"note":null}])");
  }

  TEST_CASE("JSON written row by row is the document tree's dump, at any depth") {
    const DataTable table = sample();
    std::string flat;
    append_table_json(table, 0, flat);
    CHECK(flat == table_to_json(table).dump(2));
    const nlohmann::ordered_json nested = {{"units", table_to_json(table)}, {"none", table_to_json(DataTable{{"a"}, {}})}};
    std::string text = "{\n  \"units\": ";
    append_table_json(table, 1, text);
    text += ",\n  \"none\": ";
    append_table_json(DataTable{{"a"}, {}}, 1, text);
    text += "\n}";
    CHECK(text == nested.dump(2));
    std::string value = "{\n  \"header\": ";
    append_json(nlohmann::ordered_json{{"k", {1, 2}}}, 1, value);
    CHECK(value + "\n}" == nlohmann::ordered_json{{"header", {{"k", {1, 2}}}}}.dump(2));
  }

  TEST_CASE("Markdown right-aligns numeric columns") {
    CHECK(write_data_table(sample(), TableFormat::md) ==
          "| name | tasks | load | overloaded | note |\n"
          "| --- | ---: | ---: | --- | --- |\n"
          "| 市发改委 | 33 | 25.9000 | true | a, \"b\" |\n"
          "| 各县(区)政府 | 71 | - | false | - |\n");
  }

  TEST_CASE("numbers: shortest round trip for machines, fixed decimals for people") {
    CHECK(format_exact(0.1) == "0.1");
    CHECK(format_exact(1.0 / 3) == "0.3333333333333333");
    CHECK(format_fixed(-0.00001) == "0.0000");
    CHECK(format_fixed(2.5) == "2.5000");
  }
}
