#include "render/network_summary.hpp"

#include <algorithm>

#include "analyze/ranking.hpp"
#include "render/network_json.hpp"
#include "render/text_table.hpp"

namespace respnet {
namespace {

std::string count_of(std::size_t n, const std::string& noun) {
  return std::to_string(n) + ' ' + noun + (n == 1 ? "" : "s");
}

std::string format_counts(const Network& network) {
  const auto groups = std::count_if(network.units.begin(), network.units.end(),
                                    [](const Unit& u) { return u.kind == UnitKind::group; });
  const auto aliased = std::count_if(network.units.begin(), network.units.end(),
                                     [](const Unit& u) { return !u.aliases.empty(); });
  return document_name(network.source) + ": " + count_of(network.leaders.size(), "leader") +
         ", " + count_of(network.tasks.size(), "task") + ", " +
         count_of(network.units.size(), "unit") + " (" +
         count_of(static_cast<std::size_t>(groups), "group") + ", " + std::to_string(aliased) +
         " with aliases), " + count_of(network.assignments.size(), "assignment") + "\n";
}

std::string format_leaders(const Network& network) {
  std::vector<std::size_t> tasks(network.leaders.size(), 0);
  for (const Task& t : network.tasks) {
    if (t.leader) ++tasks[index_of(*t.leader)];
  }
  TextTable table{{"leader", "title", "tasks"}, {Align::left, Align::left, Align::right}, {}};
  for (std::size_t i = 0; i < network.leaders.size(); ++i) {
    table.rows.push_back({network.leaders[i].name, network.leaders[i].title, std::to_string(tasks[i])});
  }
  return format_table(table);
}

std::string format_units(const Network& network, const UnitParticipation& p) {
  TextTable table{{"#", "unit", "kind", "tasks", "lead", "support"},
                  {Align::right, Align::left, Align::left, Align::right, Align::right, Align::right},
                  {}};
  std::size_t rank = 0;
  for (const UnitId id : rank_descending<UnitId>(p.tasks)) {
    const std::size_t u = index_of(id);
    table.rows.push_back({std::to_string(++rank), network.units[u].name,
                          unit_kind_name(network.units[u].kind), std::to_string(p.tasks[u]),
                          std::to_string(p.lead[u]), std::to_string(p.support[u])});
  }
  return format_table(table);
}

}  // namespace

std::string write_network_summary(const Network& network, const UnitParticipation& participation) {
  std::string out = format_counts(network);
  if (!network.leaders.empty()) out += '\n' + format_leaders(network);
  out += "\nUnits by number of tasks\n" + format_units(network, participation);
  return out;
}

}  // namespace respnet
