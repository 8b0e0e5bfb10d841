#include "analyze/shortest_paths.hpp"

#include <algorithm>
#include <atomic>
#include <bit>
#include <thread>

#include "analyze/random.hpp"

namespace respnet {
namespace {

constexpr std::size_t k_blocks = 16;
constexpr unsigned k_lanes = 16;
using LaneMask = std::uint16_t;

// One value per search of a batch; a cache line's worth of doubles twice over.
struct alignas(64) Lanes {
  double value[k_lanes] = {};
};

// One thread's work space and betweenness sums; the work space is reset only where a batch went.
class BatchRunner {
 public:
  explicit BatchRunner(const CompactGraph& graph)
      : betweenness(graph.vertex_count(), 0.0), m_graph(graph), m_sigma(graph.vertex_count()),
        m_coefficient(graph.vertex_count()), m_scratch(graph.vertex_count()), m_seen(graph.vertex_count(), 0),
        m_next(graph.vertex_count(), 0) {}

  // The searches from sources[0 .. count), one lane each; the lanes in `wanted` add their
  // dependencies, times `scale`.
  void run(const std::uint32_t* sources, unsigned count, LaneMask wanted, double scale, PathTotals& totals) {
    search(sources, count, totals);
    if (wanted != 0) accumulate(wanted, scale);
    for (const std::uint32_t v : m_visit_vertex) {
      m_seen[v] = 0;
      m_sigma[v] = Lanes{};
      m_coefficient[v] = Lanes{};
    }
  }

  std::vector<double> betweenness;

 private:
  // Sum of the neighbours' lanes; four partial sums would not help the short lists of tasks.
  Lanes pull(const std::vector<Lanes>& from, std::uint32_t v) const {
    Lanes sum;
    for (std::uint32_t e = m_graph.offsets[v]; e < m_graph.offsets[v + 1]; ++e) {
      const Lanes& x = from[m_graph.targets[e]];
      for (unsigned i = 0; i < k_lanes; ++i) sum.value[i] += x.value[i];
    }
    return sum;
  }

  // Level by level: a visit is a vertex with the lanes that reach it at that level.
  void search(const std::uint32_t* sources, unsigned count, PathTotals& totals) {
    m_visit_vertex.clear();
    m_visit_lanes.clear();
    m_round_start.assign(1, 0);
    std::uint64_t distance_sum[k_lanes] = {};
    std::uint32_t reached[k_lanes] = {};
    for (unsigned i = 0; i < count; ++i) {
      const LaneMask lane = static_cast<LaneMask>(1u << i);
      m_visit_vertex.push_back(sources[i]);
      m_visit_lanes.push_back(lane);
      m_seen[sources[i]] = lane;
      m_sigma[sources[i]].value[i] = 1.0;
      reached[i] = 1;
    }
    for (std::uint64_t level = 1;; ++level) {
      const std::size_t frontier_begin = m_round_start.back();
      const std::size_t frontier_end = m_visit_vertex.size();
      m_round_start.push_back(frontier_end);
      for (std::size_t k = frontier_begin; k < frontier_end; ++k) {
        const std::uint32_t v = m_visit_vertex[k];
        const LaneMask lanes = m_visit_lanes[k];
        for (std::uint32_t e = m_graph.offsets[v]; e < m_graph.offsets[v + 1]; ++e) {
          const std::uint32_t w = m_graph.targets[e];
          const auto fresh = static_cast<LaneMask>(lanes & ~m_seen[w]);
          if (fresh == 0) continue;
          if (m_next[w] == 0) m_visit_vertex.push_back(w);
          m_next[w] |= fresh;
        }
      }
      const std::size_t found_end = m_visit_vertex.size();
      if (found_end == frontier_end) break;
      // All of a level's σ are pulled before any is stored: a neighbour on the same level must
      // still read 0.
      for (std::size_t k = frontier_end; k < found_end; ++k) m_scratch[k - frontier_end] = pull(m_sigma, m_visit_vertex[k]);
      for (std::size_t k = frontier_end; k < found_end; ++k) {
        const std::uint32_t w = m_visit_vertex[k];
        const LaneMask lanes = m_next[w];
        m_next[w] = 0;
        m_seen[w] |= lanes;
        m_visit_lanes.push_back(lanes);
        for (LaneMask rest = lanes; rest != 0; rest &= static_cast<LaneMask>(rest - 1)) {
          const int i = std::countr_zero(rest);
          m_sigma[w].value[i] = m_scratch[k - frontier_end].value[i];
          distance_sum[i] += level;
          ++reached[i];
        }
      }
    }
    for (unsigned i = 0; i < count; ++i) {
      totals.distance_sum[sources[i]] = distance_sum[i];
      totals.reached[sources[i]] = reached[i];
    }
  }

  // Brandes' accumulation, level by level from the furthest; the sources' own level adds nothing.
  void accumulate(LaneMask wanted, double scale) {
    for (std::size_t round = m_round_start.size() - 1; round-- > 1;) {
      const std::size_t begin = m_round_start[round];
      const std::size_t end = m_round_start[round + 1];
      for (std::size_t k = begin; k < end; ++k) {
        const std::uint32_t v = m_visit_vertex[k];
        const Lanes sum = pull(m_coefficient, v);
        Lanes& coefficient = m_scratch[k - begin];
        coefficient = m_coefficient[v];
        double dependency = 0;
        for (LaneMask rest = m_visit_lanes[k]; rest != 0; rest &= static_cast<LaneMask>(rest - 1)) {
          const int i = std::countr_zero(rest);
          const double delta = m_sigma[v].value[i] * sum.value[i];
          coefficient.value[i] = (1.0 + delta) / m_sigma[v].value[i];
          if ((wanted >> i) & 1u) dependency += delta;
        }
        betweenness[v] += dependency * scale;
      }
      for (std::size_t k = begin; k < end; ++k) m_coefficient[m_visit_vertex[k]] = m_scratch[k - begin];
    }
  }

  const CompactGraph& m_graph;
  std::vector<Lanes> m_sigma;
  std::vector<Lanes> m_coefficient;  ///< (1 + δ) / σ, set once a lane's level is done
  std::vector<Lanes> m_scratch;      ///< one level's values before they are stored
  std::vector<LaneMask> m_seen;      ///< lanes that have reached the vertex
  std::vector<LaneMask> m_next;      ///< lanes reaching it at the level being found
  std::vector<std::uint32_t> m_visit_vertex;
  std::vector<LaneMask> m_visit_lanes;
  std::vector<std::size_t> m_round_start;  ///< level k's visits: [start[k], start[k + 1])
};

// The vertices in breadth-first order, each component from its first vertex: neighbours' children
// come next to each other, so a batch's searches reach most vertices at the same level (a quarter
// fewer visits than batches of consecutive ids on the generated documents).
std::vector<std::uint32_t> source_order(const CompactGraph& graph) {
  const std::size_t n = graph.vertex_count();
  std::vector<std::uint32_t> order;
  order.reserve(n);
  std::vector<bool> listed(n, false);
  for (std::size_t root = 0; root < n; ++root) {
    if (listed[root]) continue;
    listed[root] = true;
    std::size_t head = order.size();
    order.push_back(static_cast<std::uint32_t>(root));
    for (; head < order.size(); ++head) {
      const std::uint32_t v = order[head];
      for (std::uint32_t e = graph.offsets[v]; e < graph.offsets[v + 1]; ++e) {
        if (listed[graph.targets[e]]) continue;
        listed[graph.targets[e]] = true;
        order.push_back(graph.targets[e]);
      }
    }
  }
  return order;
}

// Which sources add dependencies: all, or `samples` of them drawn without replacement.
std::vector<bool> betweenness_sources(std::size_t n, const PathOptions& options) {
  if (options.samples == 0 || options.samples >= n) return std::vector<bool>(n, true);
  std::vector<std::uint32_t> order(n);
  for (std::size_t v = 0; v < n; ++v) order[v] = static_cast<std::uint32_t>(v);
  Random random(options.seed);
  random.shuffle(order);
  std::vector<bool> chosen(n, false);
  for (std::size_t k = 0; k < options.samples; ++k) chosen[order[k]] = true;
  return chosen;
}

}  // namespace

unsigned thread_count(const PathOptions& options) {
  return options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
}

PathTotals compute_path_totals(const CompactGraph& graph, const PathOptions& options) {
  const std::size_t n = graph.vertex_count();
  PathTotals totals;
  totals.betweenness.assign(n, 0.0);
  totals.distance_sum.assign(n, 0);
  totals.reached.assign(n, 0);
  const std::vector<bool> chosen = betweenness_sources(n, options);
  const std::vector<std::uint32_t> order = source_order(graph);
  totals.betweenness_sources = static_cast<std::size_t>(std::count(chosen.begin(), chosen.end(), true));
  const double scale = totals.betweenness_sources == 0 ? 0.0 : static_cast<double>(n) / static_cast<double>(totals.betweenness_sources);
  // Sources fall into a fixed number of blocks, each summed on its own and the blocks added in
  // order: the figures do not depend on how many threads take the blocks.
  const std::size_t blocks = std::min<std::size_t>(k_blocks, std::max<std::size_t>(n, 1));
  const auto threads = static_cast<unsigned>(std::min<std::size_t>(thread_count(options), blocks));
  std::vector<std::vector<double>> block_sums(blocks);
  std::vector<BatchRunner> runners;
  runners.reserve(threads);
  for (unsigned k = 0; k < threads; ++k) runners.emplace_back(graph);
  std::atomic<std::size_t> next_block{0};
  // Each thread writes distance_sum and reached only at the sources of its blocks.
  auto work = [&](unsigned k) {
    for (std::size_t b = next_block++; b < blocks; b = next_block++) {
      BatchRunner& runner = runners[k];
      std::fill(runner.betweenness.begin(), runner.betweenness.end(), 0.0);
      const std::size_t end = (b + 1) * n / blocks;
      for (std::size_t s = b * n / blocks; s < end; s += k_lanes) {
        const auto count = static_cast<unsigned>(std::min<std::size_t>(k_lanes, end - s));
        LaneMask wanted = 0;
        for (unsigned i = 0; i < count; ++i) wanted |= static_cast<LaneMask>(chosen[order[s + i]] ? 1u << i : 0u);
        runner.run(&order[s], count, wanted, scale, totals);
      }
      block_sums[b] = runner.betweenness;
    }
  };
  std::vector<std::thread> pool;
  for (unsigned k = 1; k < threads; ++k) pool.emplace_back(work, k);
  work(0);
  for (std::thread& t : pool) t.join();
  for (const std::vector<double>& sum : block_sums) {
    for (std::size_t v = 0; v < n; ++v) totals.betweenness[v] += sum[v];
  }
  return totals;
}

}  // namespace respnet
