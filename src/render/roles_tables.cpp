#include "render/roles_tables.hpp"

namespace respnet {
namespace {

Cell count(std::uint32_t n) { return static_cast<std::int64_t>(n); }

}  // namespace

std::vector<TableSection> make_roles_sections(const Network& network, const RoleNetwork& roles,
                                              const UnitParticipation& p, std::size_t top) {
  DataTable units{{"name", "kind", "tasks", "lead", "support", "lead_share"}, {}};
  for (std::size_t u = 0; u < network.units.size(); ++u) {
    units.rows.push_back({network.units[u].name, std::string(unit_kind_name(network.units[u].kind)),
                          count(p.tasks[u]), count(p.lead[u]), count(p.support[u]), roles.lead_share[u]});
  }
  DataTable pairs{{"lead", "support", "tasks"}, {}};
  for (const RoleEdge& e : roles.edges) {
    if (top > 0 && pairs.rows.size() == top) break;
    pairs.rows.push_back({network.unit(e.lead).name, network.unit(e.support).name, count(e.tasks)});
  }
  DataTable only{{"name", "kind", "support"}, {}};
  for (const UnitId u : roles.only_support) {
    only.rows.push_back({network.unit(u).name, std::string(unit_kind_name(network.unit(u).kind)),
                         count(p.support[index_of(u)])});
  }
  DataTable reciprocal{{"a", "b", "a_leads_b", "b_leads_a"}, {}};
  for (const auto& [ab, ba] : roles.reciprocal) {
    reciprocal.rows.push_back({network.unit(ab.lead).name, network.unit(ab.support).name,
                               count(ab.tasks), count(ba.tasks)});
  }
  return {{"units", "Lead and support per unit", std::move(units)},
          {"pairs", "Strongest lead -> support pairs", std::move(pairs)},
          {"only_support", "Units that only support", std::move(only)},
          {"reciprocal", "Reciprocal pairs (each leads the other somewhere)", std::move(reciprocal)}};
}

}  // namespace respnet
