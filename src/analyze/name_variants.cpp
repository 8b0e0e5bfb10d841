#include "analyze/name_variants.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>

#include "model/utf8.hpp"

namespace respnet {
namespace {

constexpr std::size_t k_min_short = 3;

std::u32string shortened(std::u32string name) {
  for (const auto& [long_form, short_form] : {std::pair{std::u32string_view(U"委员会"), std::u32string_view(U"委")},
                                             std::pair{std::u32string_view(U"办公室"), std::u32string_view(U"办")}}) {
    if (name.size() > long_form.size() && std::u32string_view(name).ends_with(long_form)) {
      name.replace(name.size() - long_form.size(), long_form.size(), short_form);
    }
  }
  return name;
}

// True when `a` abbreviates `b`: a subsequence of it, with its first two and its last character.
bool abbreviates(std::u32string_view a, std::u32string_view b) {
  if (a.size() < k_min_short || a.size() >= b.size() || a.substr(0, 2) != b.substr(0, 2) || a.back() != b.back()) {
    return false;
  }
  std::size_t i = 0;
  for (const char32_t c : b) {
    if (i < a.size() && a[i] == c) ++i;
  }
  return i == a.size();
}

std::size_t root(std::vector<std::size_t>& parent, std::size_t u) {
  while (parent[u] != u) u = parent[u] = parent[parent[u]];
  return u;
}

}  // namespace

std::vector<NameVariants> find_name_variants(const Network& network) {
  const std::size_t n = network.units.size();
  std::vector<std::u32string> names(n);
  std::map<std::pair<char32_t, char32_t>, std::vector<std::size_t>> buckets;
  for (std::size_t u = 0; u < n; ++u) {
    if (network.units[u].kind != UnitKind::unit) continue;
    names[u] = shortened(decode_utf8(network.units[u].name).text);
    if (names[u].size() >= k_min_short) buckets[{names[u][1], names[u].back()}].push_back(u);
  }
  std::vector<std::size_t> parent(n);
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  for (const auto& [ends, units] : buckets) {
    for (std::size_t i = 0; i < units.size(); ++i) {
      for (std::size_t j = i + 1; j < units.size(); ++j) {
        const std::u32string& a = names[units[i]];
        const std::u32string& b = names[units[j]];
        if (abbreviates(a, b) || abbreviates(b, a)) parent[root(parent, units[j])] = root(parent, units[i]);
      }
    }
  }
  std::vector<std::vector<UnitId>> members(n);
  for (std::size_t u = 0; u < n; ++u) members[root(parent, u)].push_back(id_at<UnitId>(u));
  std::vector<std::pair<std::size_t, NameVariants>> out;  // by the group's first unit
  for (std::vector<UnitId>& group : members) {
    if (group.size() < 2) continue;
    const auto full = std::max_element(group.begin(), group.end(), [&](UnitId a, UnitId b) {
      return names[index_of(a)].size() < names[index_of(b)].size();
    });
    NameVariants variants{*full, {}};
    for (const UnitId u : group) {
      if (u != *full) variants.others.push_back(u);
    }
    out.emplace_back(index_of(group.front()), std::move(variants));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<NameVariants> groups;
  for (auto& [first, variants] : out) groups.push_back(std::move(variants));
  return groups;
}

}  // namespace respnet
