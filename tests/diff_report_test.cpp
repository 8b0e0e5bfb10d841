#include <doctest/doctest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "diff_years.hpp"

using namespace respnet;
using respnet::test::DiffYears;
using respnet::test::Names;

namespace {

std::string text_of(const Cell& c) {
  if (const auto* s = std::get_if<std::string>(&c)) return *s;
  if (const auto* n = std::get_if<std::int64_t>(&c)) return std::to_string(*n);
  if (const auto* b = std::get_if<bool>(&c)) return *b ? "true" : "false";
  if (std::holds_alternative<double>(c)) return std::to_string(std::get<double>(c));
  return "-";
}

// One row, its cells as text joined by |.
std::string row_text(const DataTable& t, std::size_t row) {
  std::string out;
  for (const Cell& c : t.rows[row]) out += (out.empty() ? "" : "|") + text_of(c);
  return out;
}

Names column(const DataTable& t, const std::string& name) {
  Names out;
  for (const auto& row : t.rows) out.push_back(text_of(row[t.column(name)]));
  return out;
}

std::size_t count_edges(const Diagram& d, const std::string& colour) {
  return static_cast<std::size_t>(std::count_if(d.edges.begin(), d.edges.end(), [&](const DiagramEdge& e) {
    return std::find(e.attributes.begin(), e.attributes.end(), std::pair<std::string, std::string>{"color", colour}) !=
           e.attributes.end();
  }));
}

}  // namespace

TEST_SUITE("render::diff_report") {
  TEST_CASE("units: largest load gain first, with both years' figures") {
    const DiffYears y;
    const DiffView v = y.view();
    const DataTable t = make_diff_unit_table(v);
    REQUIRE(t.rows.size() == 16);
    CHECK(row_text(t, 0) ==
          "市发改委|-|same|2|3|1|0|2|2|2|1|-1|1.000000|2.700000|1.700000|7|1|-6|false|true|市市场监管局|");
    CHECK(column(t, "unit").back() == "市文广旅体局");  // dropped, -1.1 like 市住建局 but later in order
    const Names units = column(t, "unit");
    const auto renamed = static_cast<std::size_t>(std::find(units.begin(), units.end(), "市经济和信息化局") - units.begin());
    REQUIRE(renamed < units.size());
    CHECK(row_text(t, renamed).rfind("市经济和信息化局|市经信局|renamed|1|1|0|", 0) == 0);
    const Names status = column(t, "status");
    CHECK(std::count(status.begin(), status.end(), "new") == 4);
    CHECK(std::count(status.begin(), status.end(), "dropped") == 2);
    // A new unit has no rank change and nothing before; a dropped one nothing after.
    CHECK(row_text(t, 1) == "市城投集团|-|new|-|1|1|-|1|1|-|0|0|-|1.100000|1.100000|-|4|-|-|false|市资源规划局|");
  }

  TEST_CASE("tasks: carried over in the new order, then dropped") {
    const DiffYears y;
    const DataTable t = make_diff_task_table(y.view());
    CHECK(column(t, "status") ==
          Names{"carried", "carried", "carried", "new", "carried", "carried", "carried", "new", "dropped"});
    CHECK(column(t, "lead_change") ==
          Names{"unchanged", "flipped", "unchanged", "-", "moved", "unchanged", "unchanged", "-", "-"});
    CHECK(row_text(t, 4).rfind("carried|2.1|2.1|0.900000|李华|李华|市住建局|市城投集团|moved|市城投集团|市住建局|", 0) == 0);
    CHECK(column(t, "leader_after")[6] == "王强");
    CHECK(column(t, "text").back() == "举办海洋文化节，打造海岛旅游品牌。");
  }

  TEST_CASE("unmatched units suggest the other year's similar names") {
    DiffYears y;
    y.options.renames.clear();  // without the rename, 市经信局 and 市经济和信息化局 stay apart
    y.d = compare_networks(y.old_s, y.new_s, y.options);
    const DataTable t = make_unmatched_table(y.view());
    CHECK(column(t, "unit") == Names{"市经济和信息化局", "市市场监管局", "市城投集团", "市交通局", "市公安局",
                                     "市经信局", "市文广旅体局", "市商务局"});
    // 市经信局 shares 4 of its characters with 市经济和信息化局: 2·4 / (4 + 8) = 0.67 > 0.5;
    // 市交通局 only 市 and 局: 0.5.
    CHECK(column(t, "similar") == Names{"市经信局", "", "", "", "", "市经济和信息化局", "", ""});
  }

  TEST_CASE("JSON carries the schema, the documents and the summary") {
    const DiffYears y;
    const nlohmann::json j = nlohmann::json::parse(write_diff_report(y.view(), {TableFormat::json, "", {}}));
    CHECK(j["schema"] == "respnet.diff/1");
    CHECK(j["source"] == "diff-2024.txt");
    CHECK(j["old"] == "diff-2023.txt");
    const auto& s = j["summary"];
    CHECK(s["units_matched"] == 10);
    CHECK(s["units_renamed"] == 1);
    CHECK(s["tasks_carried"] == 6);
    CHECK(s["tasks_new"] == 2);
    CHECK(s["tasks_dropped"] == 1);
    CHECK(s["lead_changes"] == 2);
    CHECK(s["leader_changes"] == 1);
    CHECK(j["groups"] == "keep");
    // The renamed unit goes by its new name everywhere but `was`: 1.3's lead in 2023 too.
    CHECK(j["tasks"][2]["lead_before"] == "市经济和信息化局");
    CHECK(s["ties_gained"] == 3);
    CHECK(s["ties_lost"] == 2);
    CHECK(s["clusters"]["units"] == 10);
    CHECK(j["units"].size() == 16);
    CHECK(j["tasks"].size() == 9);
    CHECK(j["leaders"].size() == 3);
    CHECK(j["ties"].size() == 5);
    CHECK(j["unmatched"].size() == 6);
  }

  TEST_CASE("the table starts with a summary line; CSV is the units table alone") {
    const DiffYears y;
    const DiffView v = y.view();
    const std::string table = write_diff_report(v, {TableFormat::table, "", {}});
    CHECK(table.rfind("diff-2023.txt -> diff-2024.txt: units 10 matched (1 renamed), 4 new, 2 dropped; tasks 6 "
                      "carried over (2 with a lead change, 1 with another leader), 2 new, 1 dropped; ties 3 gained, 2 lost; "
                      "clusters ARI ",
                      0) == 0);
    const std::string csv = write_diff_report(v, {TableFormat::csv, "", {}});
    CHECK(csv.rfind("unit,was,status,tasks_before,", 0) == 0);
    CHECK(write_diff_report(v, {TableFormat::csv, "ties", {}}) ==
          "change,unit_a,unit_b,shared_tasks\r\ngained,市发改委,市市场监管局,1\r\ngained,市城投集团,市资源规划局,1\r\n"
          "gained,市交通局,市公安局,1\r\nlost,市住建局,市资源规划局,1\r\nlost,市文广旅体局,市商务局,1\r\n");
  }

  TEST_CASE("the diagram's DOT matches its reviewed golden file") {
    // scripts/update-goldens writes it with `respnet diff diff-2023.txt diff-2024.txt --diagram diff.dot`.
    const DiffYears y;
    DiagramOptions options;
    options.title = "diff-2024.txt";
    CHECK(render_diagram(make_diff_diagram(y.view(), 200, options), DiagramFormat::dot) ==
          respnet::test::read_source_file("tests/golden/diagrams/diff.dot"));
  }

  TEST_CASE("the diagram colours gained and lost ties and marks new, dropped and renamed units") {
    const DiffYears y;
    const DiffView v = y.view();
    const Diagram d = make_diff_diagram(v, 200, DiagramOptions{});
    CHECK(count_edges(d, "#2ca02c") == 3);
    CHECK(count_edges(d, "#d62728") == 2);
    const auto node = [&](const std::string& id) {
      const auto it = std::find_if(d.nodes.begin(), d.nodes.end(), [&](const DiagramNode& n) { return n.id == id; });
      REQUIRE(it != d.nodes.end());
      return *it;
    };
    // Dropped units keep their old ids behind "o": 市文广旅体局 is unit 8 of 2023.
    CHECK(node("o8").attributes.front().second == "市文广旅体局");
    const std::string renamed = node("u3").attributes.front().second;
    CHECK(renamed.find("（原市经信局）") != std::string::npos);
    CHECK(make_diff_diagram(v, 1, DiagramOptions{}).edges.size() == 1 + count_edges(d, "#99999966"));
  }
}
