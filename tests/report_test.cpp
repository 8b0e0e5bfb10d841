#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/error.hpp"
#include "render/markdown_html.hpp"
#include "render/output_file.hpp"
#include "render/report_html.hpp"
#include "diff_years.hpp"
#include "test_support.hpp"

using namespace respnet;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_SUITE("render::report") {
  TEST_CASE("with a comparison the report gets its year-over-year section") {
    const test::DiffYears y;
    const DiffView view = y.view();
    const NetworkMetrics full = compute_metrics(y.new_s.network, MetricsOptions{});
    const ClusterResult clusters = compute_clusters(y.new_s, ClusterOptions{});
    const RoleNetwork roles = compute_roles(full.network);
    ReportContent content{&full, &y.new_s, &clusters, &roles, {}, {}, "", nullptr};
    const std::string without = write_report_html(content);
    CHECK(without.find("<section id=\"diff\">") == std::string::npos);
    CHECK(without.find("href=\"#diff\"") == std::string::npos);
    content.diff = &view;
    const std::string html = write_report_html(content);
    CHECK(html.find("<a href=\"#diff\">与上年比较</a>") != std::string::npos);
    const std::size_t section = html.find("<section id=\"diff\"><h2>与上年比较 Year over year</h2>");
    REQUIRE(section != std::string::npos);
    CHECK(html.find("<div class=\"value\">6</div>项延续任务 carried over", section) != std::string::npos);
    // Listed: the flipped and the moved lead, the task that changed leader, two new, one dropped.
    CHECK(html.find("其余 3 项延续任务牵头单位和分管领导未变", section) != std::string::npos);
    CHECK(html.find("<td>flipped</td>", section) != std::string::npos);
    CHECK(html.find("<td>举办海洋文化节，打造海岛旅游品牌。</td>", section) != std::string::npos);
  }

  TEST_CASE("the README's Markdown subset becomes HTML") {
    CHECK(markdown_to_html("## Metrics\n\nThe **graphs** use `P`.\n\n- one\n  more\n- two & <b>\n") ==
          "<h3>Metrics</h3>\n<p>The <b>graphs</b> use <code>P</code>.</p>\n<ul>\n<li>one more</li>\n"
          "<li>two &amp; &lt;b&gt;</li>\n</ul>\n");
  }

  TEST_CASE("the definitions are the README's Metrics and Clusters sections") {
    const std::string readme = test::read_source_file("README.md");
    const std::string sections = markdown_sections(readme, "Metrics", "Clusters");
    CHECK(sections.rfind("## Metrics\n", 0) == 0);
    CHECK(sections.find("## Clusters\n") != std::string::npos);
    CHECK(sections.find("\n## Performance") == std::string::npos);
    CHECK(markdown_sections(readme, "No such section", "Clusters").empty());
  }

  TEST_CASE("an SVG document is inlined from its <svg> element, its ids prefixed") {
    CHECK(inline_svg("<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg width=\"1\"><g id=\"node1\"><a href=\"#node1\"/></g></svg>\n", "d2") ==
          "<svg width=\"1\"><g id=\"d2-node1\"><a href=\"#d2-node1\"/></g></svg>\n");
  }

  TEST_CASE("a pack directory is replaced whole") {
    const fs::path root = fs::temp_directory_path() / "respnet_report_test";
    fs::remove_all(root);
    const fs::path pack = root / "out" / "pack";
    write_directory_atomically(pack, {{"a.txt", "old"}, {"stale.txt", "x"}});
    write_directory_atomically(pack, {{"a.txt", "新"}});
    CHECK(read_file(pack / "a.txt") == "新");
    CHECK_FALSE(fs::exists(pack / "stale.txt"));
    CHECK(fs::exists(pack / ".respnet-pack"));
    CHECK(std::distance(fs::directory_iterator(root / "out"), fs::directory_iterator()) == 1);
    fs::remove_all(root);
  }

  TEST_CASE("a directory respnet did not write is never replaced") {
    const fs::path root = fs::temp_directory_path() / "respnet_report_foreign";
    fs::remove_all(root);
    fs::create_directories(root);
    { std::ofstream(root / "thesis.txt") << "mine"; }
    CHECK_THROWS_WITH_AS(write_directory_atomically(root, {{"report.html", "x"}}),
                         ("refusing to replace '" + root.string() +
                          "': it exists and was not written by respnet (no .respnet-pack file); choose a new "
                          "directory or empty this one").c_str(),
                         Error);
    CHECK(read_file(root / "thesis.txt") == "mine");
    CHECK_FALSE(fs::exists(root / "report.html"));
    fs::remove_all(root);
  }

  TEST_CASE("a pack that cannot be written leaves no partial directory") {
    CHECK_THROWS_AS(write_directory_atomically("/proc/respnet-cannot/pack", {{"a.txt", "x"}}), Error);
  }
}
