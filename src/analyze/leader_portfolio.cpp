#include "analyze/leader_portfolio.hpp"

namespace respnet {

LeaderPortfolios compute_leader_portfolios(const Network& network) {
  const std::size_t leaders = network.leaders.size();
  LeaderPortfolios out{std::vector<std::uint32_t>(leaders, 0), std::vector<std::vector<UnitId>>(leaders),
                       std::vector<std::vector<std::uint32_t>>(leaders, std::vector<std::uint32_t>(leaders, 0))};
  for (const Task& t : network.tasks) {
    if (t.leader) ++out.tasks[index_of(*t.leader)];
  }
  // serves[u][l]: unit u appears on a task of leader l.
  std::vector<std::vector<bool>> serves(network.units.size(), std::vector<bool>(leaders, false));
  for (const Assignment& a : network.assignments) {
    const auto leader = network.task(a.task).leader;
    if (!leader) continue;
    const std::size_t l = index_of(*leader);
    if (serves[index_of(a.unit)][l]) continue;
    serves[index_of(a.unit)][l] = true;
    out.units[l].push_back(a.unit);
  }
  for (const std::vector<bool>& row : serves) {
    for (std::size_t a = 0; a < leaders; ++a) {
      if (!row[a]) continue;
      for (std::size_t b = 0; b < leaders; ++b) {
        if (row[b]) ++out.shared[a][b];
      }
    }
  }
  return out;
}

}  // namespace respnet
