#pragma once
// Coordination clusters: which agencies work together as blocks.
// Methods:
// - leiden: communities of units on P maximising weighted modularity with a resolution
//   (analyze/leiden.hpp); `runs` seeds (seed, seed+1, ...), the best Q kept (ties: the first).
// - bipartite: co-clusters of tasks and units on G without leaders maximising Barber's
//   bipartite modularity Q_B = sum over c of [L_c/m - k_c d_c/m^2] (Barber 2007, Phys. Rev. E
//   76, 066102) with the same Leiden machinery and Barber's null model.
// - components: the connected components of P.
// - kcore: the k-shells of P (units with the same core number).
// `quality` is Q_B for bipartite and the modularity of the clusters on P otherwise.
// stability (runs > 1): the share of unit pairs in one cluster of the best partition that are
// in one cluster in another run, averaged over the other runs (1 = every run agrees).
// Each cluster is described for people:
// - tasks: bipartite: its task nodes (a task left in a cluster without units, where Q_B is
//   indifferent, goes with its lead unit); otherwise the tasks whose lead unit is in it (a
//   task without a lead goes where most of its units are, ties to the first listed); a task
//   without units belongs to no cluster;
// - leaders: the leaders of its tasks, most tasks first; top_units: its three most loaded
//   units; density: ties inside / possible ties of P (bipartite: task-unit edges inside /
//   (tasks x units)); bridges: up to three units with the largest share of their P weight going
//   to other clusters (share > 0), largest first.
// Core-periphery: a unit is in the core when its k-core number is the largest in P.
#include <cstdint>
#include <optional>
#include <vector>

#include "analyze/cluster_graph.hpp"
#include "analyze/metrics.hpp"

namespace respnet {

enum class ClusterMethod : std::uint8_t { leiden, bipartite, components, kcore };

struct ClusterOptions {
  ClusterMethod method = ClusterMethod::leiden;
  double resolution = 1.0;
  std::uint64_t seed = 1;
  std::uint32_t runs = 10;
};

struct Bridge {
  UnitId unit{};
  double outside_share = 0;
};

struct Cluster {
  std::vector<UnitId> units;  ///< in id order
  std::vector<TaskId> tasks;
  std::vector<LeaderId> leaders;
  std::vector<UnitId> top_units;
  double density = 0;
  std::vector<Bridge> bridges;
};

struct ClusterResult {
  double quality = 0;
  std::vector<Cluster> clusters;  ///< largest first, ties by first unit
  std::vector<std::uint32_t> unit_cluster;  ///< index into clusters, by UnitId
  std::optional<double> stability;
  std::vector<std::uint32_t> unit_component;  ///< components of P
  std::vector<std::uint32_t> core_number;     ///< k-core numbers of P
  std::uint32_t max_core = 0;
};

/// Clusters of the analysed network by the chosen method, described for people.
ClusterResult compute_clusters(const NetworkStructure& metrics, const ClusterOptions& options);

/// Share of pairs together in `best` that are together in `other` (1 when best has none).
double co_membership_share(const Membership& best, const Membership& other);

}  // namespace respnet
