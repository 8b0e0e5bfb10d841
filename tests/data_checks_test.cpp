#include <doctest/doctest.h>

#include "analyze/data_checks.hpp"
#include "analyze/group_filter.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::formatted;
using respnet::test::Names;

TEST_SUITE("analyze::data_checks") {
  TEST_CASE("a lead taken on a guess is a note to check by hand; a stated rule or a single unit is no guess") {
    const ParseResult r = parse_document("1.a。\n责任单位:A局、B局\n2.b。\n责任单位:C局\n3.c。已完成。D局\n", "in.txt");
    REQUIRE(r.ok());
    const Diagnostics d = check_assignments(r.network, compute_participation(r.network));
    CHECK(formatted({d.begin(), d.begin() + 2}) ==
          Names{"in.txt:1:1: note: task 1 names no lead and the document states no rule: its first listed unit is "
                "taken as the lead; check it by hand.",
                "in.txt:5:1: note: the units of task 3 were found by their names alone (no label, verb or column): "
                "check its lead by hand."});
    CHECK(r.network.tasks[1].reading.basis == LeadBasis::first_listed);
    CHECK_FALSE(r.network.tasks[1].reading.guess);
    const ParseResult stated = parse_document("1.a。\n责任单位:A局、B局(列第一位者为牵头单位)\n", "in.txt");
    CHECK(stated.network.tasks[0].reading.basis == LeadBasis::stated_rule);
    CHECK(stated.network.tasks[0].reading.basis_line == 2u);
    CHECK_FALSE(stated.network.tasks[0].reading.guess);
  }

  TEST_CASE("no lead, only support and single appearances point at the source") {
    const ParseResult r = parse_document(
        "1.a。\n责任单位:各县(区)政府、A局\n2.b。\n责任单位:B局、A局\n", "in.txt");
    REQUIRE(r.ok());
    const Network dropped = drop_groups(r.network);
    CHECK(formatted(check_assignments(dropped, compute_participation(dropped))) ==
          Names{"in.txt:1:1: warning: task 1 has no lead unit.",
                "in.txt:3:1: note: task 2 names no lead and the document states no rule: its first listed unit is "
                "taken as the lead; check it by hand.",
                "in.txt:2:14: note: 'A局' never leads: it supports 2 task(s).",
                "in.txt:4:6: note: 'B局' appears on one task only (2)."});
  }

  TEST_CASE("an unusually long support list is a warning") {
    std::string text;
    // The rule stated, so that no lead is a guess.
    for (int t = 1; t <= 9; ++t) text += std::to_string(t) + ".任务。\n责任单位:A局、B局" + (t == 1 ? "(列第一位者为牵头单位)" : "") + "\n";
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

  TEST_CASE("names that look like one agency written two ways get the [aliases] line that merges them") {
    const ParseResult r = parse_document(
        "1.a。\n责任单位:市发改委、市交通局\n2.b。\n责任单位:市发展和改革委员会、市公安交通管理局\n"
        "3.c。\n责任单位:市发展改革委、市财政局、市税务局\n",
        "in.txt");
    REQUIRE(r.ok());
    Names variants;
    for (const std::string& d : formatted(check_assignments(r.network, compute_participation(r.network)))) {
      if (d.find("look like one agency") != std::string::npos) variants.push_back(d);
    }
    // 市交通局 is not 市公安交通管理局 (交 ≠ 公), nor 市财政局 市税务局 (财 ≠ 税).
    CHECK(variants == Names{"in.txt:2:6: note: '市发改委' and '市发展和改革委员会' look like one agency written two ways; if "
                            "they are, add \"市发改委\" = \"市发展和改革委员会\" under [aliases] in the document's configuration.",
                            "in.txt:6:6: note: '市发展改革委' and '市发展和改革委员会' look like one agency written two ways; "
                            "if they are, add \"市发展改革委\" = \"市发展和改革委员会\" under [aliases] in the document's "
                            "configuration."});
  }
}
