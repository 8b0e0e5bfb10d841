#include "analyze/unit_matching.hpp"

#include <map>

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
  // Every name of an unmatched new unit, to the first such unit bearing it.
  std::map<std::string, std::size_t, std::less<>> new_by_any_name;
  for (std::size_t n = 0; n < new_network.units.size(); ++n) {
    if (m.old_of_new[n]) continue;
    for (std::string& name : names_of(new_network.units[n], renames)) new_by_any_name.emplace(std::move(name), n);
  }
  for (std::size_t o = 0; o < old_network.units.size(); ++o) {
    if (m.new_of_old[o]) continue;
    for (const std::string& name : names_of(old_network.units[o], renames)) {
      const auto it = new_by_any_name.find(name);
      if (it == new_by_any_name.end() || m.old_of_new[it->second]) continue;
      link(o, it->second, UnitMatchRule::renamed);
      break;
    }
  }
  return m;
}

}  // namespace respnet
