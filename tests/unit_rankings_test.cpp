#include <doctest/doctest.h>

#include "analyze/metrics.hpp"
#include "render/unit_rankings.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::Names;

namespace {

Names column_of(const DataTable& table, const std::string& column) {
  Names out;
  for (const auto& row : table.rows) out.push_back(std::get<std::string>(row[table.column(column)]));
  return out;
}

NetworkMetrics bundled_metrics() {
  const ParseResult r =
      parse_document(test::read_source_file("graphs/zhoushan-2022.txt"), "zhoushan-2022.txt");
  REQUIRE(r.ok());
  return compute_metrics(r.network, MetricsOptions{});
}

}  // namespace

TEST_SUITE("render::unit_rankings") {
  TEST_CASE("ties are broken by first appearance") {
    // B and C both have 1 task; A has 2.
    const ParseResult r = parse_document("1.a。\n责任单位:A局、B局\n2.b。\n责任单位:C局、A局\n", "in.txt");
    REQUIRE(r.ok());
    const NetworkMetrics m = compute_metrics(r.network, MetricsOptions{});
    CHECK(column_of(make_ranking(m, {"tasks", 0, false}), "name") == Names{"A局", "B局", "C局"});
    CHECK(column_of(make_ranking(m, {"tasks", 0, true}), "name") == Names{"B局", "C局", "A局"});
    CHECK(column_of(make_ranking(m, {"tasks", 1, false}), "name") == Names{"A局"});
  }

  TEST_CASE("the bundled document's overload table names the agencies a reader expects") {
    const DataTable overload = make_overload_table(bundled_metrics());
    const Names names = column_of(overload, "name");
    REQUIRE(names.size() >= 4);
    CHECK(Names(names.begin(), names.begin() + 4) == Names{"市发改委", "市经信局", "市住建局", "市资源规划局"});
    CHECK(std::get<std::string>(overload.rows[0][overload.column("why")]) ==
          "leads 8 tasks (rank 3), supports 25; 69 partner units; works for 6 leaders");
  }

  TEST_CASE("null values rank last") {
    const DataTable ranked = make_ranking(bundled_metrics(), {"load_z", 0, false});
    const Names names = column_of(ranked, "name");
    CHECK(names.front() == "市发改委");
    CHECK(names.back() != "市发改委");
    CHECK(std::holds_alternative<std::monostate>(ranked.rows.back()[ranked.column("load_z")]));
  }
}
