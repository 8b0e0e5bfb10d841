#include "analyze/metrics.hpp"

#include <algorithm>
#include <functional>
#include <tuple>

#include "analyze/data_checks.hpp"

namespace respnet {
namespace {

std::string count_of(std::uint32_t n, const char* noun) {
  return std::to_string(n) + ' ' + noun + (n == 1 ? "" : "s");
}

// Competition ranking: 1 + the number of values strictly greater.
std::vector<std::uint32_t> competition_ranks(const std::vector<std::uint32_t>& values) {
  std::vector<std::uint32_t> sorted = values;
  std::sort(sorted.begin(), sorted.end(), std::greater<>());
  std::vector<std::uint32_t> ranks;
  ranks.reserve(values.size());
  for (const std::uint32_t v : values) {
    const auto greater = std::lower_bound(sorted.begin(), sorted.end(), v, std::greater<>()) - sorted.begin();
    ranks.push_back(static_cast<std::uint32_t>(greater) + 1);
  }
  return ranks;
}

}  // namespace

std::string explain_load(std::uint32_t lead, std::uint32_t lead_rank, std::uint32_t support,
                         std::uint32_t partners, std::uint32_t leaders) {
  return "leads " + count_of(lead, "task") + " (rank " + std::to_string(lead_rank) +
         "), supports " + std::to_string(support) + "; " + count_of(partners, "partner unit") +
         "; works for " + count_of(leaders, "leader");
}

NetworkStructure compute_structure(Network network, const MetricsOptions& options) {
  NetworkStructure m;
  m.participation = compute_participation(network);
  m.projection = project_units(network, options.weighting);
  for (const auto& neighbors : m.projection.adjacency) {
    m.partners.push_back(static_cast<std::uint32_t>(neighbors.size()));
  }
  m.load = compute_load(network, options.load);
  const auto lead_ranks = competition_ranks(m.participation.lead);
  for (std::size_t u = 0; u < network.units.size(); ++u) {
    m.why.push_back(explain_load(m.participation.lead[u], lead_ranks[u], m.participation.support[u],
                                 m.partners[u], m.participation.leaders[u]));
  }
  m.portfolios = compute_leader_portfolios(network);
  m.task_units.assign(network.tasks.size(), 0);
  std::vector<std::uint32_t> leads(network.tasks.size(), 0);
  for (const Assignment& a : network.assignments) {
    ++m.task_units[index_of(a.task)];
    if (a.role == Role::lead) ++leads[index_of(a.task)];
  }
  for (const std::uint32_t n : leads) m.task_single_lead.push_back(n == 1);
  m.warnings = check_assignments(network, m.participation);
  m.network = std::move(network);
  return m;
}

NetworkMetrics compute_metrics(Network network, const MetricsOptions& options) {
  NetworkMetrics m;
  static_cast<NetworkStructure&>(m) = compute_structure(std::move(network), options);
  m.bipartite = compute_bipartite_centrality(m.network, options.paths);
  m.projection_centrality = compute_projection_centrality(m.projection, m.network.source, options.paths);
  m.holes = compute_structural_holes(m.projection);
  // Analysis warnings first, then the data checks.
  Diagnostics warnings = m.bipartite.warnings;
  const std::size_t g_vertices = m.network.tasks.size() + m.network.leaders.size() + m.network.units.size();
  for (const auto& [sources, vertices, graph] :
       {std::tuple{m.bipartite.betweenness_sources, g_vertices, "G"},
        std::tuple{m.projection_centrality.betweenness_sources, m.projection.unit_count, "P"}}) {
    if (sources < vertices) {
      warnings.push_back({Severity::warning, m.network.source, {0, 0},
                          std::string("betweenness on ") + graph + " is estimated from " + std::to_string(sources) +
                              " of " + std::to_string(vertices) +
                              " sampled sources (Brandes & Pich 2007); every other figure is exact."});
    }
  }
  warnings.insert(warnings.end(), m.projection_centrality.warnings.begin(), m.projection_centrality.warnings.end());
  warnings.insert(warnings.end(), m.warnings.begin(), m.warnings.end());
  m.warnings = std::move(warnings);
  return m;
}

}  // namespace respnet
