#include <doctest/doctest.h>

#include <chrono>

#include <nlohmann/json.hpp>

#include "analyze/cluster_inputs.hpp"
#include "analyze/clusters.hpp"
#include "analyze/group_filter.hpp"
#include "analyze/leiden.hpp"
#include "render/cluster_report.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::parse_ok;
using respnet::test::metrics_of;
using respnet::test::read_source_file;

namespace {

// Two triangles joined by one tie:
//   A - B     D - E
//    \ |      | /
//      C ---- F
// m = 7, degrees 2,2,3,3,2,2. Split {A,B,C} | {D,E,F}: inside 3 + 3 ties, each side's degree
// sum 7: Q = 2 (3/7 - (7/14)^2) = 6/7 - 1/2 = 5/14.
const char* const k_triangles =
    "1.a。\n责任单位:A局、B局\n2.b。\n责任单位:B局、C局\n3.c。\n责任单位:A局、C局\n"
    "4.d。\n责任单位:D局、E局\n5.e。\n责任单位:E局、F局\n6.f。\n责任单位:D局、F局\n"
    "7.g。\n责任单位:C局、F局\n";

bool connected_within(const UnitProjection& p, const std::vector<UnitId>& units) {
  std::vector<bool> in(p.unit_count, false);
  for (const UnitId u : units) in[index_of(u)] = true;
  std::vector<bool> seen(p.unit_count, false);
  std::vector<std::size_t> stack{index_of(units.front())};
  seen[stack.back()] = true;
  std::size_t reached = 1;
  while (!stack.empty()) {
    const std::size_t v = stack.back();
    stack.pop_back();
    for (const Neighbor& nb : p.adjacency[v]) {
      const std::size_t u = index_of(nb.unit);
      if (in[u] && !seen[u]) {
        seen[u] = true;
        ++reached;
        stack.push_back(u);
      }
    }
  }
  return reached == units.size();
}

}  // namespace

TEST_SUITE("analyze::clusters") {
  TEST_CASE("Barber's Q_B of the 4-task example is 16/49 = 0.3265") {
    // T1-A, T1-B, T2-A, T2-C, T3-A, T3-D, T4-B; partition {T1, B, T4} | {T2, T3, A, C, D}.
    // Each block: 2 of 7 edges... {T1,B,T4}: L 2, k 3, d 2 -> 2/7 - 6/49; the other: L 4,
    // k 4, d 5 -> 4/7 - 20/49. Q_B = 16/49.
    const Network n = parse_ok("1.a。\n责任单位:A局、B局\n2.b。\n责任单位:A局、C局\n"
                               "3.c。\n责任单位:A局、D局\n4.d。\n责任单位:B局\n");
    const ClusterGraph g = make_barber_graph(n);
    // Nodes: T1..T4 then A, B, C, D.
    const Membership split{0, 1, 1, 0, 1, 0, 1, 1};
    CHECK(compute_quality(g, split, 1.0) == doctest::Approx(16.0 / 49));
    CHECK(compute_quality(g, split, 1.0) == doctest::Approx(0.3265).epsilon(1e-4));
  }

  TEST_CASE("modularity of two triangles joined by a tie, and Leiden finds the split") {
    const NetworkMetrics m = compute_metrics(parse_ok(k_triangles), MetricsOptions{});
    const ClusterGraph g = make_modularity_graph(m.projection);
    CHECK(compute_quality(g, {0, 0, 0, 1, 1, 1}, 1.0) == doctest::Approx(5.0 / 14));
    const LeidenResult r = run_leiden(g, {});
    CHECK(r.membership == Membership{0, 0, 0, 1, 1, 1});
    CHECK(r.quality == doctest::Approx(5.0 / 14));
    // A higher resolution favours smaller communities: each unit alone beats one block.
    CHECK(compute_quality(g, {0, 1, 2, 3, 4, 5}, 10.0) > compute_quality(g, {0, 0, 0, 0, 0, 0}, 10.0));
  }

  TEST_CASE("Leiden on the bundled document beats NetworkX's Louvain, with connected clusters") {
    const auto louvain = nlohmann::json::parse(read_source_file("tests/reference/louvain.json"));
    for (const auto& [document, name] : {std::pair{"graphs/zhoushan-2022.txt", "zhoushan-2022"},
                                         std::pair{"tests/data/generated-scale3.txt", "generated-scale3"}}) {
      for (const GroupPolicy groups : {GroupPolicy::keep, GroupPolicy::drop}) {
        const std::string key = std::string(name) + (groups == GroupPolicy::keep ? "-keep" : "-drop");
        CAPTURE(key);
        const NetworkMetrics m = metrics_of(document, groups);
        // As many restarts as the reference's Louvain seeds: best of 20 against best of 20.
        ClusterOptions options;
        options.runs = louvain[key]["seeds"].get<std::uint32_t>();
        const ClusterResult r = compute_clusters(m, options);
        CHECK(r.quality >= louvain[key]["louvain_modularity"].get<double>());
        Membership membership(r.unit_cluster.begin(), r.unit_cluster.end());
        CHECK(r.quality == doctest::Approx(compute_quality(make_modularity_graph(m.projection), membership, 1.0)));
        std::size_t covered = 0;
        for (const Cluster& c : r.clusters) {
          CHECK(connected_within(m.projection, c.units));
          covered += c.units.size();
        }
        CHECK(covered == m.network.units.size());
        REQUIRE(r.stability);
        CHECK(*r.stability > 0.0);
        CHECK(*r.stability <= 1.0);
      }
    }
  }

  TEST_CASE("the same seed gives the same bytes; clusters of the bundled document in under 100 ms") {
    const NetworkMetrics m = metrics_of("graphs/zhoushan-2022.txt", GroupPolicy::drop);
    ClusterReportOptions options;
    options.output.format = TableFormat::json;
    const auto start = std::chrono::steady_clock::now();
    const ClusterResult first = compute_clusters(m, options.cluster);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    MESSAGE("clusters of zhoushan-2022.txt (10 runs): "
            << std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count() << " us");
    CHECK(elapsed < std::chrono::milliseconds(100) * test::k_time_factor);
    const ClusterResult second = compute_clusters(m, options.cluster);
    CHECK(write_cluster_report(m, first, options) == write_cluster_report(m, second, options));
  }

  TEST_CASE("bipartite co-clusters report Q_B and list their tasks") {
    const NetworkMetrics m = metrics_of("graphs/zhoushan-2022.txt", GroupPolicy::drop);
    ClusterOptions options;
    options.method = ClusterMethod::bipartite;
    const ClusterResult r = compute_clusters(m, options);
    Membership whole(m.network.tasks.size() + m.network.units.size(), 0);
    std::size_t tasks = 0;
    for (std::size_t c = 0; c < r.clusters.size(); ++c) {
      for (const TaskId t : r.clusters[c].tasks) whole[index_of(t)] = static_cast<std::uint32_t>(c);
      tasks += r.clusters[c].tasks.size();
    }
    for (std::size_t u = 0; u < m.network.units.size(); ++u) whole[m.network.tasks.size() + u] = r.unit_cluster[u];
    CHECK(tasks == m.network.tasks.size());
    CHECK(r.quality == doctest::Approx(compute_quality(make_barber_graph(m.network), whole, 1.0)));
    CHECK(r.quality > 0.3);
  }

  TEST_CASE("components and k-cores") {
    const NetworkMetrics m = compute_metrics(
        parse_ok(std::string(k_triangles) + "8.h。\n责任单位:G局、H局\n"), MetricsOptions{});
    ClusterOptions options;
    options.method = ClusterMethod::components;
    const ClusterResult r = compute_clusters(m, options);
    REQUIRE(r.clusters.size() == 2);
    CHECK(r.clusters[0].units.size() == 6);
    CHECK(r.unit_component == std::vector<std::uint32_t>{0, 0, 0, 0, 0, 0, 1, 1});
    CHECK(r.core_number == std::vector<std::uint32_t>{2, 2, 2, 2, 2, 2, 1, 1});
    CHECK(r.max_core == 2);
    // Bridges: C and F send 1 of their 3 tie-weights outside under the triangle split.
    const ClusterResult leiden = compute_clusters(m, ClusterOptions{});
    REQUIRE(leiden.clusters.size() == 3);
    REQUIRE(leiden.clusters[0].bridges.size() == 1);
    CHECK(m.network.unit(leiden.clusters[0].bridges[0].unit).name == "C局");
    CHECK(leiden.clusters[0].bridges[0].outside_share == doctest::Approx(1.0 / 3));
    CHECK(leiden.clusters[0].density == 1.0);
    CHECK(leiden.clusters[0].tasks.size() == 4);  // tasks 1, 2, 3 and 7 (led by C)
  }

  TEST_CASE("stability: the share of pairs that stay together") {
    CHECK(co_membership_share({0, 0, 1, 1}, {0, 0, 1, 1}) == 1.0);
    CHECK(co_membership_share({0, 0, 0, 1}, {0, 0, 1, 1}) == doctest::Approx(1.0 / 3));
    CHECK(co_membership_share({0, 1, 2}, {0, 0, 0}) == 1.0);
  }
}
