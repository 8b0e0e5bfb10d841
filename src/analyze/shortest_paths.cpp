#include "analyze/shortest_paths.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "analyze/random.hpp"

namespace respnet {
namespace {

constexpr std::uint32_t k_unseen = UINT32_MAX;
constexpr std::size_t k_blocks = 16;

// One thread's work space and totals; the work space is reset only where a search went.
class SourceRunner {
 public:
  explicit SourceRunner(const CompactGraph& graph)
      : m_graph(graph), m_state(graph.vertex_count()), m_order(graph.vertex_count()), betweenness(graph.vertex_count(), 0.0) {}

  // The BFS from s; with Dependencies, Brandes' accumulation back along it, times `scale`.
  template <bool Dependencies>
  void run(std::uint32_t s, double scale, PathTotals& totals) {
    const std::uint32_t* offsets = m_graph.offsets.data();
    const std::uint32_t* targets = m_graph.targets.data();
    VertexState* state = m_state.data();
    std::size_t head = 0;
    std::size_t tail = 0;
    m_order[tail++] = s;
    state[s].distance = 0;
    state[s].sigma = 1.0;
    std::uint64_t distance_sum = 0;
    while (head < tail) {
      const std::uint32_t v = m_order[head++];
      const std::uint32_t next = state[v].distance + 1;
      const double sigma_v = state[v].sigma;
      for (std::uint32_t e = offsets[v]; e < offsets[v + 1]; ++e) {
        VertexState& w = state[targets[e]];
        if (w.distance == k_unseen) {
          w.distance = next;
          distance_sum += next;
          m_order[tail++] = targets[e];
          if constexpr (Dependencies) w.sigma = sigma_v;
        } else if (Dependencies && w.distance == next) {
          w.sigma += sigma_v;
        }
      }
    }
    totals.distance_sum[s] = distance_sum;
    totals.reached[s] = static_cast<std::uint32_t>(tail);
    if constexpr (Dependencies) {
      for (std::size_t i = tail; i-- > 1;) {
        const std::uint32_t w = m_order[i];
        const VertexState& ws = state[w];
        const double share = (1.0 + ws.delta) / ws.sigma;
        const std::uint32_t previous = ws.distance - 1;
        for (std::uint32_t e = offsets[w]; e < offsets[w + 1]; ++e) {
          VertexState& v = state[targets[e]];
          if (v.distance == previous) v.delta += v.sigma * share;
        }
        betweenness[w] += ws.delta * scale;
      }
    }
    for (std::size_t i = 0; i < tail; ++i) state[m_order[i]] = VertexState{};
  }

 private:
  struct VertexState {
    double sigma = 0.0;
    double delta = 0.0;
    std::uint32_t distance = k_unseen;
  };

  const CompactGraph& m_graph;
  std::vector<VertexState> m_state;
  std::vector<std::uint32_t> m_order;

 public:
  std::vector<double> betweenness;
};

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
  totals.betweenness_sources = static_cast<std::size_t>(std::count(chosen.begin(), chosen.end(), true));
  const double scale = totals.betweenness_sources == 0 ? 0.0 : static_cast<double>(n) / static_cast<double>(totals.betweenness_sources);
  // Sources fall into a fixed number of blocks, each summed on its own and the blocks added in
  // order: the figures do not depend on how many threads take the blocks.
  const std::size_t blocks = std::min<std::size_t>(k_blocks, std::max<std::size_t>(n, 1));
  const auto threads = static_cast<unsigned>(std::min<std::size_t>(thread_count(options), blocks));
  std::vector<std::vector<double>> block_sums(blocks);
  std::vector<SourceRunner> runners;
  runners.reserve(threads);
  for (unsigned k = 0; k < threads; ++k) runners.emplace_back(graph);
  std::atomic<std::size_t> next_block{0};
  // Each thread writes distance_sum and reached only at the sources of its blocks.
  auto work = [&](unsigned k) {
    for (std::size_t b = next_block++; b < blocks; b = next_block++) {
      SourceRunner& runner = runners[k];
      std::fill(runner.betweenness.begin(), runner.betweenness.end(), 0.0);
      for (std::size_t s = b * n / blocks; s < (b + 1) * n / blocks; ++s) {
        if (chosen[s]) runner.run<true>(static_cast<std::uint32_t>(s), scale, totals);
        else runner.run<false>(static_cast<std::uint32_t>(s), scale, totals);
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
