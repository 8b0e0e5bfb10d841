#pragma once
// Shortest-path totals of an unweighted undirected graph, from breadth-first searches (Brandes
// 2001, "A faster algorithm for betweenness centrality"):
// - betweenness(v) = Σ over sources s ≠ v of δ_s(v), δ_s(v) = Σ_{t ≠ s, v} σ_st(v) / σ_st: the
//   dependency of s on v summed over ordered pairs (each unordered pair counts twice; halve it
//   for NetworkX's unnormalised undirected betweenness). With samples K > 0 and K < n, only K
//   sources drawn uniformly without replacement (seeded) add their dependencies, scaled by n / K:
//   an unbiased estimate (Brandes & Pich 2007, "Centrality estimation in large networks").
// - distance_sum(v), reached(v): the sum of distances from v to the vertices it reaches, and
//   how many it reaches, itself included. Always exact.
// Variant: 16 sources at a time share one level-synchronous search (multi-source BFS, Then et
// al. 2014, "The more the merrier: efficient multi-source graph traversal"). A bit mask per
// vertex says which of the 16 searches have reached it; path counts σ and Brandes'
// coefficients (1 + δ) / σ are kept as 16 lanes per vertex and pulled from the neighbours
// (σ_s(w) = Σ σ_s(v) over neighbours v one level nearer s; δ_s(v) = σ_s(v) Σ (1 + δ_s(w)) /
// σ_s(w) over neighbours w one level further), so that one visit of a vertex's neighbours
// serves every search that reaches it at that level. A batch is 16 consecutive vertices of a
// breadth-first order of the graph, near each other, so its searches mostly reach a vertex at
// the same level: on the generated documents each vertex is visited 1.3 times per batch instead
// of 16 times, and the pass is about five times faster than one search per source, with the
// same arithmetic for each source.
// The sources, in that order, fall into 16 fixed blocks, each summed on its own and the blocks
// added in order; `threads` threads (0: all cores) take the blocks: the same bytes on every run
// and for every thread count.
// Cost: O(V E) time, O(16 V) memory per thread.
#include <cstdint>
#include <vector>

#include "analyze/compact_graph.hpp"

namespace respnet {

struct PathOptions {
  unsigned threads = 0;          ///< 0: std::thread::hardware_concurrency()
  std::size_t samples = 0;       ///< betweenness sources; 0 (or >= V): every vertex, exact
  std::uint64_t seed = 1;        ///< for the sampled sources
};

struct PathTotals {
  std::vector<double> betweenness;
  std::vector<std::uint64_t> distance_sum;
  std::vector<std::uint32_t> reached;
  std::size_t betweenness_sources = 0;  ///< V when exact
};

/// Betweenness and closeness totals of every vertex, by the pass above.
PathTotals compute_path_totals(const CompactGraph& graph, const PathOptions& options);

/// The threads options.threads asks for: hardware_concurrency() for 0, at least 1.
unsigned thread_count(const PathOptions& options);

}  // namespace respnet
