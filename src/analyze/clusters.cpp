#include "analyze/clusters.hpp"

#include <algorithm>
#include <map>

#include "analyze/cluster_inputs.hpp"
#include "analyze/connectivity.hpp"
#include "analyze/leiden.hpp"
#include "analyze/ranking.hpp"

namespace respnet {
namespace {

struct Partition {
  Membership units;                            ///< by UnitId
  std::vector<std::optional<std::uint32_t>> tasks;  ///< by TaskId, bipartite only
  double quality = 0;
  std::optional<double> stability;
};

double pairs(double n) { return n * (n - 1) / 2; }

Partition best_of_runs(const ClusterGraph& graph, const ClusterOptions& o) {
  std::vector<LeidenResult> results;
  for (std::uint32_t run = 0; run < std::max<std::uint32_t>(o.runs, 1); ++run) {
    results.push_back(run_leiden(graph, {o.resolution, o.seed + run, 0.01}));
  }
  std::size_t best = 0;
  for (std::size_t r = 1; r < results.size(); ++r) {
    if (results[r].quality > results[best].quality + 1e-12) best = r;
  }
  Partition p{results[best].membership, {}, results[best].quality, std::nullopt};
  if (results.size() > 1) {
    double sum = 0;
    for (std::size_t r = 0; r < results.size(); ++r) {
      if (r != best) sum += co_membership_share(results[best].membership, results[r].membership);
    }
    p.stability = sum / static_cast<double>(results.size() - 1);
  }
  return p;
}

Partition partition_units(const NetworkStructure& m, const ClusterOptions& o) {
  const std::size_t units = m.network.units.size();
  if (o.method == ClusterMethod::bipartite) {
    const std::size_t tasks = m.network.tasks.size();
    Partition whole = best_of_runs(make_barber_graph(m.network), o);
    Partition p{Membership(whole.units.begin() + static_cast<std::ptrdiff_t>(tasks), whole.units.end()),
                std::vector<std::optional<std::uint32_t>>(tasks), whole.quality, whole.stability};
    std::vector<bool> has_units(whole.units.size(), false);
    for (const std::uint32_t c : p.units) has_units[c] = true;
    for (std::size_t t = 0; t < tasks; ++t) {
      if (has_units[whole.units[t]]) p.tasks[t] = whole.units[t];
    }
    return p;
  }
  const ClusterGraph graph = make_modularity_graph(m.projection);
  if (o.method == ClusterMethod::leiden) return best_of_runs(graph, o);
  Membership membership = o.method == ClusterMethod::components ? compute_unit_components(m.projection)
                                                                : compute_core_numbers(m.projection);
  if (o.method == ClusterMethod::kcore) {
    // Shells numbered from the innermost.
    const std::uint32_t top = membership.empty() ? 0 : *std::max_element(membership.begin(), membership.end());
    for (std::uint32_t& c : membership) c = top - c;
  }
  membership.resize(units);
  return {membership, {}, compute_quality(graph, membership, o.resolution), std::nullopt};
}

// The cluster of each task: its own (bipartite), its lead's, or where most of its units are.
std::vector<std::optional<std::uint32_t>> place_tasks(const Network& network, const Membership& units) {
  std::vector<std::optional<std::uint32_t>> out(network.tasks.size());
  std::vector<std::map<std::uint32_t, int>> votes(network.tasks.size());
  std::vector<std::optional<std::uint32_t>> first(network.tasks.size());
  for (const Assignment& a : network.assignments) {
    const std::size_t t = index_of(a.task);
    const std::uint32_t c = units[index_of(a.unit)];
    if (a.role == Role::lead && !out[t]) out[t] = c;
    if (!first[t]) first[t] = c;
    ++votes[t][c];
  }
  for (std::size_t t = 0; t < out.size(); ++t) {
    if (out[t] || !first[t]) continue;
    std::uint32_t best = *first[t];
    for (const auto& [c, n] : votes[t]) {
      if (n > votes[t][best]) best = c;
    }
    out[t] = best;
  }
  return out;
}

void describe(const NetworkStructure& m, ClusterResult& r, bool bipartite) {
  const Network& n = m.network;
  for (Cluster& c : r.clusters) {
    std::vector<double> loads;
    for (const UnitId u : c.units) loads.push_back(m.load.load[index_of(u)]);
    for (const std::size_t i : rank_descending<std::size_t>(loads)) {
      if (c.top_units.size() == 3) break;
      c.top_units.push_back(c.units[i]);
    }
    std::vector<std::uint32_t> leader_tasks(n.leaders.size(), 0);
    for (const TaskId t : c.tasks) {
      if (const auto l = n.task(t).leader) ++leader_tasks[index_of(*l)];
    }
    for (const LeaderId l : rank_descending<LeaderId>(leader_tasks)) {
      if (leader_tasks[index_of(l)] > 0) c.leaders.push_back(l);
    }
  }
  std::vector<std::uint32_t> inside_ties(r.clusters.size(), 0);
  std::vector<double> outside(n.units.size(), 0.0);
  std::vector<double> strength(n.units.size(), 0.0);
  for (const ProjectionEdge& e : m.projection.edges) {
    const std::size_t a = index_of(e.a);
    const std::size_t b = index_of(e.b);
    strength[a] += e.weight;
    strength[b] += e.weight;
    if (r.unit_cluster[a] == r.unit_cluster[b]) {
      ++inside_ties[r.unit_cluster[a]];
    } else {
      outside[a] += e.weight;
      outside[b] += e.weight;
    }
  }
  std::vector<std::uint32_t> inside_edges(r.clusters.size(), 0);
  std::vector<std::optional<std::uint32_t>> task_cluster(n.tasks.size());
  for (std::size_t c = 0; c < r.clusters.size(); ++c) {
    for (const TaskId t : r.clusters[c].tasks) task_cluster[index_of(t)] = static_cast<std::uint32_t>(c);
  }
  for (const Assignment& a : n.assignments) {
    if (task_cluster[index_of(a.task)] == r.unit_cluster[index_of(a.unit)]) ++inside_edges[r.unit_cluster[index_of(a.unit)]];
  }
  for (std::size_t c = 0; c < r.clusters.size(); ++c) {
    Cluster& cluster = r.clusters[c];
    const auto size = static_cast<double>(cluster.units.size());
    const double possible = bipartite ? size * static_cast<double>(cluster.tasks.size()) : pairs(size);
    cluster.density = possible > 0 ? (bipartite ? inside_edges[c] : inside_ties[c]) / possible : 0.0;
    std::vector<double> share;
    for (const UnitId u : cluster.units) {
      const std::size_t i = index_of(u);
      share.push_back(strength[i] > 0 ? outside[i] / strength[i] : 0.0);
    }
    for (const std::size_t i : rank_descending<std::size_t>(share)) {
      if (cluster.bridges.size() == 3 || share[i] <= 0) break;
      cluster.bridges.push_back({cluster.units[i], share[i]});
    }
  }
}

}  // namespace

double co_membership_share(const Membership& best, const Membership& other) {
  std::map<std::pair<std::uint32_t, std::uint32_t>, double> both;
  std::map<std::uint32_t, double> in_best;
  for (std::size_t v = 0; v < best.size(); ++v) {
    ++both[{best[v], other[v]}];
    ++in_best[best[v]];
  }
  double together = 0;
  double kept = 0;
  for (const auto& [c, n] : in_best) together += pairs(n);
  for (const auto& [cell, n] : both) kept += pairs(n);
  return together > 0 ? kept / together : 1.0;
}

ClusterResult compute_clusters(const NetworkStructure& m, const ClusterOptions& o) {
  const Partition p = partition_units(m, o);
  const bool bipartite = o.method == ClusterMethod::bipartite;
  auto tasks = place_tasks(m.network, p.units);
  if (bipartite) {
    // A task Q_B left alone (a tie: joining changes nothing) goes where its lead unit is.
    for (std::size_t t = 0; t < tasks.size(); ++t) {
      if (p.tasks[t]) tasks[t] = p.tasks[t];
    }
  }
  // Order clusters by size, largest first; ties by their first unit.
  const std::uint32_t count = p.units.empty() ? 0 : *std::max_element(p.units.begin(), p.units.end()) + 1;
  std::vector<std::vector<UnitId>> members(count);
  for (std::size_t u = 0; u < p.units.size(); ++u) members[p.units[u]].push_back(id_at<UnitId>(u));
  std::vector<std::size_t> sizes;
  for (const auto& units : members) sizes.push_back(units.size());
  ClusterResult r;
  r.quality = p.quality;
  r.stability = p.stability;
  std::vector<std::uint32_t> position(count, 0);
  for (const std::size_t c : rank_descending<std::size_t>(sizes)) {
    if (members[c].empty()) continue;
    position[c] = static_cast<std::uint32_t>(r.clusters.size());
    r.clusters.push_back(Cluster{members[c], {}, {}, {}, 0.0, {}});
  }
  r.unit_cluster.resize(p.units.size());
  for (std::size_t u = 0; u < p.units.size(); ++u) r.unit_cluster[u] = position[p.units[u]];
  for (std::size_t t = 0; t < tasks.size(); ++t) {
    if (tasks[t]) r.clusters[position[*tasks[t]]].tasks.push_back(id_at<TaskId>(t));
  }
  describe(m, r, bipartite);
  r.unit_component = compute_unit_components(m.projection);
  r.core_number = compute_core_numbers(m.projection);
  for (const std::uint32_t k : r.core_number) r.max_core = std::max(r.max_core, k);
  return r;
}

}  // namespace respnet
