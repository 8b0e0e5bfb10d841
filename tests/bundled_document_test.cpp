#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

#include "parse/document.hpp"
#include "render/network_json.hpp"
#include "test_support.hpp"

using namespace respnet;
using respnet::test::Names;
using respnet::test::read_source_file;
using respnet::test::units_of;

TEST_SUITE("parse::bundled") {
  TEST_CASE("zhoushan-2022: 9 leaders, 121 tasks, 109 units of which 13 groups, 3 aliased") {
    const ParseResult r =
        parse_document(read_source_file("graphs/zhoushan-2022.txt"), "zhoushan-2022.txt");
    REQUIRE(r.ok());
    CHECK(r.diagnostics.empty());
    const Network& n = r.network;
    std::vector<std::pair<std::string, std::string>> leaders;
    for (const Leader& l : n.leaders) leaders.emplace_back(l.name, l.title);
    CHECK(leaders == std::vector<std::pair<std::string, std::string>>{
                         {"徐仁标", "市长"}, {"毛江平", "常务副市长"}, {"韩峻", "常委"},
                         {"孙小晓", "副市长"}, {"方铁道", "副市长"}, {"赵骏", "副市长"},
                         {"洪碧", "副市长"}, {"周建军", "总规划师"}, {"陈麟", "市政府党组成员"}});
    CHECK(n.tasks.size() == 121);
    CHECK(n.units.size() == 109);
    Names groups;
    Names aliased;
    for (const Unit& u : n.units) {
      if (u.kind == UnitKind::group) groups.push_back(u.name);
      if (!u.aliases.empty()) aliased.push_back(u.name + "=" + u.aliases.front());
    }
    CHECK(groups.size() == 13);
    CHECK(groups[0] == "各县(区)政府");
    CHECK(std::find(groups.begin(), groups.end(), "驻舟各部队") != groups.end());
    CHECK(aliased == Names{"市财政局=国资委", "市府办=市大数据局", "市委宣传部=市委网信办"});
    CHECK(n.tasks[0].id == "1.1");
    CHECK(units_of(n, 0, Role::lead) == Names{"市财政局"});
    CHECK(units_of(n, 0, Role::support) == Names{"市税务局", "各县(区)政府", "功能区管委会"});
    CHECK(n.tasks.back().id == "9.2");
  }

  TEST_CASE("every task of zhoushan-2022 matches the reviewed golden JSON") {
    const ParseResult r =
        parse_document(read_source_file("graphs/zhoushan-2022.txt"), "zhoushan-2022.txt");
    REQUIRE(r.ok());
    CHECK(write_network_json(r.network) ==
          read_source_file("tests/golden/zhoushan-2022/network.json"));
  }

  TEST_CASE("the bundled document parses in well under 10 ms") {
    const std::string text = read_source_file("graphs/zhoushan-2022.txt");
    const auto start = std::chrono::steady_clock::now();
    constexpr int k_runs = 20;
    for (int i = 0; i < k_runs; ++i) CHECK(parse_document(text, "zhoushan-2022.txt").ok());
    const auto per_run = (std::chrono::steady_clock::now() - start) / k_runs;
    MESSAGE("parse of zhoushan-2022.txt: "
            << std::chrono::duration_cast<std::chrono::microseconds>(per_run).count() << " us");
    CHECK(per_run < std::chrono::milliseconds(10) * test::k_time_factor);
  }
}
