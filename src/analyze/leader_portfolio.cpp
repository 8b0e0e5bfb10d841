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
  // The leaders each unit serves, and each leader's units, both distinct.
  std::vector<std::vector<std::uint32_t>> serves(network.units.size());
  for (const Assignment& a : network.assignments) {
    const auto leader = network.task(a.task).leader;
    if (!leader) continue;
    const auto l = static_cast<std::uint32_t>(index_of(*leader));
    std::vector<std::uint32_t>& served = serves[index_of(a.unit)];
    if (std::find(served.begin(), served.end(), l) != served.end()) continue;
    served.push_back(l);
    out.units[l].push_back(a.unit);
  }
  std::vector<std::uint32_t> count(leaders, 0);
  std::vector<std::uint32_t> touched;
  for (std::size_t a = 0; a < leaders; ++a) {
    for (const UnitId u : out.units[a]) {
      for (const std::uint32_t b : serves[index_of(u)]) {
        if (b == a) continue;
        if (count[b]++ == 0) touched.push_back(b);
      }
    }
    std::vector<LeaderOverlap>& overlaps = out.overlaps[a];
    for (const std::uint32_t b : touched) overlaps.push_back({id_at<LeaderId>(b), count[b]});
    std::sort(overlaps.begin(), overlaps.end(), [](const LeaderOverlap& x, const LeaderOverlap& y) {
      return x.units != y.units ? x.units > y.units : x.other < y.other;
    });
    if (overlaps.size() > LeaderPortfolios::k_max_overlaps) overlaps.resize(LeaderPortfolios::k_max_overlaps);
    for (const std::uint32_t b : touched) count[b] = 0;
    touched.clear();
  }
  return out;
}

}  // namespace respnet
