#pragma once
// P, the unit projection: units only, an edge between two units that share a task.
//
// Weight (default, `shared_tasks`): the number of tasks the two units share, as
// networkx.algorithms.bipartite.weighted_projected_graph. Option `newman`: Newman's
// collaboration weighting, sum over shared tasks t of 1 / (n_t - 1), n_t = units on t
// (Newman 2001, Phys. Rev. E 64, 016132). Leaders are not part of P.
// Built as the sparse product B Bᵀ of the unit × task incidence (Gustavson 1978): for each
// unit u, its tasks' units v > u are summed in a dense accumulator, in task order.
// Cost: O(sum over tasks of n_t^2) time; memory O(units + tasks + edges of P).
#include <cstdint>
#include <vector>

#include "model/network.hpp"

namespace respnet {

enum class ProjectionWeighting : std::uint8_t { shared_tasks, newman };

struct ProjectionEdge {
  UnitId a{};  ///< a < b
  UnitId b{};
  double weight = 0;
  std::uint32_t shared_tasks = 0;
};

struct Neighbor {
  UnitId unit{};
  double weight = 0;
};

struct UnitProjection {
  std::size_t unit_count = 0;
  std::vector<ProjectionEdge> edges;  ///< sorted by (a, b)
  /// adjacency[u]: neighbours of u sorted by id.
  std::vector<std::vector<Neighbor>> adjacency;
};

/// Above this many unit pairs (Σ over tasks of n_t (n_t − 1) / 2) the analysis is refused:
/// P's memory and the pass over it grow with them. A corpus of 120 000 tasks has 3 million.
constexpr std::uint64_t k_max_projection_pairs = 20'000'000;

struct ProjectionSize {
  std::uint64_t pairs = 0;       ///< Σ over tasks of n_t (n_t − 1) / 2: what P is built from
  TaskId widest_task{};          ///< the task with the most units (the first of them)
  std::uint32_t widest_units = 0;
};

/// How large P would be, before building it.
ProjectionSize measure_projection(const Network& network);

/// P, built from the network's assignments.
UnitProjection project_units(const Network& network, ProjectionWeighting weighting);

/// For each task, its units in listed order.
std::vector<std::vector<UnitId>> units_by_task(const Network& network);

}  // namespace respnet
