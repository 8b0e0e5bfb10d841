#include "render/network_json.hpp"

#include <nlohmann/json.hpp>

namespace respnet {

std::string document_name(const std::string& source) {
  std::string out;
  std::size_t start = 0;
  while (start <= source.size()) {
    const std::size_t end = std::min(source.find(" + ", start), source.size());
    const std::string part = source.substr(start, end - start);
    const std::size_t slash = part.find_last_of("/\\");
    out += (out.empty() ? "" : " + ") + (slash == std::string::npos ? part : part.substr(slash + 1));
    start = end + 3;
  }
  return out;
}

std::string write_network_json(const Network& network) {
  using Json = nlohmann::ordered_json;
  Json leaders = Json::array();
  for (const Leader& l : network.leaders) leaders.push_back({{"name", l.name}, {"title", l.title}});
  Json units = Json::array();
  for (const Unit& u : network.units) {
    units.push_back({{"name", u.name}, {"kind", unit_kind_name(u.kind)}, {"aliases", u.aliases}});
  }
  std::vector<Json> lead(network.tasks.size(), Json::array());
  std::vector<Json> support(network.tasks.size(), Json::array());
  for (const Assignment& a : network.assignments) {
    (a.role == Role::lead ? lead : support)[index_of(a.task)].push_back(network.unit(a.unit).name);
  }
  Json tasks = Json::array();
  for (std::size_t i = 0; i < network.tasks.size(); ++i) {
    const Task& t = network.tasks[i];
    tasks.push_back({{"id", t.id},
                     {"leader", t.leader ? Json(network.leader(*t.leader).name) : Json(nullptr)},
                     {"number", t.number},
                     {"text", t.text},
                     {"lead", std::move(lead[i])},
                     {"support", std::move(support[i])},
                     {"shared_lead", t.shared_lead},
                     {"file", document_name(network.source_of(t.location))},
                     {"line", t.location.line}});
  }
  const Json document = {{"schema", "respnet.network/1"},
                         {"source", document_name(network.source)},
                         {"leaders", std::move(leaders)},
                         {"units", std::move(units)},
                         {"tasks", std::move(tasks)}};
  return document.dump(2) + '\n';
}

}  // namespace respnet
