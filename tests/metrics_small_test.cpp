// Figures of small networks computed by hand.
#include <doctest/doctest.h>

#include <cmath>

#include "analyze/group_filter.hpp"
#include "analyze/metrics.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::parse_ok;
using respnet::test::warnings_of;
using respnet::test::Names;

namespace {

// Two tasks, three units, no leaders: the path A - T1 - B - T2 - C.
//
//   A --- T1 --- B --- T2 --- C        n = 2 tasks, m = 3 units, N = 5
//
// Unordered-pair betweenness: T1 3, B 4, T2 3, A and C 0. NetworkX's maxima:
// tasks s,t = divmod(1, 3) = 0,1 -> (9 + 3 - 2) / 2 = 5; units p,r = divmod(2, 2) = 1,0 ->
// (16 - 8) / 2 = 4. Closeness of B: (n + 2(m-1)) / (1+1+2+2) = 6/6; of A: 6 / (1+2+3+4);
// of T1: (m + 2(n-1)) / (1+1+2+3) = 5/7.
// P is the path A - B - C (weights 1).
const char* const k_path = "1.任务一。\n责任单位:A局、B局\n2.任务二。\n责任单位:B局、C局\n";

}  // namespace

TEST_SUITE("analyze::metrics") {
  TEST_CASE("bipartite centralities of a path, normalised as NetworkX") {
    const NetworkMetrics m = compute_metrics(parse_ok(k_path), MetricsOptions{});
    const SideCentrality& units = m.bipartite.units;
    CHECK(units.degree == std::vector<double>{0.5, 1.0, 0.5});
    CHECK(units.betweenness == std::vector<double>{0.0, 1.0, 0.0});
    CHECK(units.closeness[0] == doctest::Approx(0.6));
    CHECK(units.closeness[1] == doctest::Approx(1.0));
    CHECK(m.bipartite.tasks.degree == std::vector<double>{2.0 / 3, 2.0 / 3});
    CHECK(m.bipartite.tasks.betweenness == std::vector<double>{0.6, 0.6});
    CHECK(m.bipartite.tasks.closeness[0] == doctest::Approx(5.0 / 7));
    CHECK(warnings_of(m.warnings).empty());
  }

  TEST_CASE("projection figures of a path A - B - C") {
    const NetworkMetrics m = compute_metrics(parse_ok(k_path), MetricsOptions{});
    const ProjectionCentrality& p = m.projection_centrality;
    CHECK(p.degree == std::vector<double>{1, 2, 1});
    // B lies on the one path A..C: 2 ordered pairs / ((3-1)(3-2)).
    CHECK(p.betweenness == std::vector<double>{0, 1, 0});
    // The leading eigenvector of a 3-path is (1, sqrt 2, 1) / 2.
    CHECK(p.eigenvector[0] == doctest::Approx(0.5).epsilon(1e-4));
    CHECK(p.eigenvector[1] == doctest::Approx(std::sqrt(0.5)).epsilon(1e-4));
    // x_A = 0.425 x_B + 0.05 and x_B = 1.7 x_A + 0.05 -> x_A = 0.07125 / 0.2775.
    CHECK(p.pagerank[0] == doctest::Approx(0.07125 / 0.2775).epsilon(1e-5));
    CHECK(p.pagerank[1] == doctest::Approx(1 - 2 * 0.07125 / 0.2775).epsilon(1e-5));
    // Constraint: A depends on B alone (1); B splits evenly between A and C (0.25 + 0.25).
    CHECK(m.holes.constraint == std::vector<double>{1.0, 0.5, 1.0});
    CHECK(m.holes.effective_size == std::vector<double>{1.0, 2.0, 1.0});
    CHECK(m.partners == std::vector<std::uint32_t>{1, 2, 1});
  }

  TEST_CASE("load, its robust z-score and the explanation") {
    const NetworkMetrics m = compute_metrics(parse_ok(k_path), MetricsOptions{});
    // A leads T1 (2 units): 1 + 0.1; B supports T1 and leads T2; C supports T2.
    CHECK(m.load.load[0] == doctest::Approx(1.1));
    CHECK(m.load.load[1] == doctest::Approx(1.6));
    CHECK(m.load.load[2] == doctest::Approx(0.5));
    // median 1.1, MAD = median{0, 0.5, 0.6} = 0.5
    CHECK(*m.load.load_z[1] == doctest::Approx(0.6745));
    CHECK(*m.load.load_z[2] == doctest::Approx(-0.6745 * 0.6 / 0.5));
    CHECK(m.why[1] == "leads 1 task (rank 1), supports 1; 2 partner units; works for 0 leaders");
  }

  TEST_CASE("the options change the load weights and the overload threshold") {
    MetricsOptions options;
    options.load = LoadOptions{2.0, 0.0, 1.0, 0.5};
    const NetworkMetrics m = compute_metrics(parse_ok(k_path), options);
    CHECK(m.load.load == std::vector<double>{2.0, 3.0, 1.0});
    CHECK(m.load.overloaded == std::vector<bool>{false, true, false});
  }

  TEST_CASE("Newman's collaboration weighting divides each task by its size minus one") {
    MetricsOptions options;
    options.weighting = ProjectionWeighting::newman;
    const NetworkMetrics m = compute_metrics(
        parse_ok("1.甲。\n责任单位:A局、B局、C局\n2.乙。\n责任单位:A局、B局\n"), options);
    REQUIRE(m.projection.edges.size() == 3);
    CHECK(m.projection.edges[0].weight == doctest::Approx(1.5));  // A-B: 1/2 + 1/1
    CHECK(m.projection.edges[0].shared_tasks == 2);
    CHECK(m.projection.edges[1].weight == doctest::Approx(0.5));  // A-C
  }

  TEST_CASE("groups get no load_z and are never overloaded; drop removes them") {
    const Network n = parse_ok("1.甲。\n责任单位:A局、各县(区)政府\n");
    const NetworkMetrics kept = compute_metrics(n, MetricsOptions{});
    CHECK_FALSE(kept.load.load_z[1]);
    CHECK_FALSE(kept.load.overloaded[1]);
    const Network dropped = drop_groups(n);
    CHECK(dropped.units.size() == 1);
    CHECK(dropped.assignments.size() == 1);
  }

  TEST_CASE("a side of one node: NetworkX divides by zero, respnet reports 0 and warns") {
    // One task, one unit: both betweenness maxima are 0.
    const NetworkMetrics m = compute_metrics(parse_ok("1.甲。\n责任单位:A局\n"), MetricsOptions{});
    CHECK(m.bipartite.units.betweenness == std::vector<double>{0.0});
    CHECK(m.bipartite.tasks.betweenness == std::vector<double>{0.0});
    CHECK(m.bipartite.units.degree == std::vector<double>{1.0});
    CHECK(std::isnan(m.holes.constraint[0]));
    CHECK(warnings_of(m.warnings) ==
          Names{"in.txt: warning: bipartite betweenness of tasks is undefined for this network size "
                "(NetworkX divides by zero); it is reported as 0.",
                "in.txt: warning: bipartite betweenness of leaders and units is undefined for this "
                "network size (NetworkX divides by zero); it is reported as 0."});
  }

  TEST_CASE("leader portfolios count tasks, distinct units and shared units") {
    const NetworkMetrics m = compute_metrics(
        parse_ok("一、甲某市长牵头重点工作\n1.a。\n责任单位:A局、B局\n2.b。\n责任单位:A局\n"
                 "二、乙某副市长牵头重点工作\n1.c。\n责任单位:B局、C局\n"),
        MetricsOptions{});
    CHECK(m.portfolios.tasks == std::vector<std::uint32_t>{2, 1});
    CHECK(m.portfolios.units[0].size() == 2);
    CHECK(m.portfolios.shared(LeaderId{0}, LeaderId{1}) == 1);  // B局
    CHECK(m.portfolios.shared(LeaderId{1}, LeaderId{1}) == 2);
    REQUIRE(m.portfolios.overlaps[1].size() == 1);
    CHECK(m.portfolios.overlaps[1][0].other == LeaderId{0});
    CHECK(m.portfolios.overlaps[1][0].units == 1);
    CHECK(m.participation.leaders == std::vector<std::uint32_t>{1, 2, 1});
  }

  TEST_CASE("sampled betweenness says so among the warnings") {
    MetricsOptions options;
    options.paths.samples = 2;
    const NetworkMetrics m = compute_metrics(
        parse_ok("一、甲某市长牵头重点工作\n1.a。\n责任单位:A局、B局\n2.b。\n责任单位:A局、C局\n"), options);
    CHECK(warnings_of(m.warnings) ==
          Names{"in.txt: warning: betweenness on G is estimated from 2 of 6 sampled sources (Brandes & Pich 2007); "
                "every other figure is exact.",
                "in.txt: warning: betweenness on P is estimated from 2 of 3 sampled sources (Brandes & Pich 2007); "
                "every other figure is exact."});
  }
}
