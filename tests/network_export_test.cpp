// GraphML, GEXF, DL and Gephi CSV of the bundled document, read back: counts and attributes
// against the model.
#include <doctest/doctest.h>

#include <libxml/parser.h>

#include <map>

#include "analyze/clusters.hpp"
#include "render/network_export.hpp"
#include "test_support.hpp"

using namespace respnet;

namespace {

struct Element {
  std::string name;
  std::map<std::string, std::string> attributes;
  std::string text;
};

// Every element of the document in order, with its attributes and its own text.
std::vector<Element> elements_of(const std::string& xml) {
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "export.xml", nullptr, XML_PARSE_NONET);
  REQUIRE(doc != nullptr);
  std::vector<Element> out;
  std::vector<xmlNode*> stack{xmlDocGetRootElement(doc)};
  while (!stack.empty()) {
    xmlNode* node = stack.back();
    stack.pop_back();
    if (node->type != XML_ELEMENT_NODE) continue;
    Element e{reinterpret_cast<const char*>(node->name), {}, {}};
    for (xmlAttr* a = node->properties; a; a = a->next) {
      xmlChar* value = xmlNodeListGetString(doc, a->children, 1);
      e.attributes[reinterpret_cast<const char*>(a->name)] = value ? reinterpret_cast<const char*>(value) : "";
      xmlFree(value);
    }
    std::vector<xmlNode*> children;
    for (xmlNode* c = node->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE) e.text += reinterpret_cast<const char*>(c->content);
      children.push_back(c);
    }
    stack.insert(stack.end(), children.rbegin(), children.rend());
    out.push_back(std::move(e));
  }
  xmlFreeDoc(doc);
  return out;
}

std::size_t count_named(const std::vector<Element>& elements, const std::string& name) {
  return static_cast<std::size_t>(std::count_if(elements.begin(), elements.end(), [&](const Element& e) { return e.name == name; }));
}

struct Bundled {
  NetworkMetrics metrics = test::metrics_of("graphs/zhoushan-2022.txt", GroupPolicy::keep);
  ClusterResult clusters = compute_clusters(metrics, {});
  std::size_t leader_edges = 0;
  std::size_t leads = 0;
  Bundled() {
    for (const Task& t : metrics.network.tasks) leader_edges += t.leader.has_value();
    for (const Assignment& a : metrics.network.assignments) leads += a.role == Role::lead;
  }
};

}  // namespace

TEST_SUITE("render::network_export") {
  TEST_CASE("GraphML of G: every task, leader and unit, every tie, with type, figures and role") {
    const Bundled b;
    const Network& n = b.metrics.network;
    const std::vector<Element> xml = elements_of(write_graphml(make_bipartite_export(b.metrics, b.clusters)));
    CHECK(count_named(xml, "node") == n.tasks.size() + n.leaders.size() + n.units.size());
    CHECK(count_named(xml, "edge") == b.leader_edges + n.assignments.size());
    std::map<std::string, std::string> key_name;
    for (const Element& e : xml) {
      if (e.name == "key") key_name[e.attributes.at("id")] = e.attributes.at("attr.name");
    }
    // The node of 市发改委: its label in Chinese, its type and its counts as in the model.
    const UnitId ndrc = *n.find_unit("市发改委");
    std::map<std::string, std::string> values;
    std::string current;
    std::size_t lead_edges = 0;
    for (const Element& e : xml) {
      if (e.name == "node" || e.name == "edge") current = e.name == "node" ? e.attributes.at("id") : "";
      if (e.name == "data" && current == "u" + std::to_string(index_of(ndrc))) values[key_name.at(e.attributes.at("key"))] = e.text;
      if (e.name == "data" && current.empty() && key_name.at(e.attributes.at("key")) == "role" && e.text == "lead") ++lead_edges;
    }
    CHECK(values.at("label") == "市发改委");
    CHECK(values.at("type") == "unit");
    CHECK(values.at("tasks") == std::to_string(b.metrics.participation.tasks[index_of(ndrc)]));
    CHECK(values.at("lead") == std::to_string(b.metrics.participation.lead[index_of(ndrc)]));
    CHECK(values.at("overloaded") == "true");
    CHECK(values.at("cluster") == std::to_string(b.clusters.unit_cluster[index_of(ndrc)] + 1));
    CHECK(lead_edges == b.leads);
  }

  TEST_CASE("GEXF 1.3 of P: units, weighted ties, declared attributes") {
    const Bundled b;
    const std::string gexf = write_gexf(make_units_export(b.metrics, b.clusters));
    const std::vector<Element> xml = elements_of(gexf);
    CHECK(xml.front().name == "gexf");
    CHECK(xml.front().attributes.at("version") == "1.3");
    CHECK(count_named(xml, "node") == b.metrics.network.units.size());
    CHECK(count_named(xml, "edge") == b.metrics.projection.edges.size());
    double total = 0;
    for (const Element& e : xml) {
      if (e.name == "edge") total += std::stod(e.attributes.at("weight"));
    }
    double expected = 0;
    for (const ProjectionEdge& e : b.metrics.projection.edges) expected += e.weight;
    CHECK(total == doctest::Approx(expected));
    CHECK(gexf.find("label=\"市发改委\"") != std::string::npos);
  }

  TEST_CASE("UCINET DL and Gephi CSV: sizes and labels") {
    const Bundled b;
    const Network& n = b.metrics.network;
    const ExportGraph g = make_bipartite_export(b.metrics, b.clusters);
    const std::string dl = write_dl(g);
    CHECK(dl.starts_with("dl nr=" + std::to_string(n.tasks.size()) + ", nc=" +
                         std::to_string(n.leaders.size() + n.units.size()) + "\nformat = edgelist2\nrow labels:\n"));
    CHECK(dl.find("\n\"市发改委\"\n") != std::string::npos);
    const auto data = dl.find("data:\n");
    CHECK(static_cast<std::size_t>(std::count(dl.begin() + static_cast<std::ptrdiff_t>(data), dl.end(), '\n')) ==
          g.edges.size() + 1);
    const auto files = write_gephi_csv(g);
    REQUIRE(files.size() == 2);
    CHECK(files[0].first == "nodes.csv");
    CHECK(files[0].second.starts_with("Id,Label,type,"));
    CHECK(static_cast<std::size_t>(std::count(files[1].second.begin(), files[1].second.end(), '\n')) == g.edges.size() + 1);
    CHECK(write_dl(make_units_export(b.metrics, b.clusters)).starts_with("dl n=" + std::to_string(n.units.size()) + "\nformat = edgelist1\n"));
  }
}
