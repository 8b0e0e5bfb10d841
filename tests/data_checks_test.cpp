#include <doctest/doctest.h>

#include "analyze/data_checks.hpp"
#include "analyze/group_filter.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::formatted;
using respnet::test::Names;

TEST_SUITE("analyze::data_checks") {
  TEST_CASE("no lead, only support and single appearances point at the source") {
    const ParseResult r = parse_document(
        "1.a。\n责任单位:各县(区)政府、A局\n2.b。\n责任单位:B局、A局\n", "in.txt");
    REQUIRE(r.ok());
    const Network dropped = drop_groups(r.network);
    CHECK(formatted(check_assignments(dropped, compute_participation(dropped))) ==
          Names{"in.txt:1:1: warning: task 1 has no lead unit.",
                "in.txt:2:14: note: 'A局' never leads: it supports 2 task(s).",
                "in.txt:4:6: note: 'B局' appears on one task only (2)."});
  }

  TEST_CASE("an unusually long support list is a warning") {
    std::string text;
    for (int t = 1; t <= 9; ++t) text += std::to_string(t) + ".任务。\n责任单位:A局、B局\n";
    text += "10.大任务。\n责任单位:A局";
    for (int u = 0; u < 12; ++u) text += "、U" + std::to_string(u) + "局";
    const ParseResult r = parse_document(text + "\n", "in.txt");
    REQUIRE(r.ok());
    const Diagnostics d = check_assignments(r.network, compute_participation(r.network));
    REQUIRE_FALSE(d.empty());
    CHECK(format_diagnostic(d.front()) ==
          "in.txt:19:1: warning: task 10 lists 12 supporting units, unusually many for this "
          "document: check that each of them really takes part.");
  }
}
