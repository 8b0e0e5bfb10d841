#include <doctest/doctest.h>

#include "analyze/roles.hpp"
#include "test_support.hpp"

using namespace respnet;

TEST_SUITE("analyze::roles") {
  TEST_CASE("lead -> support edges, lead shares, only-support units and reciprocal pairs") {
    // T1: A leads B, C.  T2: A leads B.  T3: B leads A.
    const ParseResult r = parse_document(
        "1.a。\n责任单位:A局、B局、C局\n2.b。\n责任单位:A局、B局\n3.c。\n责任单位:B局、A局\n", "in.txt");
    REQUIRE(r.ok());
    const RoleNetwork roles = compute_roles(r.network);
    REQUIRE(roles.edges.size() == 3);
    CHECK(index_of(roles.edges[0].lead) == 0);  // A -> B, 2 tasks
    CHECK(index_of(roles.edges[0].support) == 1);
    CHECK(roles.edges[0].tasks == 2);
    CHECK(index_of(roles.edges[1].support) == 2);  // A -> C before B -> A: ties by id
    CHECK(index_of(roles.edges[2].lead) == 1);
    CHECK(roles.lead_share[0] == doctest::Approx(2.0 / 3));
    CHECK(roles.lead_share[2] == 0.0);
    REQUIRE(roles.only_support.size() == 1);
    CHECK(index_of(roles.only_support[0]) == 2);
    REQUIRE(roles.reciprocal.size() == 1);
    CHECK(roles.reciprocal[0].first.tasks == 2);
    CHECK(roles.reciprocal[0].second.tasks == 1);
  }
}
