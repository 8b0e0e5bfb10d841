#pragma once
// Centrality on G, the bipartite network: tasks on one side, actors (leaders and units) on the
// other; an edge leader-task for each task of the leader's section, unit-task for each unit on
// the task. Unweighted. Normalised exactly as networkx.algorithms.bipartite with the tasks as
// the given node set (Borgatti & Everett 1997, "Network analysis of 2-mode data"; Borgatti &
// Halgin 2011, "Analyzing affiliation networks"). With n = tasks, m = leaders + units,
// N = n + m:
// - degree_centrality(v) = deg(v) / m for a task, deg(v) / n for an actor.
// - betweenness(v) = raw betweenness over unordered pairs (Brandes 2001) / the maximum for
//   v's side: for tasks, with s, t = divmod(n - 1, m),
//   (m^2 (s+1)^2 + m (s+1)(2t - s - 1) - t (2s - t + 3)) / 2; for actors the same with n and
//   m swapped.
// - closeness(v) = (m + 2(n - 1)) / d(v) for a task, (n + 2(m - 1)) / d(v) for an actor, where
//   d(v) is the sum of distances to the nodes v reaches, times (reached - 1) / (N - 1);
//   0 when v reaches nothing.
// Where NetworkX would divide by zero (a side of one node) the figure is 0, with a warning.
// Betweenness and closeness come from one parallel pass of breadth-first searches
// (analyze/shortest_paths.hpp); with sampled sources betweenness is an estimate.
// Cost: O(N E).
#include <vector>

#include "analyze/shortest_paths.hpp"
#include "model/network.hpp"

namespace respnet {

struct SideCentrality {
  std::vector<double> degree;
  std::vector<double> betweenness;
  std::vector<double> closeness;
};

struct BipartiteCentrality {
  SideCentrality tasks;    ///< indexed by TaskId
  SideCentrality leaders;  ///< indexed by LeaderId
  SideCentrality units;    ///< indexed by UnitId
  Diagnostics warnings;
  std::size_t betweenness_sources = 0;  ///< N when betweenness is exact
};

/// Degree, betweenness and closeness of every task, leader and unit on G.
BipartiteCentrality compute_bipartite_centrality(const Network& network, const PathOptions& paths = {});

}  // namespace respnet
