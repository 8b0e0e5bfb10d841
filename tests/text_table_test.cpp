#include <doctest/doctest.h>

#include "render/text_table.hpp"

using namespace respnet;

TEST_SUITE("render::text_table") {
  TEST_CASE("columns align by display width, so Chinese lines up") {
    const TextTable table{{"unit", "tasks"},
                          {Align::left, Align::right},
                          {{"市发改委", "33"}, {"各县(区)政府", "7"}, {"AB", "120"}}};
    CHECK(format_table(table) ==
          "unit          tasks\n"
          "-------------------\n"
          "市发改委         33\n"
          "各县(区)政府      7\n"
          "AB              120\n");
  }
}
