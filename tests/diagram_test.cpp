#include <doctest/doctest.h>

#include <chrono>
#include <vector>

#include "analyze/clusters.hpp"
#include "analyze/group_filter.hpp"
#include "analyze/roles.hpp"
#include "model/error.hpp"
#include "render/diagram_views.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::metrics_of;
using respnet::test::read_source_file;

namespace {

// The diagram `respnet export DOC --view VIEW` draws, with the command's defaults.
Diagram view_of(const std::string& document, const std::string& view) {
  const bool projection = view == "units" || view == "clusters" || view == "roles";
  const NetworkMetrics m = metrics_of(document, projection ? GroupPolicy::drop : GroupPolicy::keep);
  DiagramOptions o;
  o.title = document.substr(document.find_last_of('/') + 1);
  UnitsViewOptions units;
  if (view == "overview") return make_overview_diagram(m, o);
  if (view == "leader") return make_leader_diagram(m, LeaderId{0}, o);
  if (view == "ego") return make_ego_diagram(m, UnitId{3}, o);
  if (view == "roles") {
    units.backbone.max_ties = 60;
    return make_roles_diagram(m, compute_roles(m.network), units.backbone, o);
  }
  const ClusterResult clusters = compute_clusters(m, ClusterOptions{});
  return view == "clusters" ? make_clusters_diagram(m, clusters, units, o) : make_units_diagram(m, clusters, units, o);
}

// A minimal well-formedness check: every element closed in order.
bool well_formed_xml(const std::string& xml) {
  std::vector<std::string> open;
  for (std::size_t i = xml.find('<'); i != std::string::npos; i = xml.find('<', i + 1)) {
    const std::size_t end = xml.find('>', i);
    if (end == std::string::npos) return false;
    const std::string tag = xml.substr(i + 1, end - i - 1);
    if (tag.empty() || tag[0] == '?' || tag[0] == '!' || tag.back() == '/') continue;
    const bool closing = tag[0] == '/';
    const std::string name = tag.substr(closing ? 1 : 0, tag.find_first_of(" \n\t") - (closing ? 1 : 0));
    if (!closing) {
      open.push_back(name);
    } else if (open.empty() || open.back() != name) {
      return false;
    } else {
      open.pop_back();
    }
  }
  return open.empty();
}

}  // namespace

TEST_SUITE("render::diagrams") {
  TEST_CASE("the DOT of every view of a small network matches its reviewed golden file") {
    // scripts/update-goldens writes them with `respnet export tests/data/small.txt --format dot`
    // (leader:张三, ego:市财政局).
    for (const char* view : {"overview", "units", "clusters", "roles", "leader", "ego"}) {
      CAPTURE(view);
      CHECK(render_diagram(view_of("tests/data/small.txt", view), DiagramFormat::dot) ==
            read_source_file(std::string("tests/golden/diagrams/") + view + ".dot"));
    }
  }

  TEST_CASE("every view of the bundled document renders to SVG, PNG and PDF in under 2 s") {
    for (const char* view : {"overview", "units", "clusters", "roles", "leader", "ego"}) {
      CAPTURE(view);
      const auto start = std::chrono::steady_clock::now();
      const Diagram d = view_of("graphs/zhoushan-2022.txt", view);
      const std::string svg = render_diagram(d, DiagramFormat::svg);
      const auto svg_time = std::chrono::steady_clock::now() - start;
      CHECK(well_formed_xml(svg));
      CHECK(svg.find("Noto Sans CJK SC") != std::string::npos);
      CHECK(svg.find(std::string(view) == "leader" ? "徐仁标" : "市发改委") != std::string::npos);
      const auto png_start = std::chrono::steady_clock::now();
      CHECK(render_diagram(d, DiagramFormat::png).rfind("\x89PNG\r\n", 0) == 0);
      const auto png_time = std::chrono::steady_clock::now() - png_start;
      CHECK(render_diagram(d, DiagramFormat::pdf).rfind("%PDF", 0) == 0);
      MESSAGE(std::string(view) << ": svg " << std::chrono::duration_cast<std::chrono::milliseconds>(svg_time).count()
                   << " ms, png " << std::chrono::duration_cast<std::chrono::milliseconds>(png_time).count()
                   << " ms");
      CHECK(svg_time < std::chrono::seconds(2) * test::k_time_factor);
      CHECK(png_time < std::chrono::seconds(2) * test::k_time_factor);
    }
  }

  TEST_CASE("the units backbone keeps every unit's strongest tie within the budget") {
    const NetworkMetrics m = metrics_of("graphs/zhoushan-2022.txt", GroupPolicy::drop);
    const Backbone b = extract_backbone(m.projection, BackboneOptions{});
    CHECK(b.total == m.projection.edges.size());
    CHECK(b.edges.size() <= 200);
    std::vector<double> strongest(m.projection.unit_count, 0.0);
    for (const ProjectionEdge& e : m.projection.edges) {
      for (const UnitId u : {e.a, e.b}) strongest[index_of(u)] = std::max(strongest[index_of(u)], e.weight);
    }
    std::vector<bool> kept(m.projection.unit_count, false);
    for (const std::size_t e : b.edges) {
      const ProjectionEdge& edge = m.projection.edges[e];
      for (const UnitId u : {edge.a, edge.b}) kept[index_of(u)] = kept[index_of(u)] || edge.weight == strongest[index_of(u)];
    }
    for (std::size_t u = 0; u < kept.size(); ++u) CHECK(kept[u] == (strongest[u] > 0));
  }

  TEST_CASE("a font without Chinese glyphs is refused, naming the package to install") {
    CHECK_NOTHROW(check_cjk_font("Noto Sans CJK SC"));
    CHECK_THROWS_WITH_AS(check_cjk_font("DejaVu Sans"),
                         "the font 'DejaVu Sans' has no Chinese glyphs (fontconfig chose 'DejaVu Sans'), so "
                         "the diagram would show empty boxes: install fonts-noto-cjk (apt-get install "
                         "fonts-noto-cjk) or choose a CJK font with --font",
                         Error);
  }

  TEST_CASE("Graphviz's own messages become respnet errors") {
    Diagram d;
    d.engine = "no-such-engine";
    d.nodes.push_back({"a", "", {}});
    CHECK_THROWS_AS(render_diagram(d, DiagramFormat::svg), Error);
  }

  TEST_CASE("labels wrap by display width and shorten with an ellipsis") {
    CHECK(style::wrap("市打击治理电信网络新型违法犯罪", 12) == "市打击治理电\\n信网络新型违\\n法犯罪");
    CHECK(style::shorten("一般公共预算收入增长7%。", 12) == "一般公共预…");
    CHECK(style::shorten("短", 12) == "短");
  }
}
