#include "analyze/load.hpp"

#include "analyze/projection.hpp"
#include "analyze/robust_z.hpp"

namespace respnet {

CoordinationLoad compute_load(const Network& network, const LoadOptions& options) {
  const std::size_t n = network.units.size();
  CoordinationLoad out{std::vector<double>(n, 0.0), std::vector<std::optional<double>>(n),
                       std::vector<bool>(n, false), options.threshold};
  const auto task_units = units_by_task(network);
  for (const Assignment& a : network.assignments) {
    const double size = static_cast<double>(task_units[index_of(a.task)].size());
    out.load[index_of(a.unit)] += a.role == Role::lead
                                      ? options.lead_weight + options.size_weight * (size - 1)
                                      : options.support_weight;
  }
  std::vector<std::size_t> agencies;
  std::vector<double> agency_load;
  for (std::size_t u = 0; u < n; ++u) {
    if (network.units[u].kind != UnitKind::unit) continue;
    agencies.push_back(u);
    agency_load.push_back(out.load[u]);
  }
  const std::vector<double> z = compute_robust_z(agency_load);
  for (std::size_t i = 0; i < agencies.size(); ++i) {
    out.load_z[agencies[i]] = z[i];
    out.overloaded[agencies[i]] = z[i] > options.threshold;
  }
  return out;
}

}  // namespace respnet
