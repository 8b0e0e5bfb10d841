#include "render/unit_rankings.hpp"

#include <cmath>
#include <limits>

#include "analyze/ranking.hpp"
#include "render/metrics_tables.hpp"

namespace respnet {
namespace {

// Row order by a column: largest first (or smallest), null and NaN last, ties by row order.
std::vector<std::size_t> order_by(const DataTable& table, std::size_t column, bool ascending) {
  std::vector<double> keys;
  for (const auto& row : table.rows) {
    const double v = numeric_value(row[column]);
    keys.push_back(std::isnan(v) ? -std::numeric_limits<double>::infinity() : ascending ? -v : v);
  }
  std::vector<std::size_t> order;
  for (const UnitId id : rank_descending<UnitId>(keys)) order.push_back(index_of(id));
  return order;
}

DataTable project_columns(const DataTable& units, const std::vector<std::size_t>& rows,
                          const std::vector<std::string>& columns) {
  DataTable out{{"rank"}, {}};
  std::vector<std::size_t> positions;
  for (const std::string& c : columns) {
    out.columns.push_back(c);
    positions.push_back(units.column(c));
  }
  std::int64_t rank = 0;
  for (const std::size_t r : rows) {
    std::vector<Cell> row{++rank};
    for (const std::size_t p : positions) row.push_back(units.rows[r][p]);
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace

std::vector<std::string> rankable_fields() {
  return {"tasks", "lead", "support", "leaders", "partners", "degree_centrality", "betweenness",
          "closeness", "projection_degree", "projection_betweenness", "eigenvector", "pagerank",
          "constraint", "effective_size", "load", "load_z"};
}

DataTable make_ranking(const NetworkMetrics& metrics, const RankingOptions& options) {
  const DataTable units = make_unit_table(metrics);
  std::vector<std::size_t> rows = order_by(units, units.column(options.field), options.ascending);
  if (options.top > 0 && rows.size() > options.top) rows.resize(options.top);
  std::vector<std::string> columns{"name", "kind", options.field};
  for (const char* c : {"tasks", "lead", "support", "partners", "load"}) {
    if (c != options.field) columns.emplace_back(c);
  }
  columns.emplace_back("overloaded");
  return project_columns(units, rows, columns);
}

DataTable make_overload_table(const NetworkMetrics& metrics) {
  const DataTable units = make_unit_table(metrics);
  std::vector<std::size_t> rows;
  for (const std::size_t r : order_by(units, units.column("load"), false)) {
    if (metrics.load.overloaded[r]) rows.push_back(r);
  }
  return project_columns(units, rows,
                         {"name", "load", "load_z", "tasks", "lead", "support", "partners", "leaders", "why"});
}

}  // namespace respnet
