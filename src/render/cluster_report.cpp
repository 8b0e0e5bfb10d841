#include "render/cluster_report.hpp"

#include <cmath>

#include "render/name_list.hpp"
#include "render/network_json.hpp"
#include "render/number_format.hpp"

namespace respnet {
namespace {

template <typename Ids, typename NameOf>
nlohmann::ordered_json name_list(const Ids& ids, NameOf name_of) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto id : ids) out.push_back(name_of(id));
  return out;
}

std::string quality_name(const ClusterReportOptions& o) {
  return o.cluster.method == ClusterMethod::bipartite ? "bipartite modularity Q_B" : "modularity";
}

std::string summary_line(const NetworkStructure& m, const ClusterResult& r, const ClusterReportOptions& o) {
  std::string line = document_name(m.network.source) + ": " + o.method + " (groups " + o.groups +
                     "): " + std::to_string(r.clusters.size()) + " clusters, " + quality_name(o) +
                     " " + format_fixed(r.quality);
  if (r.stability) {
    line += ", stability " + format_fixed(*r.stability) + " over " + std::to_string(o.cluster.runs) + " runs";
  }
  std::size_t core = 0;
  for (const std::uint32_t k : r.core_number) core += k == r.max_core ? 1 : 0;
  return line + "; core: " + std::to_string(core) + " units in the " + std::to_string(r.max_core) + "-core\n";
}

}  // namespace

DataTable make_cluster_table(const NetworkStructure& m, const ClusterResult& r) {
  const Network& n = m.network;
  auto unit_name = [&](UnitId u) { return n.unit(u).name; };
  DataTable t{{"id", "size", "tasks", "density", "top_units", "leaders", "bridges"}, {}};
  for (std::size_t c = 0; c < r.clusters.size(); ++c) {
    const Cluster& cluster = r.clusters[c];
    const std::string bridges = join_names(cluster.bridges, [&](const Bridge& b) {
      return n.unit(b.unit).name + " " + std::to_string(std::lround(b.outside_share * 100)) + "%";
    });
    t.rows.push_back({static_cast<std::int64_t>(c + 1), static_cast<std::int64_t>(cluster.units.size()),
                      static_cast<std::int64_t>(cluster.tasks.size()), cluster.density,
                      join_names(cluster.top_units, unit_name),
                      join_names(cluster.leaders, [&](LeaderId l) { return n.leader(l).name; }), bridges});
  }
  return t;
}

DataTable make_cluster_member_table(const NetworkStructure& m, const ClusterResult& r) {
  DataTable t{{"name", "kind", "cluster", "load", "component", "core_number", "core"}, {}};
  for (std::size_t u = 0; u < m.network.units.size(); ++u) {
    const Unit& unit = m.network.units[u];
    t.rows.push_back({unit.name, std::string(unit_kind_name(unit.kind)),
                      static_cast<std::int64_t>(r.unit_cluster[u] + 1), m.load.load[u],
                      static_cast<std::int64_t>(r.unit_component[u] + 1),
                      static_cast<std::int64_t>(r.core_number[u]), r.core_number[u] == r.max_core});
  }
  return t;
}

std::string write_cluster_report(const NetworkStructure& m, const ClusterResult& r, const ClusterReportOptions& o) {
  const Network& n = m.network;
  auto unit_name = [&](UnitId u) { return n.unit(u).name; };
  if (o.output.format == TableFormat::json) {
    nlohmann::ordered_json clusters = nlohmann::ordered_json::array();
    for (std::size_t c = 0; c < r.clusters.size(); ++c) {
      const Cluster& cluster = r.clusters[c];
      nlohmann::ordered_json bridges = nlohmann::ordered_json::array();
      for (const Bridge& b : cluster.bridges) {
        bridges.push_back({{"name", n.unit(b.unit).name}, {"outside_share", b.outside_share}});
      }
      clusters.push_back({{"id", c + 1},
                          {"size", cluster.units.size()},
                          {"units", name_list(cluster.units, unit_name)},
                          {"tasks", name_list(cluster.tasks, [&](TaskId t) { return n.task(t).id; })},
                          {"leaders", name_list(cluster.leaders, [&](LeaderId l) { return n.leader(l).name; })},
                          {"top_units", name_list(cluster.top_units, unit_name)},
                          {"density", cluster.density},
                          {"bridges", std::move(bridges)}});
    }
    const nlohmann::ordered_json doc = {
        {"schema", "respnet.clusters/1"},
        {"source", document_name(n.source)},
        {"method", o.method},
        {"groups", o.groups},
        {"resolution", o.cluster.resolution},
        {"seed", o.cluster.seed},
        {"runs", o.cluster.runs},
        {"modularity", r.quality},
        {"stability", r.stability ? nlohmann::ordered_json(*r.stability) : nlohmann::ordered_json()},
        {"clusters", std::move(clusters)},
        {"units", table_to_json(make_cluster_member_table(m, r))}};
    return doc.dump(2) + '\n';
  }
  const std::vector<TableSection> sections{{"clusters", "Clusters", make_cluster_table(m, r)},
                                           {"units", "Units", make_cluster_member_table(m, r)}};
  const std::string tables = write_sections("respnet.clusters/1", n.source, {}, sections, o.output);
  return o.output.format == TableFormat::csv ? tables : summary_line(m, r, o) + '\n' + tables;
}

}  // namespace respnet
