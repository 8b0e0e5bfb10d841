#pragma once
// The unit table sorted by a figure (`rank`) and the overloaded agencies (`overload`).
#include <string>
#include <vector>

#include "analyze/metrics.hpp"
#include "render/data_table.hpp"

namespace respnet {

/// The figures `rank --by` accepts: every numeric column of the unit table.
std::vector<std::string> rankable_fields();

struct RankingOptions {
  std::string field = "load";
  std::size_t top = 0;  ///< 0 = all
  bool ascending = false;
};

/// rank, name, kind, <field>, tasks, lead, support, partners, load, overloaded; sorted by the
/// field (largest first unless ascending; null last), ties by first appearance.
DataTable make_ranking(const NetworkMetrics& metrics, const RankingOptions& options);

/// The overloaded units, most loaded first: rank, name, load, load_z, tasks, lead, support,
/// partners, leaders, why.
DataTable make_overload_table(const NetworkMetrics& metrics);

}  // namespace respnet
