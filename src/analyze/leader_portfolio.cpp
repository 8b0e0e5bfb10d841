#include "analyze/leader_portfolio.hpp"

#include <algorithm>
#include <iterator>

namespace respnet {

std::uint32_t LeaderPortfolios::shared(LeaderId a, LeaderId b) const {
  std::vector<UnitId> mine = units[index_of(a)];
  std::vector<UnitId> theirs = units[index_of(b)];
  std::sort(mine.begin(), mine.end());
  std::sort(theirs.begin(), theirs.end());
  std::vector<UnitId> both;
  std::set_intersection(mine.begin(), mine.end(), theirs.begin(), theirs.end(), std::back_inserter(both));
  return static_cast<std::uint32_t>(both.size());
}

LeaderPortfolios compute_leader_portfolios(const Network& network) {
  const std::size_t leaders = network.leaders.size();
  LeaderPortfolios out{std::vector<std::uint32_t>(leaders, 0), std::vector<std::vector<UnitId>>(leaders),
                       std::vector<std::vector<LeaderOverlap>>(leaders)};
  for (const Task& t : network.tasks) {
    if (t.leader) ++out.tasks[index_of(*t.leader)];
  }
  // Each leader's units and the leaders each unit serves, both distinct: leader by leader over
  // their tasks, a unit stamped with the leader that saw it last.
  const std::vector<std::size_t> offsets = assignment_offsets(network);
  std::vector<std::vector<std::uint32_t>> tasks_of(leaders);
  for (std::size_t t = 0; t < network.tasks.size(); ++t) {
    if (const auto leader = network.tasks[t].leader) tasks_of[index_of(*leader)].push_back(static_cast<std::uint32_t>(t));
  }
  std::vector<std::vector<std::uint32_t>> serves(network.units.size());
  std::vector<std::uint32_t> stamp(network.units.size(), 0);
  for (std::size_t l = 0; l < leaders; ++l) {
    for (const std::uint32_t t : tasks_of[l]) {
      for (std::size_t i = offsets[t]; i < offsets[t + 1]; ++i) {
        const UnitId u = network.assignments[i].unit;
        if (stamp[index_of(u)] == l + 1) continue;
        stamp[index_of(u)] = static_cast<std::uint32_t>(l + 1);
        serves[index_of(u)].push_back(static_cast<std::uint32_t>(l));
        out.units[l].push_back(u);
      }
    }
  }
  std::vector<std::uint32_t> count(leaders, 0);
  std::vector<std::uint32_t> touched;
  std::vector<LeaderOverlap> all;  // reused: only the first k_max_overlaps are kept
  const auto more_shared = [](const LeaderOverlap& x, const LeaderOverlap& y) {
    return x.units != y.units ? x.units > y.units : x.other < y.other;
  };
  for (std::size_t a = 0; a < leaders; ++a) {
    for (const UnitId u : out.units[a]) {
      for (const std::uint32_t b : serves[index_of(u)]) {
        if (b == a) continue;
        if (count[b]++ == 0) touched.push_back(b);
      }
    }
    all.clear();
    for (const std::uint32_t b : touched) all.push_back({id_at<LeaderId>(b), count[b]});
    const std::size_t kept = std::min(all.size(), LeaderPortfolios::k_max_overlaps);
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(kept), all.end(), more_shared);
    out.overlaps[a].assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(kept));
    for (const std::uint32_t b : touched) count[b] = 0;
    touched.clear();
  }
  return out;
}

}  // namespace respnet
