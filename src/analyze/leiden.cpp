#include "analyze/leiden.hpp"

#include <algorithm>
#include <cmath>
#include <deque>

#include "analyze/random.hpp"

namespace respnet {
namespace {

// A gain must beat the current choice by this much (edge-weight units) to move a node, so that
// rounding noise cannot make nodes swap back and forth.
constexpr double k_min_gain = 1e-10;
constexpr int k_max_runs = 50;

struct Communities {
  Membership of;           ///< community of each node
  std::vector<double> x;   ///< per community
  std::vector<double> y;
  std::vector<std::uint32_t> size;

  Communities(const ClusterGraph& g, Membership membership)
      : of(std::move(membership)), x(g.node_count(), 0.0), y(g.node_count(), 0.0), size(g.node_count(), 0) {
    for (std::size_t v = 0; v < g.node_count(); ++v) add(g, static_cast<std::uint32_t>(v), of[v]);
  }
  void add(const ClusterGraph& g, std::uint32_t v, std::uint32_t c) {
    of[v] = c;
    x[c] += g.x[v];
    y[c] += g.y[v];
    ++size[c];
  }
  void remove(const ClusterGraph& g, std::uint32_t v) {
    const std::uint32_t c = of[v];
    x[c] -= g.x[v];
    y[c] -= g.y[v];
    --size[c];
  }
};

// Weights from v to each neighbouring community, in order of first encounter.
class NeighbourWeights {
 public:
  explicit NeighbourWeights(std::size_t n) : m_weight(n, 0.0), m_seen(n, false) {}

  template <typename CommunityOf>
  void collect(const ClusterGraph& g, std::uint32_t v, CommunityOf community_of) {
    for (const std::uint32_t c : m_list) {
      m_weight[c] = 0;
      m_seen[c] = false;
    }
    m_list.clear();
    for (std::size_t a = g.offsets[v]; a < g.offsets[v + 1]; ++a) {
      const std::uint32_t c = community_of(g.targets[a]);
      if (!m_seen[c]) {
        m_seen[c] = true;
        m_list.push_back(c);
      }
      m_weight[c] += g.weights[a];
    }
  }
  const std::vector<std::uint32_t>& communities() const { return m_list; }
  double weight_to(std::uint32_t c) const { return m_seen[c] ? m_weight[c] : 0.0; }

 private:
  std::vector<double> m_weight;
  std::vector<bool> m_seen;
  std::vector<std::uint32_t> m_list;
};

// Gain in edge-weight units of adding v (alone) to a community with sums X, Y.
double gain(const ClusterGraph& g, std::uint32_t v, double weight_to, double X, double Y, double resolution) {
  return weight_to - resolution * (X * g.y[v] + g.x[v] * Y) / (2 * g.total_weight);
}

// Fast local moving; returns true when any node moved.
bool move_nodes(const ClusterGraph& g, Communities& p, double resolution, Random& random) {
  const std::size_t n = g.node_count();
  std::vector<std::uint32_t> order(n);
  for (std::size_t v = 0; v < n; ++v) order[v] = static_cast<std::uint32_t>(v);
  random.shuffle(order);
  std::deque<std::uint32_t> queue(order.begin(), order.end());
  std::vector<bool> queued(n, true);
  std::vector<std::uint32_t> empty;
  for (std::size_t c = 0; c < n; ++c) {
    if (p.size[c] == 0) empty.push_back(static_cast<std::uint32_t>(c));
  }
  NeighbourWeights neighbours(n);
  bool moved = false;
  while (!queue.empty()) {
    const std::uint32_t v = queue.front();
    queue.pop_front();
    queued[v] = false;
    const std::uint32_t old = p.of[v];
    neighbours.collect(g, v, [&](std::uint32_t u) { return p.of[u]; });
    p.remove(g, v);
    std::uint32_t best = old;
    double best_gain = gain(g, v, neighbours.weight_to(old), p.x[old], p.y[old], resolution);
    for (const std::uint32_t c : neighbours.communities()) {
      const double candidate = gain(g, v, neighbours.weight_to(c), p.x[c], p.y[c], resolution);
      if (candidate > best_gain + k_min_gain) {
        best = c;
        best_gain = candidate;
      }
    }
    if (p.size[old] > 0 && 0.0 > best_gain + k_min_gain) {
      best = empty.back();
      empty.pop_back();
    }
    p.add(g, v, best);
    if (best == old) continue;
    moved = true;
    if (p.size[old] == 0) empty.push_back(old);
    for (std::size_t a = g.offsets[v]; a < g.offsets[v + 1]; ++a) {
      const std::uint32_t u = g.targets[a];
      if (!queued[u] && p.of[u] != best) {
        queued[u] = true;
        queue.push_back(u);
      }
    }
  }
  return moved;
}

// Refinement: merges within each community of p, starting from singletons.
Membership refine(const ClusterGraph& g, const Communities& p, const LeidenOptions& o, Random& random) {
  const std::size_t n = g.node_count();
  Membership start(n);
  for (std::size_t v = 0; v < n; ++v) start[v] = static_cast<std::uint32_t>(v);
  Communities r(g, start);
  // external[s]: weight from refined community s to the rest of its community in p.
  std::vector<double> external(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    for (std::size_t a = g.offsets[v]; a < g.offsets[v + 1]; ++a) {
      if (p.of[g.targets[a]] == p.of[v]) external[v] += g.weights[a];
    }
  }
  auto well_connected = [&](double ext, double x, double y, std::uint32_t c) {
    return ext >= o.resolution * (x * (p.y[c] - y) + (p.x[c] - x) * y) / (2 * g.total_weight);
  };
  std::vector<std::uint32_t> order(n);
  for (std::size_t v = 0; v < n; ++v) order[v] = static_cast<std::uint32_t>(v);
  random.shuffle(order);
  NeighbourWeights neighbours(n);
  std::vector<std::uint32_t> candidates;
  std::vector<double> gains;
  for (const std::uint32_t v : order) {
    const std::uint32_t c = p.of[v];
    if (r.size[r.of[v]] != 1 || !well_connected(external[v], g.x[v], g.y[v], c)) continue;
    neighbours.collect(g, v, [&](std::uint32_t u) { return p.of[u] == c ? r.of[u] : r.of[v]; });
    candidates.assign(1, r.of[v]);
    gains.assign(1, 0.0);
    const std::uint32_t own = r.of[v];
    r.remove(g, v);
    for (const std::uint32_t s : neighbours.communities()) {
      if (s == own || !well_connected(external[s], r.x[s], r.y[s], c)) continue;
      const double delta = gain(g, v, neighbours.weight_to(s), r.x[s], r.y[s], o.resolution);
      if (delta < 0) continue;
      candidates.push_back(s);
      gains.push_back(delta);
    }
    const double top = *std::max_element(gains.begin(), gains.end());
    double total = 0;
    for (double& w : gains) total += (w = std::exp((w - top) / o.theta));
    double pick = random.uniform() * total;
    std::size_t chosen = 0;
    while (chosen + 1 < gains.size() && pick >= gains[chosen]) pick -= gains[chosen++];
    const std::uint32_t target = candidates[chosen];
    r.add(g, v, target);
    if (target != own) external[target] += external[v] - 2 * neighbours.weight_to(target);
  }
  return r.of;
}

// The graph of the refined communities; `into` maps each node to its aggregate node.
ClusterGraph aggregate(const ClusterGraph& g, const Membership& into) {
  const std::size_t m = into.empty() ? 0 : *std::max_element(into.begin(), into.end()) + std::size_t{1};
  ClusterGraph out;
  out.total_weight = g.total_weight;
  out.x.assign(m, 0.0);
  out.y.assign(m, 0.0);
  out.self_weight.assign(m, 0.0);
  std::vector<std::vector<std::uint32_t>> members(m);
  for (std::size_t v = 0; v < g.node_count(); ++v) {
    const std::uint32_t a = into[v];
    members[a].push_back(static_cast<std::uint32_t>(v));
    out.x[a] += g.x[v];
    out.y[a] += g.y[v];
    out.self_weight[a] += g.self_weight[v];
  }
  std::vector<double> weight(m, 0.0);
  std::vector<std::uint32_t> touched;
  for (std::size_t a = 0; a < m; ++a) {
    for (const std::uint32_t v : members[a]) {
      for (std::size_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        const std::uint32_t b = into[g.targets[e]];
        if (b == a) {
          out.self_weight[a] += g.weights[e];
          continue;
        }
        if (weight[b] == 0) touched.push_back(b);
        weight[b] += g.weights[e];
      }
    }
    std::sort(touched.begin(), touched.end());
    for (const std::uint32_t b : touched) {
      out.targets.push_back(b);
      out.weights.push_back(weight[b]);
      weight[b] = 0;
    }
    touched.clear();
    out.offsets.push_back(out.targets.size());
  }
  return out;
}

// One run of Leiden from a membership of g's nodes.
Membership leiden_pass(const ClusterGraph& graph, Membership initial, const LeidenOptions& o, Random& random) {
  ClusterGraph g = graph;
  Communities p(g, normalise_membership(initial));
  std::vector<std::uint32_t> node_of(graph.node_count());  // original node -> node of g
  for (std::size_t v = 0; v < node_of.size(); ++v) node_of[v] = static_cast<std::uint32_t>(v);
  while (true) {
    move_nodes(g, p, o.resolution, random);
    const std::size_t communities =
        static_cast<std::size_t>(std::count_if(p.size.begin(), p.size.end(), [](std::uint32_t s) { return s > 0; }));
    if (communities == g.node_count()) break;
    Membership refined = normalise_membership(refine(g, p, o, random));
    // Refinement merged nothing: aggregate by the communities themselves, so the graph shrinks.
    if (refined.size() == static_cast<std::size_t>(*std::max_element(refined.begin(), refined.end())) + 1) {
      refined = normalise_membership(p.of);
    }
    Membership next(*std::max_element(refined.begin(), refined.end()) + std::size_t{1});
    for (std::size_t v = 0; v < g.node_count(); ++v) next[refined[v]] = p.of[v];
    for (std::uint32_t& v : node_of) v = refined[v];
    g = aggregate(g, refined);
    p = Communities(g, normalise_membership(next));
  }
  Membership out(graph.node_count());
  for (std::size_t v = 0; v < out.size(); ++v) out[v] = p.of[node_of[v]];
  return normalise_membership(out);
}

}  // namespace

LeidenResult run_leiden(const ClusterGraph& graph, const LeidenOptions& options) {
  Random random(options.seed);
  Membership singletons(graph.node_count());
  for (std::size_t v = 0; v < singletons.size(); ++v) singletons[v] = static_cast<std::uint32_t>(v);
  LeidenResult best{singletons, compute_quality(graph, singletons, options.resolution)};
  if (graph.total_weight <= 0) return best;
  Membership current = singletons;
  for (int run = 0; run < k_max_runs; ++run) {
    current = leiden_pass(graph, current, options, random);
    const double q = compute_quality(graph, current, options.resolution);
    if (q <= best.quality + 1e-12) break;
    best = {current, q};
  }
  best.membership = split_disconnected(graph, best.membership);
  best.quality = compute_quality(graph, best.membership, options.resolution);
  return best;
}

}  // namespace respnet
