#include "analyze/network_diff.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "analyze/ranking.hpp"

namespace respnet {
namespace {

// Rank by load among units of kind unit: 1 = most loaded.
std::vector<std::optional<std::uint32_t>> load_ranks(const NetworkStructure& m) {
  std::vector<std::optional<std::uint32_t>> ranks(m.network.units.size());
  std::uint32_t next = 1;
  for (const UnitId u : rank_descending<UnitId>(m.load.load)) {
    if (m.network.unit(u).kind == UnitKind::unit) ranks[index_of(u)] = next++;
  }
  return ranks;
}

UnitFigures figures_of(const NetworkStructure& m, std::size_t u,
                       const std::vector<std::optional<std::uint32_t>>& ranks) {
  return {m.participation.tasks[u], m.participation.lead[u], m.participation.support[u],
          m.load.load[u], ranks[u], static_cast<bool>(m.load.overloaded[u])};
}

bool are_partners(const UnitProjection& p, UnitId a, UnitId b) {
  const auto& list = p.adjacency[index_of(a)];
  return std::binary_search(list.begin(), list.end(), Neighbor{b, 0},
                            [](const Neighbor& x, const Neighbor& y) { return x.unit < y.unit; });
}

// Ties of `from` whose ends are not partners in `to` (through the unit matching `to_of`).
std::vector<TieChange> ties_missing_in(const UnitProjection& from, const UnitProjection& to,
                                       const std::vector<std::optional<UnitId>>& to_of) {
  std::vector<TieChange> missing;
  for (const ProjectionEdge& e : from.edges) {
    const auto& a = to_of[index_of(e.a)];
    const auto& b = to_of[index_of(e.b)];
    if (!a || !b || !are_partners(to, *a, *b)) missing.push_back({e.a, e.b, e.shared_tasks});
  }
  return missing;
}

// Partners of `unit` in `from` that are not partners of its counterpart in `to`.
std::vector<UnitId> partners_missing_in(const UnitProjection& from, UnitId unit, const UnitProjection& to,
                                        const std::optional<UnitId>& counterpart,
                                        const std::vector<std::optional<UnitId>>& to_of) {
  std::vector<UnitId> missing;
  for (const Neighbor& n : from.adjacency[index_of(unit)]) {
    const auto& other = to_of[index_of(n.unit)];
    if (!counterpart || !other || !are_partners(to, *counterpart, *other)) missing.push_back(n.unit);
  }
  return missing;
}

class TaskComparer {
 public:
  TaskComparer(const Network& old_network, const Network& new_network, const UnitMatching& units)
      : m_old(old_network), m_new(new_network), m_units(units),
        m_old_offsets(assignment_offsets(old_network)), m_new_offsets(assignment_offsets(new_network)) {}

  TaskChange compare(const TaskMatch& match) const {
    TaskChange c{match, LeadChange::unchanged, {}, {}, {}, {}};
    std::map<std::size_t, Role> before;  // by key: the new id, or past the new ids for old-only units
    for (std::size_t i = m_old_offsets[index_of(match.old_task)]; i < m_old_offsets[index_of(match.old_task) + 1]; ++i) {
      const Assignment& a = m_old.assignments[i];
      before.emplace(key_of_old(a.unit), a.role);
      if (a.role == Role::lead) c.old_leads.push_back(a.unit);
    }
    std::map<std::size_t, Role> after;
    for (std::size_t i = m_new_offsets[index_of(match.new_task)]; i < m_new_offsets[index_of(match.new_task) + 1]; ++i) {
      const Assignment& a = m_new.assignments[i];
      after.emplace(index_of(a.unit), a.role);
      if (a.role == Role::lead) c.new_leads.push_back(a.unit);
      if (before.count(index_of(a.unit)) == 0) c.units_added.push_back(a.unit);
    }
    for (std::size_t i = m_old_offsets[index_of(match.old_task)]; i < m_old_offsets[index_of(match.old_task) + 1]; ++i) {
      const UnitId u = m_old.assignments[i].unit;
      if (after.count(key_of_old(u)) == 0) c.units_removed.push_back(u);
    }
    c.lead_change = lead_change(before, after);
    return c;
  }

 private:
  std::size_t key_of_old(UnitId u) const {
    const auto& matched = m_units.new_of_old[index_of(u)];
    return matched ? index_of(*matched) : m_new.units.size() + index_of(u);
  }

  static std::set<std::size_t> leads(const std::map<std::size_t, Role>& roles) {
    std::set<std::size_t> keys;
    for (const auto& [key, role] : roles) {
      if (role == Role::lead) keys.insert(key);
    }
    return keys;
  }

  static LeadChange lead_change(const std::map<std::size_t, Role>& before, const std::map<std::size_t, Role>& after) {
    if (leads(before) == leads(after)) return LeadChange::unchanged;
    for (const auto& [key, role] : before) {
      const auto now = after.find(key);
      if (now != after.end() && now->second != role) return LeadChange::flipped;
    }
    return LeadChange::moved;
  }

  const Network& m_old;
  const Network& m_new;
  const UnitMatching& m_units;
  std::vector<std::size_t> m_old_offsets;
  std::vector<std::size_t> m_new_offsets;
};

// Leaders by name: the new document's leaders, then those only in the old one.
std::vector<LeaderChange> match_leaders(const Network& old_network, const Network& new_network) {
  std::vector<LeaderChange> leaders;
  std::vector<bool> old_matched(old_network.leaders.size(), false);
  for (std::size_t l = 0; l < new_network.leaders.size(); ++l) {
    LeaderChange c;
    c.new_leader = id_at<LeaderId>(l);
    c.old_leader = old_network.find_leader(new_network.leaders[l].name);
    if (c.old_leader) old_matched[index_of(*c.old_leader)] = true;
    leaders.push_back(c);
  }
  for (std::size_t l = 0; l < old_network.leaders.size(); ++l) {
    if (!old_matched[l]) leaders.push_back({id_at<LeaderId>(l), std::nullopt, 0, 0, 0, 0, 0, 0, {}, {}});
  }
  return leaders;
}

void count_leader_tasks(const NetworkStructure& o, const NetworkStructure& n, const NetworkDiff& d,
                        std::vector<LeaderChange>& leaders) {
  // The row of each leader, and of each old leader's counterpart.
  std::vector<std::optional<std::size_t>> row_of_old(o.network.leaders.size());
  std::vector<std::optional<std::size_t>> row_of_new(n.network.leaders.size());
  for (std::size_t r = 0; r < leaders.size(); ++r) {
    if (leaders[r].old_leader) row_of_old[index_of(*leaders[r].old_leader)] = r;
    if (leaders[r].new_leader) row_of_new[index_of(*leaders[r].new_leader)] = r;
  }
  auto row = [](const std::vector<std::optional<std::size_t>>& rows, const std::optional<LeaderId>& l) {
    return l ? rows[index_of(*l)] : std::nullopt;
  };
  for (std::size_t t = 0; t < o.network.tasks.size(); ++t) {
    const auto r = row(row_of_old, o.network.tasks[t].leader);
    if (!r) continue;
    ++leaders[*r].tasks_before;
    if (!d.tasks.new_of_old[t]) ++leaders[*r].dropped_tasks;
  }
  for (std::size_t t = 0; t < n.network.tasks.size(); ++t) {
    const auto r = row(row_of_new, n.network.tasks[t].leader);
    if (r) {
      ++leaders[*r].tasks_after;
      if (!d.tasks.old_of_new[t]) ++leaders[*r].new_tasks;
    }
    if (const auto& old_task = d.tasks.old_of_new[t]) {
      const auto was = row(row_of_old, o.network.task(*old_task).leader);
      if (was == r) continue;
      if (r) ++leaders[*r].moved_in;
      if (was) ++leaders[*was].moved_out;
    }
  }
}

// Units of `from`'s portfolio whose counterparts are not in `to`'s.
std::vector<UnitId> portfolio_missing_in(const std::vector<UnitId>& from, const std::vector<UnitId>& to,
                                         const std::vector<std::optional<UnitId>>& to_of) {
  const std::set<UnitId> present(to.begin(), to.end());
  std::vector<UnitId> missing;
  for (const UnitId u : from) {
    const auto& counterpart = to_of[index_of(u)];
    if (!counterpart || present.count(*counterpart) == 0) missing.push_back(u);
  }
  return missing;
}

void compare_portfolios(const NetworkStructure& o, const NetworkStructure& n, const UnitMatching& units,
                        std::vector<LeaderChange>& leaders) {
  static const std::vector<UnitId> none;
  for (LeaderChange& c : leaders) {
    const auto& before = c.old_leader ? o.portfolios.units[index_of(*c.old_leader)] : none;
    const auto& after = c.new_leader ? n.portfolios.units[index_of(*c.new_leader)] : none;
    c.units_gained = portfolio_missing_in(after, before, units.old_of_new);
    c.units_lost = portfolio_missing_in(before, after, units.new_of_old);
  }
}

}  // namespace

NetworkDiff compare_networks(const NetworkStructure& o, const NetworkStructure& n, const DiffOptions& options) {
  NetworkDiff d;
  d.units = match_units(o.network, n.network, options.renames);
  d.tasks = match_tasks(o.network, n.network, options.tasks);
  const TaskComparer comparer(o.network, n.network, d.units);
  for (const TaskMatch& match : d.tasks.matches) d.carried.push_back(comparer.compare(match));
  for (std::size_t t = 0; t < n.network.tasks.size(); ++t) {
    if (!d.tasks.old_of_new[t]) d.new_tasks.push_back(id_at<TaskId>(t));
  }
  for (std::size_t t = 0; t < o.network.tasks.size(); ++t) {
    if (!d.tasks.new_of_old[t]) d.dropped_tasks.push_back(id_at<TaskId>(t));
  }
  const auto old_ranks = load_ranks(o);
  const auto new_ranks = load_ranks(n);
  for (std::size_t u = 0; u < n.network.units.size(); ++u) {
    UnitChange c;
    c.new_unit = id_at<UnitId>(u);
    c.old_unit = d.units.old_of_new[u];
    if (c.old_unit) c.before = figures_of(o, index_of(*c.old_unit), old_ranks);
    c.after = figures_of(n, u, new_ranks);
    c.partners_gained = partners_missing_in(n.projection, *c.new_unit, o.projection, c.old_unit, d.units.old_of_new);
    if (c.old_unit) {
      c.partners_lost = partners_missing_in(o.projection, *c.old_unit, n.projection, c.new_unit, d.units.new_of_old);
    }
    d.unit_changes.push_back(std::move(c));
  }
  for (std::size_t u = 0; u < o.network.units.size(); ++u) {
    if (d.units.new_of_old[u]) continue;
    UnitChange c;
    c.old_unit = id_at<UnitId>(u);
    c.before = figures_of(o, u, old_ranks);
    c.partners_lost = partners_missing_in(o.projection, *c.old_unit, n.projection, std::nullopt, d.units.new_of_old);
    d.unit_changes.push_back(std::move(c));
  }
  d.leaders = match_leaders(o.network, n.network);
  count_leader_tasks(o, n, d, d.leaders);
  compare_portfolios(o, n, d.units, d.leaders);
  d.gained_ties = ties_missing_in(n.projection, o.projection, d.units.old_of_new);
  d.lost_ties = ties_missing_in(o.projection, n.projection, d.units.new_of_old);
  return d;
}

PartitionAgreement compare_clusters(const Network& old_network, const ClusterResult& old_clusters,
                                    const Network& new_network, const ClusterResult& new_clusters,
                                    const DiffOptions& options) {
  const UnitMatching units = match_units(old_network, new_network, options.renames);
  std::vector<std::uint32_t> before;
  std::vector<std::uint32_t> after;
  for (std::size_t u = 0; u < old_network.units.size(); ++u) {
    const auto& counterpart = units.new_of_old[u];
    if (!counterpart || old_network.units[u].kind != UnitKind::unit ||
        new_network.unit(*counterpart).kind != UnitKind::unit || u >= old_clusters.unit_cluster.size() ||
        index_of(*counterpart) >= new_clusters.unit_cluster.size()) {
      continue;
    }
    before.push_back(old_clusters.unit_cluster[u]);
    after.push_back(new_clusters.unit_cluster[index_of(*counterpart)]);
  }
  return compare_partitions(before, after);
}

}  // namespace respnet
