#include "analyze/unit_matching.hpp"

#include <algorithm>
#include <map>

#include "analyze/task_matching.hpp"

namespace respnet {
namespace {

using Renames = std::map<std::string, std::string, std::less<>>;

const std::string& renamed(const Renames& renames, const std::string& name) {
  const auto it = renames.find(name);
  return it == renames.end() ? name : it->second;
}

// A unit's name and aliases, each through the renames.
std::vector<std::string> names_of(const Unit& unit, const Renames& renames) {
  std::vector<std::string> names{renamed(renames, unit.name)};
  for (const std::string& alias : unit.aliases) names.push_back(renamed(renames, alias));
  return names;
}

}  // namespace

UnitMatching match_units(const Network& old_network, const Network& new_network,
                         const std::vector<std::pair<std::string, std::string>>& rename_pairs) {
  const Renames renames(rename_pairs.begin(), rename_pairs.end());
  UnitMatching m;
  m.new_of_old.assign(old_network.units.size(), std::nullopt);
  m.old_of_new.assign(new_network.units.size(), std::nullopt);
  m.rule.assign(old_network.units.size(), UnitMatchRule::same_name);
  auto link = [&m](std::size_t o, std::size_t n, UnitMatchRule rule) {
    m.new_of_old[o] = id_at<UnitId>(n);
    m.old_of_new[n] = id_at<UnitId>(o);
    m.rule[o] = rule;
  };
  std::map<std::string, std::size_t, std::less<>> new_by_name;
  for (std::size_t n = 0; n < new_network.units.size(); ++n) new_by_name.emplace(new_network.units[n].name, n);
  for (std::size_t o = 0; o < old_network.units.size(); ++o) {
    const auto it = new_by_name.find(old_network.units[o].name);
    if (it != new_by_name.end()) link(o, it->second, UnitMatchRule::same_name);
  }
  // Every name of an unmatched new unit, to the units bearing it in new-document order.
  std::map<std::string, std::vector<std::size_t>, std::less<>> new_by_any_name;
  for (std::size_t n = 0; n < new_network.units.size(); ++n) {
    if (m.old_of_new[n]) continue;
    for (std::string& name : names_of(new_network.units[n], renames)) new_by_any_name[std::move(name)].push_back(n);
  }
  for (std::size_t o = 0; o < old_network.units.size(); ++o) {
    if (m.new_of_old[o]) continue;
    for (const std::string& name : names_of(old_network.units[o], renames)) {
      const auto it = new_by_any_name.find(name);
      if (it == new_by_any_name.end()) continue;
      const auto free = std::find_if(it->second.begin(), it->second.end(), [&](std::size_t n) { return !m.old_of_new[n]; });
      if (free == it->second.end()) continue;
      link(o, *free, UnitMatchRule::renamed);
      break;
    }
  }
  return m;
}

std::vector<std::string> similar_names(const std::string& name, const std::vector<std::string>& candidates) {
  std::vector<std::pair<double, std::size_t>> scored;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const double s = text_similarity(name, candidates[i], 1);
    if (s > 0.5) scored.emplace_back(s, i);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> names;
  for (std::size_t k = 0; k < std::min<std::size_t>(scored.size(), 3); ++k) names.push_back(candidates[scored[k].second]);
  return names;
}

}  // namespace respnet
