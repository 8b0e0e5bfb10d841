#include <doctest/doctest.h>

#include "analyze/group_filter.hpp"
#include "analyze/participation.hpp"
#include "parse/config.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::formatted;
using respnet::test::Names;
using respnet::test::read_source_file;
using respnet::test::units_of;

TEST_SUITE("parse::config") {
  TEST_CASE("aliases, groups, titles and load weights") {
    const ConfigResult r = read_config(
        "[aliases]\n\"市大数据局\" = \"市府办\"\n[groups]\n\"各县(区)政府\" = [\"甲县政府\", \"乙区政府\"]\n"
        "[titles]\nextra = [\"巡视员\"]\n[load]\nthreshold = 3.0\nlead_weight = 2\n",
        "c.toml");
    REQUIRE(r.diagnostics.empty());
    CHECK(r.config.aliases == std::vector<std::pair<std::string, std::string>>{{"市大数据局", "市府办"}});
    REQUIRE(r.config.groups.size() == 1);
    CHECK(r.config.groups[0].second == Names{"甲县政府", "乙区政府"});
    CHECK(r.config.titles == Names{"巡视员"});
    CHECK(r.config.threshold == 3.0);
    CHECK(r.config.lead_weight == 2.0);
    CHECK_FALSE(r.config.support_weight);
  }

  TEST_CASE("a malformed configuration is reported with its line") {
    CHECK(formatted(read_config("[aliases]\n\"a\" = \"b\"\n[groups\n", "bad.toml").diagnostics) ==
          Names{"bad.toml:3:8: error: invalid TOML: Error while parsing table header: expected ']', saw '\\n'."});
    CHECK(formatted(read_config("[groups]\n\"x\" = \"y\"\n", "bad.toml").diagnostics) ==
          Names{"bad.toml:2:7: error: expected a list of strings: a group maps to a list of unit names."});
  }

  TEST_CASE("configured aliases merge units and configured titles split headings") {
    const ConfigResult c = read_config("[aliases]\n\"市大数据局\" = \"市府办\"\n[titles]\nextra = [\"巡视员\"]\n", "c.toml");
    ParseOptions options;
    options.config = &c.config;
    const ParseResult r = parse_document(
        "一、张三巡视员牵头重点工作\n1.甲。\n责任单位:市大数据局、市府办\n", "in.txt", options);
    REQUIRE(r.ok());
    CHECK(r.network.leaders[0].title == "巡视员");
    REQUIRE(r.network.units.size() == 1);
    CHECK(r.network.units[0].name == "市府办");
    CHECK(r.network.units[0].aliases == Names{"市大数据局"});
  }

  TEST_CASE("--groups expand on the bundled document: the counties carry 各县(区)政府's tasks") {
    const ConfigResult c = read_config(read_source_file("graphs/zhoushan-2022.toml"), "zhoushan-2022.toml");
    REQUIRE(c.diagnostics.empty());
    ParseOptions options;
    options.config = &c.config;
    const ParseResult r = parse_document(read_source_file("graphs/zhoushan-2022.txt"), "zhoushan-2022.txt", options);
    REQUIRE(r.ok());
    const Network expanded = expand_groups(r.network);
    CHECK_FALSE(expanded.find_unit("各县(区)政府"));
    CHECK_FALSE(expanded.find_unit("功能区管委会"));
    CHECK(expanded.find_unit("驻舟各部队"));  // a group without configured members stays
    const UnitParticipation before = compute_participation(r.network);
    const UnitParticipation after = compute_participation(expanded);
    const std::size_t counties = index_of(*r.network.find_unit("各县(区)政府"));
    const std::size_t dinghai_before = index_of(*r.network.find_unit("定海区政府"));
    const std::size_t dinghai_after = index_of(*expanded.find_unit("定海区政府"));
    // 定海区政府 is on every task of 各县(区)政府, and on its own tasks (once where both were).
    CHECK(after.tasks[dinghai_after] > before.tasks[counties]);
    CHECK(after.tasks[dinghai_after] <= before.tasks[counties] + before.tasks[dinghai_before]);
    // Task 1.1: 市财政局 leads; the counties and zones now support in the group's place.
    CHECK(units_of(expanded, 0, Role::support) ==
          Names{"市税务局", "定海区政府", "普陀区政府", "岱山县政府", "嵊泗县政府", "新城管委会", "普朱管委会",
                "金塘管委会", "六横管委会", "高新区管委会", "石化基地管委会"});
  }
}
