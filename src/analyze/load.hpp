#pragma once
// Coordination load and the overload flag.
// - load(u) = sum over tasks u leads of (lead_weight + size_weight * (n_t - 1))
//           + sum over tasks u supports of support_weight,
//   n_t = number of units on task t; defaults 1.0, 0.1, 0.5. Leading a task costs more than
//   supporting one, and leading a task with many partners costs more coordination.
// - load_z(u) = the robust z-score of load among units of kind `unit` (analyze/robust_z.hpp);
//   groups stand for many agencies and get no score.
// - overloaded(u) = load_z(u) > threshold (default 3.5, Iglewicz & Hoaglin's outlier cut).
// Cost: O(assignments + units log units).
#include <optional>
#include <vector>

#include "model/network.hpp"

namespace respnet {

struct LoadOptions {
  double lead_weight = 1.0;
  double size_weight = 0.1;
  double support_weight = 0.5;
  double threshold = 3.5;
};

struct CoordinationLoad {
  std::vector<double> load;  ///< indexed by UnitId
  std::vector<std::optional<double>> load_z;  ///< nullopt for groups
  std::vector<bool> overloaded;
  double threshold = 3.5;  ///< the load_z cut used, for legends and reports
};

/// load, load_z and overloaded for every unit.
CoordinationLoad compute_load(const Network& network, const LoadOptions& options);

}  // namespace respnet
