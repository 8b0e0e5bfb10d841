// The parallel Brandes pass: hand-computed totals, thread counts, sampled sources.
#include <doctest/doctest.h>

#include "analyze/random.hpp"
#include "analyze/shortest_paths.hpp"

using namespace respnet;

namespace {

using Edges = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

PathTotals totals_of(std::size_t n, const Edges& edges, PathOptions options = {}) {
  return compute_path_totals(make_compact_graph(n, edges), options);
}

// A random graph of n vertices and m edges, without loops.
Edges random_edges(std::size_t n, std::size_t m, std::uint64_t seed) {
  Random random(seed);
  Edges edges;
  while (edges.size() < m) {
    const auto a = static_cast<std::uint32_t>(random.below(n));
    const auto b = static_cast<std::uint32_t>(random.below(n));
    if (a != b) edges.emplace_back(a, b);
  }
  return edges;
}

// The slow, obviously correct reference: all-pairs distances and path counts by BFS from every
// vertex, then betweenness(v) = Σ over ordered pairs s ≠ v ≠ t with d(s,v) + d(v,t) = d(s,t) of
// σ_sv σ_vt / σ_st; with `sources`, only the pairs whose s is marked.
std::vector<double> reference_betweenness(std::size_t n, const Edges& edges, const std::vector<bool>& sources = {}) {
  std::vector<std::vector<std::size_t>> adjacent(n);
  for (const auto& [a, b] : edges) {
    adjacent[a].push_back(b);
    adjacent[b].push_back(a);
  }
  constexpr int k_none = -1;
  std::vector<std::vector<int>> d(n, std::vector<int>(n, k_none));
  std::vector<std::vector<double>> sigma(n, std::vector<double>(n, 0));
  for (std::size_t s = 0; s < n; ++s) {
    std::vector<std::size_t> queue{s};
    d[s][s] = 0;
    sigma[s][s] = 1;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const std::size_t v = queue[head];
      for (const std::size_t w : adjacent[v]) {
        if (d[s][w] == k_none) {
          d[s][w] = d[s][v] + 1;
          queue.push_back(w);
        }
        if (d[s][w] == d[s][v] + 1) sigma[s][w] += sigma[s][v];
      }
    }
  }
  std::vector<double> out(n, 0);
  for (std::size_t v = 0; v < n; ++v) {
    for (std::size_t s = 0; s < n; ++s) {
      if (!sources.empty() && !sources[s]) continue;
      for (std::size_t t = 0; t < n; ++t) {
        if (s == v || t == v || s == t || d[s][t] == k_none || d[s][v] == k_none || d[v][t] == k_none) continue;
        if (d[s][v] + d[v][t] == d[s][t]) out[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
      }
    }
  }
  return out;
}

}  // namespace

TEST_SUITE("analyze::shortest_paths") {
  TEST_CASE("the fast pass equals the slow all-pairs reference on generated graphs") {
    for (const std::uint64_t seed : {1u, 2u, 3u}) {
      CAPTURE(seed);
      const Edges edges = random_edges(60, 90 + 30 * seed, seed);
      const std::vector<double> reference = reference_betweenness(60, edges);
      const PathTotals fast = totals_of(60, edges);
      for (std::size_t v = 0; v < 60; ++v) CHECK(fast.betweenness[v] == doctest::Approx(reference[v]).epsilon(1e-12));
    }
  }

  TEST_CASE("full batches of 16 searches equal the reference, on graphs with several components") {
    // 400 vertices make blocks of 25 sources: a batch of 16 lanes and one of 9 in each. Two
    // random halves with no edge between them, so that a batch's searches stay in one part.
    Edges edges = random_edges(200, 330, 11);
    for (const auto& [a, b] : random_edges(200, 260, 12)) edges.emplace_back(a + 200, b + 200);
    const std::vector<double> reference = reference_betweenness(400, edges);
    const PathTotals fast = totals_of(400, edges);
    for (std::size_t v = 0; v < 400; ++v) {
      CAPTURE(v);
      CHECK(fast.betweenness[v] == doctest::Approx(reference[v]).epsilon(1e-12));
    }
  }

  TEST_CASE("a long path: the searches of one batch meet its vertices at many different levels") {
    // On the path 0-1-...-(n-1), vertex i lies between the i vertices on its left and the
    // n-1-i on its right, in both directions; its distances sum to 1+..+i plus 1+..+(n-1-i).
    constexpr std::uint32_t n = 300;
    Edges edges;
    for (std::uint32_t v = 0; v + 1 < n; ++v) edges.emplace_back(v, v + 1);
    const PathTotals path = totals_of(n, edges);
    for (std::uint64_t i = 0; i < n; ++i) {
      CAPTURE(i);
      CHECK(path.betweenness[i] == static_cast<double>(2 * i * (n - 1 - i)));
      CHECK(path.distance_sum[i] == i * (i + 1) / 2 + (n - 1 - i) * (n - i) / 2);
      CHECK(path.reached[i] == n);
    }
  }

  TEST_CASE("a path, a diamond and a star with a stray vertex, by hand") {
    // 0-1-2-3: 1 lies on (0,2) and (0,3) in both directions.
    const PathTotals path = totals_of(4, {{0, 1}, {1, 2}, {2, 3}});
    CHECK(path.betweenness == std::vector<double>{0, 4, 4, 0});
    CHECK(path.distance_sum == std::vector<std::uint64_t>{6, 4, 4, 6});
    CHECK(path.reached == std::vector<std::uint32_t>{4, 4, 4, 4});
    // 0-1, 0-2, 1-3, 2-3: two shortest paths between opposite corners, half on each side.
    const PathTotals diamond = totals_of(4, {{0, 1}, {0, 2}, {1, 3}, {2, 3}});
    CHECK(diamond.betweenness == std::vector<double>{1, 1, 1, 1});
    // Centre 0 with leaves 1..3, and 4 alone.
    const PathTotals star = totals_of(5, {{0, 1}, {0, 2}, {0, 3}});
    CHECK(star.betweenness == std::vector<double>{6, 0, 0, 0, 0});
    CHECK(star.distance_sum == std::vector<std::uint64_t>{3, 5, 5, 5, 0});
    CHECK(star.reached == std::vector<std::uint32_t>{4, 4, 4, 4, 1});
    CHECK(star.betweenness_sources == 5);
  }

  TEST_CASE("any thread count gives the same bytes") {
    const Edges edges = random_edges(300, 900, 7);
    PathOptions one;
    one.threads = 1;
    const PathTotals reference = totals_of(300, edges, one);
    for (const unsigned threads : {2u, 3u, 8u}) {
      CAPTURE(threads);
      PathOptions options;
      options.threads = threads;
      const PathTotals first = totals_of(300, edges, options);
      CHECK(totals_of(300, edges, options).betweenness == first.betweenness);
      CHECK(first.distance_sum == reference.distance_sum);
      CHECK(first.reached == reference.reached);
      CHECK(first.betweenness == reference.betweenness);
    }
  }

  TEST_CASE("sampled sources: all of them is exact, fewer is a seeded estimate scaled by n / K") {
    const Edges edges = random_edges(200, 600, 3);
    const PathTotals exact = totals_of(200, edges);
    PathOptions all;
    all.samples = 200;
    CHECK(totals_of(200, edges, all).betweenness == exact.betweenness);
    PathOptions some;
    some.samples = 50;
    const PathTotals estimate = totals_of(200, edges, some);
    CHECK(estimate.betweenness_sources == 50);
    CHECK(totals_of(200, edges, some).betweenness == estimate.betweenness);
    CHECK(estimate.distance_sum == exact.distance_sum);
    // The estimate's total is near the exact total (each source's dependencies sum to the
    // paths it starts, so the error is that of a sample mean).
    double exact_total = 0;
    double estimate_total = 0;
    for (std::size_t v = 0; v < 200; ++v) {
      exact_total += exact.betweenness[v];
      estimate_total += estimate.betweenness[v];
    }
    CHECK(estimate_total == doctest::Approx(exact_total).epsilon(0.1));
    some.seed = 2;
    CHECK(totals_of(200, edges, some).betweenness != estimate.betweenness);
  }

  TEST_CASE("sampled sources: exactly the dependencies of the drawn sources, times n / K") {
    // 400 vertices: blocks of 25 sources, so most batches of 16 hold drawn and undrawn lanes.
    const Edges edges = random_edges(400, 900, 5);
    PathOptions some;
    some.samples = 60;
    some.seed = 9;
    // The draw of compute_path_totals: the first K of a seeded shuffle of the vertices.
    std::vector<std::uint32_t> order(400);
    for (std::uint32_t v = 0; v < 400; ++v) order[v] = v;
    Random random(some.seed);
    random.shuffle(order);
    std::vector<bool> drawn(400, false);
    for (std::size_t k = 0; k < some.samples; ++k) drawn[order[k]] = true;
    const std::vector<double> reference = reference_betweenness(400, edges, drawn);
    const PathTotals estimate = totals_of(400, edges, some);
    for (std::size_t v = 0; v < 400; ++v) {
      CAPTURE(v);
      CHECK(estimate.betweenness[v] == doctest::Approx(reference[v] * 400.0 / 60.0).epsilon(1e-12));
    }
  }
}
