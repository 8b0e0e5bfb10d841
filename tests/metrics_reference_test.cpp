// Every figure respnet shares with NetworkX, against values NetworkX computed
// (scripts/networkx_reference.py, committed under tests/reference/).
#include <doctest/doctest.h>

#include <chrono>
#include <cmath>

#include <nlohmann/json.hpp>

#include "analyze/group_filter.hpp"
#include "analyze/metrics.hpp"
#include "render/metrics_tables.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::read_source_file;

namespace {

constexpr double k_tolerance = 1e-9;

NetworkMetrics analyse(const std::string& document, GroupPolicy groups) {
  const ParseResult r = parse_document(read_source_file(document), document);
  REQUIRE(r.ok());
  return compute_metrics(apply_group_policy(r.network, groups), MetricsOptions{});
}

// Compares each reference row's figures with the row of the same key in `table`.
void check_against(const DataTable& table, const nlohmann::json& reference, const std::string& key) {
  REQUIRE(table.rows.size() == reference.size());
  const std::size_t key_column = table.column(key);
  for (std::size_t r = 0; r < reference.size(); ++r) {
    const nlohmann::json& expected = reference[r];
    CHECK(std::get<std::string>(table.rows[r][key_column]) == expected[key].get<std::string>());
    for (const auto& [field, value] : expected.items()) {
      if (field == key) continue;
      const double actual = numeric_value(table.rows[r][table.column(field)]);
      if (value.is_null()) {
        // NetworkX: NaN (constraint of an isolated unit) or no convergence in 100 iterations.
        if (field == "constraint" || field == "effective_size") CHECK(std::isnan(actual));
        continue;
      }
      INFO(expected[key].get<std::string>() << " " << field);
      CHECK(std::abs(actual - value.get<double>()) < k_tolerance);
    }
  }
}

void check_document(const std::string& document, const std::string& reference_name) {
  for (const GroupPolicy groups : {GroupPolicy::keep, GroupPolicy::drop}) {
    const std::string policy = groups == GroupPolicy::keep ? "keep" : "drop";
    CAPTURE(policy);
    const auto reference = nlohmann::json::parse(
        read_source_file("tests/reference/" + reference_name + "-" + policy + ".json"));
    const NetworkMetrics m = analyse(document, groups);
    check_against(make_unit_table(m), reference["units"], "name");
    check_against(make_leader_table(m), reference["leaders"], "name");
    check_against(make_task_table(m), reference["tasks"], "id");
  }
}

}  // namespace

TEST_SUITE("analyze::networkx") {
  TEST_CASE("every figure of zhoushan-2022 agrees with NetworkX, groups kept and dropped") {
    check_document("graphs/zhoushan-2022.txt", "zhoushan-2022");
  }

  TEST_CASE("a network with disconnected parts, an isolated unit and a task without units agrees") {
    check_document("tests/data/degenerate.txt", "degenerate");
  }

  TEST_CASE("all figures of the bundled document in well under 50 ms") {
    const ParseResult r = parse_document(read_source_file("graphs/zhoushan-2022.txt"), "z.txt");
    REQUIRE(r.ok());
    const auto start = std::chrono::steady_clock::now();
    constexpr int k_runs = 10;
    for (int i = 0; i < k_runs; ++i) CHECK(compute_metrics(r.network, MetricsOptions{}).load.load.size() == 109);
    const auto per_run = (std::chrono::steady_clock::now() - start) / k_runs;
    MESSAGE("metrics of zhoushan-2022.txt: "
            << std::chrono::duration_cast<std::chrono::microseconds>(per_run).count() << " us");
    CHECK(per_run < std::chrono::milliseconds(50) * test::k_time_factor);
  }
}
