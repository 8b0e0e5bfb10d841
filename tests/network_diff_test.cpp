#include <doctest/doctest.h>

#include <cmath>
#include <tuple>

#include "diff_years.hpp"

using namespace respnet;
using respnet::test::parse_ok;
using respnet::test::read_source_file;
using respnet::test::Names;

namespace {

template <typename Id>
std::vector<std::string> unit_names(const Network& n, const std::vector<Id>& ids) {
  std::vector<std::string> out;
  for (const Id id : ids) out.push_back(n.unit(id).name);
  return out;
}

const UnitChange& change_of(const NetworkDiff& d, const Network& old_network, const Network& new_network,
                            const std::string& name) {
  for (const UnitChange& c : d.unit_changes) {
    const Network& n = c.new_unit ? new_network : old_network;
    if (n.unit(c.new_unit ? *c.new_unit : *c.old_unit).name == name) return c;
  }
  FAIL("no unit " << name);
  throw;
}

}  // namespace

TEST_SUITE("analyze::partition_agreement") {
  TEST_CASE("ARI and NMI of a split against a three-way split, by hand") {
    // A = {0,1,2 | 3,4,5}, B = {0,1 | 2,3 | 4,5}. Cells n_ij: 2,1,1,2 -> Σ C(n_ij,2) = 2;
    // Σ C(a_i,2) = 6, Σ C(b_j,2) = 3, C(6,2) = 15, expected 6·3/15 = 1.2:
    // ARI = (2 − 1.2) / (4.5 − 1.2) = 8/33.
    // I = 2 · (1/3) ln 2, H(A) = ln 2, H(B) = ln 3: NMI = (4/3) ln 2 / (ln 2 + ln 3).
    const PartitionAgreement a = compare_partitions({0, 0, 0, 1, 1, 1}, {0, 0, 1, 1, 2, 2});
    CHECK(a.items == 6);
    CHECK(*a.adjusted_rand == doctest::Approx(8.0 / 33.0).epsilon(1e-12));
    CHECK(*a.normalized_mutual_information ==
          doctest::Approx(4.0 / 3.0 * std::log(2.0) / std::log(6.0)).epsilon(1e-12));
  }

  TEST_CASE("the labels' names do not matter, and the measures are symmetric") {
    const PartitionAgreement a = compare_partitions({0, 0, 0, 1, 1, 1}, {0, 0, 1, 1, 2, 2});
    const PartitionAgreement b = compare_partitions({7, 7, 4, 4, 9, 9}, {5, 5, 5, 2, 2, 2});
    CHECK(*b.adjusted_rand == doctest::Approx(*a.adjusted_rand).epsilon(1e-12));
    CHECK(*b.normalized_mutual_information == doctest::Approx(*a.normalized_mutual_information).epsilon(1e-12));
  }

  TEST_CASE("identical partitions agree fully, even when trivial") {
    CHECK(*compare_partitions({0, 0, 1, 2}, {3, 3, 0, 1}).adjusted_rand == doctest::Approx(1.0));
    CHECK(*compare_partitions({0, 0, 0}, {1, 1, 1}).adjusted_rand == 1.0);
    CHECK(*compare_partitions({0, 0, 0}, {1, 1, 1}).normalized_mutual_information == 1.0);
    CHECK(*compare_partitions({0, 1, 2}, {2, 1, 0}).adjusted_rand == 1.0);
  }

  TEST_CASE("independent partitions score below chance or zero") {
    // A = {0,1 | 2,3}, B = {0,2 | 1,3}: no pair together in both. Σ C(a_i,2) = Σ C(b_j,2) = 2,
    // expected 2·2/6: ARI = (0 − 2/3) / (2 − 2/3) = −1/2; I = 0.
    const PartitionAgreement a = compare_partitions({0, 0, 1, 1}, {0, 1, 0, 1});
    CHECK(*a.adjusted_rand == doctest::Approx(-0.5));
    CHECK(*a.normalized_mutual_information == doctest::Approx(0.0));
  }

  TEST_CASE("fewer than two items have no agreement") {
    CHECK_FALSE(compare_partitions({0}, {0}).adjusted_rand.has_value());
    CHECK_FALSE(compare_partitions({}, {}).normalized_mutual_information.has_value());
  }
}

TEST_SUITE("analyze::task_matching") {
  TEST_CASE("Dice similarity of character bigrams, punctuation and spaces ignored") {
    CHECK(text_similarity("abcd", "abce", 2) == doctest::Approx(2.0 * 2 / 6));  // ab bc cd | ab bc ce
    CHECK(text_similarity("推进，改革。", "推进 改革", 2) == 1.0);
    CHECK(text_similarity("推进改革", "加强监管", 2) == 0.0);
    CHECK(text_similarity("一", "一", 2) == 1.0);  // shorter than n: the text is its own gram
    CHECK(text_similarity("abab", "ab", 2) == doctest::Approx(2.0 * 1 / 3));  // {ab, ba} | {ab}
  }

  TEST_CASE("the most similar pairs are matched first, one to one") {
    const Network old_n = parse_ok("1.甲乙丙丁戊。\n责任单位:A局\n2.甲乙丙丁己。\n责任单位:A局\n");
    const Network new_n = parse_ok("1.甲乙丙丁己。\n责任单位:A局\n2.子丑寅卯。\n责任单位:A局\n");
    const TaskMatching m = match_tasks(old_n, new_n, {2, 0.5});
    REQUIRE(m.matches.size() == 1);
    CHECK(index_of(m.matches[0].old_task) == 1);  // the identical text, not the first similar one
    CHECK(index_of(m.matches[0].new_task) == 0);
    CHECK(m.matches[0].similarity == 1.0);
    CHECK_FALSE(m.new_of_old[0].has_value());
    CHECK_FALSE(m.old_of_new[1].has_value());
  }

  TEST_CASE("a pair exactly at the threshold carries over") {
    // 7 bigrams inside 18: 2·7 / 25 = 0.56, which the size filter must not round away.
    const Network old_n = parse_ok("1.甲乙丙丁戊己庚辛。\n责任单位:A局\n");
    const Network new_n = parse_ok("1.甲乙丙丁戊己庚辛子丑寅卯辰巳午未申酉戌。\n责任单位:A局\n");
    CHECK(text_similarity(old_n.tasks[0].text, new_n.tasks[0].text, 2) == 0.56);
    CHECK(match_tasks(old_n, new_n, {2, 0.56}).matches.size() == 1);
  }

  TEST_CASE("boilerplate repeated under every leader pairs leader by leader") {
    const std::string boilerplate = "完成市委市政府交办的其他工作任务。\n责任单位:市甲局\n";
    std::string year;
    for (const char* leader : {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}) {
      year += std::string(leader) + "、王" + leader + "副市长牵头重点工作\n1.推进" + leader + "号工程建设。\n责任单位:市乙局\n2." +
              boilerplate;
    }
    const Network same = parse_ok(year);
    const TaskMatching m = match_tasks(same, same, {});
    REQUIRE(m.matches.size() == 20);  // ten copies, more than the 8 candidates a task keeps
    for (const TaskMatch& match : m.matches) CHECK(match.old_task == match.new_task);
    // Old: under 张明 and 李华; new: under 李华 only. 李华's copy carries over, 张明's is dropped.
    const Network old_n = parse_ok("一、张明市长牵头重点工作\n1." + boilerplate + "二、李华副市长牵头重点工作\n1." + boilerplate);
    const Network new_n = parse_ok("一、李华副市长牵头重点工作\n1." + boilerplate);
    const TaskMatching moved = match_tasks(old_n, new_n, {});
    REQUIRE(moved.matches.size() == 1);
    CHECK(old_n.leader(*old_n.task(moved.matches[0].old_task).leader).name == "李华");
  }

  TEST_CASE("the threshold decides what carries over") {
    const Network old_n = parse_ok("1.甲乙丙丁戊。\n责任单位:A局\n");
    const Network new_n = parse_ok("1.甲乙丙丁己。\n责任单位:A局\n");  // 3 of 4 bigrams: 0.75
    CHECK(match_tasks(old_n, new_n, {2, 0.75}).matches.size() == 1);
    CHECK(match_tasks(old_n, new_n, {2, 0.76}).matches.empty());
  }
}

TEST_SUITE("analyze::unit_matching") {
  TEST_CASE("same names first, then renames and aliases, one to one") {
    const Network old_n = parse_ok("1.a。\n责任单位:市经信局、市财政局(国资委)、市旧局、市甲局\n");
    const Network new_n = parse_ok("1.a。\n责任单位:市经济和信息化局、国资委、市甲局、市新局\n");
    const UnitMatching m = match_units(old_n, new_n, {{"市经信局", "市经济和信息化局"}});
    CHECK(m.new_of_old[0] == new_n.find_unit("市经济和信息化局"));
    CHECK(m.rule[0] == UnitMatchRule::renamed);
    CHECK(m.new_of_old[1] == new_n.find_unit("国资委"));  // the old unit's alias is the new name
    CHECK_FALSE(m.new_of_old[2].has_value());
    CHECK(m.new_of_old[3] == new_n.find_unit("市甲局"));
    CHECK(m.rule[3] == UnitMatchRule::same_name);
    CHECK_FALSE(m.old_of_new[3].has_value());
  }

  TEST_CASE("a new unit's alias can be the old unit's name, and a taken name does not hide the next bearer") {
    const Network old_n = parse_ok("1.a。\n责任单位:市甲局、市乙局\n");
    const Network new_n = parse_ok("1.a。\n责任单位:市丙局(市甲局)、市丁局、市戊局\n");
    const UnitMatching m = match_units(old_n, new_n, {{"市丁局", "市乙局"}, {"市戊局", "市乙局"}});
    CHECK(m.new_of_old[0] == new_n.find_unit("市丙局"));
    CHECK(m.rule[0] == UnitMatchRule::renamed);
    CHECK(m.new_of_old[1] == new_n.find_unit("市丁局"));  // both 市丁局 and 市戊局 stand for 市乙局
    CHECK_FALSE(m.old_of_new[index_of(*new_n.find_unit("市戊局"))].has_value());
  }

  TEST_CASE("similar names: more than half the characters shared") {
    CHECK(similar_names("市经信局", {"市交通局", "市经济和信息化局", "市公安局"}) == Names{"市经济和信息化局"});
    CHECK(similar_names("市经信局", {"市交通局"}).empty());  // 2·2 / 8 = 0.5 is not more than half
  }

  TEST_CASE("a merger matches its first agency; the other stays unmatched") {
    const Network old_n = parse_ok("1.a。\n责任单位:市文化局、市旅游局\n");
    const Network new_n = parse_ok("1.a。\n责任单位:市文旅局\n");
    const UnitMatching m = match_units(old_n, new_n, {{"市文化局", "市文旅局"}, {"市旅游局", "市文旅局"}});
    CHECK(m.new_of_old[0] == id_at<UnitId>(0));
    CHECK_FALSE(m.new_of_old[1].has_value());
  }
}

TEST_SUITE("analyze::network_diff") {
  using Years = respnet::test::DiffYears;

  TEST_CASE("tasks: carried over, new and dropped, with their lead changes") {
    const Years y;
    const Network& o = y.old_s.network;
    const Network& n = y.new_s.network;
    REQUIRE(y.d.carried.size() == 6);
    std::vector<std::string> pairs;
    for (const TaskChange& c : y.d.carried) {
      pairs.push_back(o.task(c.match.old_task).id + ">" + n.task(c.match.new_task).id);
    }
    CHECK(pairs == std::vector<std::string>{"1.1>1.1", "1.2>1.2", "1.3>1.3", "2.1>2.1", "2.2>2.2", "2.4>3.1"});
    std::vector<LeadChange> leads;
    for (const TaskChange& c : y.d.carried) leads.push_back(c.lead_change);
    CHECK(leads == std::vector<LeadChange>{LeadChange::unchanged, LeadChange::flipped, LeadChange::unchanged,
                                           LeadChange::moved, LeadChange::unchanged, LeadChange::unchanged});
    const TaskChange& moved = y.d.carried[3];
    CHECK(unit_names(o, moved.old_leads) == std::vector<std::string>{"市住建局"});
    CHECK(unit_names(n, moved.new_leads) == std::vector<std::string>{"市城投集团"});
    CHECK(unit_names(n, moved.units_added) == std::vector<std::string>{"市城投集团"});
    CHECK(unit_names(o, moved.units_removed) == std::vector<std::string>{"市住建局"});
    CHECK(y.d.carried[1].units_added.empty());
    CHECK(y.d.carried[2].units_removed.empty());  // 市经信局 is 市经济和信息化局
    CHECK(y.d.carried[0].match.similarity < 1.0);
    CHECK(y.d.carried[2].match.similarity == 1.0);
    REQUIRE(y.d.new_tasks.size() == 2);
    CHECK(n.task(y.d.new_tasks[0]).id == "1.4");
    CHECK(n.task(y.d.new_tasks[1]).id == "3.2");
    REQUIRE(y.d.dropped_tasks.size() == 1);
    CHECK(o.task(y.d.dropped_tasks[0]).id == "2.3");
  }

  TEST_CASE("a role swap wins over a moved lead; a lead added or lost is a move") {
    const Network old_n = parse_ok("1.甲乙丙丁戊。\n责任单位:A局、B局\n2.子丑寅卯辰。\n责任单位:A局、B局\n");
    const Network new_n = parse_ok("1.甲乙丙丁戊。\n责任单位:C局、A局\n2.子丑寅卯辰。\n责任单位:\n");
    const NetworkStructure o = compute_structure(old_n, MetricsOptions{});
    const NetworkStructure n = compute_structure(new_n, MetricsOptions{});
    const NetworkDiff d = compare_networks(o, n, {});
    REQUIRE(d.carried.size() == 2);
    // Task 1: A led and now supports (a flip), while C, new to the task, leads it.
    CHECK(d.carried[0].lead_change == LeadChange::flipped);
    CHECK(unit_names(n.network, d.carried[0].units_added) == Names{"C局"});
    CHECK(unit_names(o.network, d.carried[0].units_removed) == Names{"B局"});
    // Task 2 lost every unit: its lead is gone.
    CHECK(d.carried[1].lead_change == LeadChange::moved);
    CHECK(d.carried[1].new_leads.empty());
  }

  TEST_CASE("units: matched through the rename, new and dropped, with their figures") {
    const Years y;
    const Network& o = y.old_s.network;
    const Network& n = y.new_s.network;
    CHECK(y.d.units.new_of_old[index_of(*o.find_unit("市经信局"))] == n.find_unit("市经济和信息化局"));
    std::vector<std::string> dropped;
    std::vector<std::string> added;
    for (const UnitChange& c : y.d.unit_changes) {
      if (!c.new_unit) dropped.push_back(o.unit(*c.old_unit).name);
      if (!c.old_unit) added.push_back(n.unit(*c.new_unit).name);
    }
    CHECK(dropped == std::vector<std::string>{"市文广旅体局", "市商务局"});
    CHECK(added == std::vector<std::string>{"市市场监管局", "市城投集团", "市交通局", "市公安局"});
    // 市发改委: supported 1.2 and 1.3 (load 2 x 0.5); now leads 1.2 and 1.4 (two units each:
    // 1 + 0.1) and supports 1.3: 2.7, the most loaded, and over the 3.5 cut (load_z 4.27).
    const UnitChange& ndrc = change_of(y.d, o, n, "市发改委");
    CHECK(ndrc.before->tasks == 2);
    CHECK(ndrc.after->tasks == 3);
    CHECK(ndrc.before->lead == 0);
    CHECK(ndrc.after->lead == 2);
    CHECK(ndrc.before->support == 2);
    CHECK(ndrc.after->support == 1);
    CHECK(ndrc.before->load == doctest::Approx(1.0));
    CHECK(ndrc.after->load == doctest::Approx(2.7));
    CHECK(*ndrc.before->rank == 7);  // after 财政 2.2, 住建 1.6, 经信 1.2 and three 1.1s
    CHECK(*ndrc.after->rank == 1);
    CHECK_FALSE(ndrc.before->overloaded);
    CHECK(ndrc.after->overloaded);
    CHECK(unit_names(n, ndrc.partners_gained) == std::vector<std::string>{"市市场监管局"});
    CHECK(ndrc.partners_lost.empty());
    // 市住建局 lost 李华 1 and with it its tie to 市资源规划局.
    const UnitChange& housing = change_of(y.d, o, n, "市住建局");
    CHECK(*housing.before->rank == 2);
    CHECK(*housing.after->rank == 12);
    CHECK(housing.partners_gained.empty());
    CHECK(unit_names(o, housing.partners_lost) == std::vector<std::string>{"市资源规划局"});
    const UnitChange& tourism = change_of(y.d, o, n, "市文广旅体局");
    CHECK_FALSE(tourism.after.has_value());
    CHECK(unit_names(o, tourism.partners_lost) == std::vector<std::string>{"市商务局"});
  }

  TEST_CASE("leaders: portfolio changes add up") {
    const Years y;
    const Network& o = y.old_s.network;
    const Network& n = y.new_s.network;
    REQUIRE(y.d.leaders.size() == 3);
    const LeaderChange& zhang = y.d.leaders[0];
    CHECK(zhang.tasks_before == 3);
    CHECK(zhang.tasks_after == 4);
    CHECK(zhang.new_tasks == 1);
    CHECK(unit_names(n, zhang.units_gained) == std::vector<std::string>{"市市场监管局"});
    CHECK(zhang.units_lost.empty());
    const LeaderChange& li = y.d.leaders[1];
    CHECK(li.tasks_before == 4);
    CHECK(li.tasks_after == 2);
    CHECK(li.dropped_tasks == 1);
    CHECK(li.moved_out == 1);
    CHECK(unit_names(n, li.units_gained) == std::vector<std::string>{"市城投集团"});
    CHECK(unit_names(o, li.units_lost) ==
          std::vector<std::string>{"市文广旅体局", "市商务局", "市综合执法局", "市生态环境局"});
    const LeaderChange& wang = y.d.leaders[2];
    CHECK_FALSE(wang.old_leader.has_value());
    CHECK(wang.tasks_after == 2);
    CHECK(wang.new_tasks == 1);
    CHECK(wang.moved_in == 1);
    for (const LeaderChange& c : y.d.leaders) {
      CHECK(c.tasks_after == c.tasks_before + c.new_tasks - c.dropped_tasks + c.moved_in - c.moved_out);
    }
  }

  TEST_CASE("ties of P gained and lost") {
    const Years y;
    auto names = [](const Network& net, const std::vector<TieChange>& ties) {
      std::vector<std::string> out;
      for (const TieChange& t : ties) out.push_back(net.unit(t.a).name + "-" + net.unit(t.b).name);
      return out;
    };
    CHECK(names(y.new_s.network, y.d.gained_ties) ==
          std::vector<std::string>{"市发改委-市市场监管局", "市城投集团-市资源规划局", "市交通局-市公安局"});
    CHECK(names(y.old_s.network, y.d.lost_ties) ==
          std::vector<std::string>{"市住建局-市资源规划局", "市文广旅体局-市商务局"});
  }

  TEST_CASE("the cluster comparison covers the units in both years") {
    // Clusters = P's components. 2023 over the ten units in both years: {财政 税务 发改 经信
    // 科技} {住建 资源规划 农业农村} {综合执法 生态环境}; 2024: the first five, {资源规划 城投},
    // {农业农村 住建}, {综合执法 生态环境}. Cells 5, 2, 1, 2: Σ C(n_ij,2) = 12, Σ C(a_i,2) = 14,
    // Σ C(b_j,2) = 12, C(10,2) = 45: ARI = (12 − 56/15) / (13 − 56/15) = 124/139.
    const Years y;
    ClusterResult before = compute_clusters(y.old_s, ClusterOptions{});
    ClusterResult after = compute_clusters(y.new_s, ClusterOptions{});
    before.unit_cluster = before.unit_component;
    after.unit_cluster = after.unit_component;
    const PartitionAgreement a = compare_clusters(y.old_s.network, before, y.new_s.network, after, {{}, y.config.aliases});
    CHECK(a.items == 10);  // 12 units in 2023, less 市文广旅体局 and 市商务局
    CHECK(*a.adjusted_rand == doctest::Approx(124.0 / 139.0).epsilon(1e-12));
    const double mutual = 0.5 * std::log(2.0) + 0.3 * std::log(10.0 / 3.0) + 0.2 * std::log(5.0);
    auto entropy = [](std::vector<double> p) {
      double h = 0;
      for (const double x : p) h -= x * std::log(x);
      return h;
    };
    CHECK(*a.normalized_mutual_information ==
          doctest::Approx(2 * mutual / (entropy({0.5, 0.3, 0.2}) + entropy({0.5, 0.1, 0.2, 0.2}))).epsilon(1e-12));
  }
}

namespace {

// Tasks with these texts, task i under leader i % leaders (leaders named 甲, 乙, …).
Network tasks_with_texts(const std::vector<std::string>& texts, std::size_t leaders) {
  const std::vector<std::string> names{"甲", "乙", "丙", "丁"};
  Network n;
  for (std::size_t l = 0; l < leaders; ++l) n.leaders.push_back({names[l], "副市长", {}});
  for (const std::string& text : texts) {
    const std::optional<LeaderId> leader =
        leaders == 0 ? std::nullopt : std::optional(id_at<LeaderId>(n.tasks.size() % leaders));
    n.tasks.push_back(Task{std::to_string(n.tasks.size() + 1), leader, 0, text, {}, false, {}});
  }
  return n;
}

// The definition, pair by pair: every old task scored against every new one, in rounds.
std::vector<TaskMatch> reference_matches(const Network& o, const Network& n, const TaskMatchOptions& options) {
  struct Pair {
    TaskMatch match;
    bool same_leader;
    double distance;
  };
  auto leader_of = [](const Network& net, std::size_t t) {
    return net.tasks[t].leader ? net.leader(*net.tasks[t].leader).name : std::string();
  };
  auto before = [](const Pair& a, const Pair& b) {
    return std::make_tuple(-a.match.similarity, !a.same_leader, a.distance, a.match.old_task, a.match.new_task) <
           std::make_tuple(-b.match.similarity, !b.same_leader, b.distance, b.match.old_task, b.match.new_task);
  };
  std::vector<bool> old_used(o.tasks.size(), false);
  std::vector<bool> new_used(n.tasks.size(), false);
  std::vector<TaskMatch> matches;
  for (bool matched = true; matched;) {
    matched = false;
    std::vector<Pair> candidates;
    for (std::size_t j = 0; j < n.tasks.size(); ++j) {
      if (new_used[j]) continue;
      std::vector<Pair> scored;
      for (std::size_t i = 0; i < o.tasks.size(); ++i) {
        const double s = text_similarity(o.tasks[i].text, n.tasks[j].text, options.ngram);
        if (old_used[i] || s < options.threshold || s == 0) continue;
        auto position = [](std::size_t k, std::size_t count) { return (static_cast<double>(k) + 0.5) / static_cast<double>(count); };
        const double distance = std::abs(position(i, o.tasks.size()) - position(j, n.tasks.size()));
        scored.push_back({{id_at<TaskId>(i), id_at<TaskId>(j), s}, leader_of(o, i) == leader_of(n, j), distance});
      }
      std::sort(scored.begin(), scored.end(), before);
      if (scored.size() > k_max_candidates) scored.resize(k_max_candidates);
      candidates.insert(candidates.end(), scored.begin(), scored.end());
    }
    std::sort(candidates.begin(), candidates.end(), before);
    for (const Pair& c : candidates) {
      if (old_used[index_of(c.match.old_task)] || new_used[index_of(c.match.new_task)]) continue;
      old_used[index_of(c.match.old_task)] = new_used[index_of(c.match.new_task)] = true;
      matches.push_back(c.match);
      matched = true;
    }
  }
  std::sort(matches.begin(), matches.end(), [](const TaskMatch& a, const TaskMatch& b) { return a.new_task < b.new_task; });
  return matches;
}

}  // namespace

TEST_SUITE("analyze::task_matching") {
  TEST_CASE("prefix filtering finds exactly the pairs of the all-pairs definition") {
    // Texts over six characters, so that many look alike (more than the 8 candidates kept);
    // the new texts are edits of old ones or fresh.
    const std::vector<std::string> alphabet{"推", "进", "改", "革", "建", "设"};
    std::uint64_t state = 7;
    auto next = [&state](std::uint64_t bound) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      return (state >> 33) % bound;
    };
    auto random_text = [&] {
      std::string text;
      for (std::uint64_t k = 3 + next(10); k > 0; --k) text += alphabet[next(alphabet.size())];
      return text;
    };
    for (int round = 0; round < 6; ++round) {
      std::vector<std::string> old_texts;
      for (int i = 0; i < 60; ++i) old_texts.push_back(random_text());
      std::vector<std::string> new_texts;
      for (int i = 0; i < 60; ++i) {
        std::string text = next(3) == 0 ? random_text() : old_texts[next(old_texts.size())];
        if (next(2) == 0) text += alphabet[next(alphabet.size())];
        new_texts.push_back(text);
      }
      old_texts.push_back("，。");  // no grams at all: never a candidate
      // Boilerplate under every leader, more copies than candidates kept, and leaders that differ.
      for (int i = 0; i < 11; ++i) old_texts.push_back("完成交办的其他工作");
      for (int i = 0; i < 10; ++i) new_texts.push_back("完成交办的其他工作");
      const Network o = tasks_with_texts(old_texts, 1 + static_cast<std::size_t>(round % 4));
      const Network n = tasks_with_texts(new_texts, static_cast<std::size_t>(round % 3));
      for (const TaskMatchOptions options : {TaskMatchOptions{2, 0.5}, TaskMatchOptions{1, 0.8}, TaskMatchOptions{3, 0.3},
                                             TaskMatchOptions{2, 0.56}, TaskMatchOptions{1, 0.07}}) {
        CAPTURE(round);
        CAPTURE(options.ngram);
        const std::vector<TaskMatch> expected = reference_matches(o, n, options);
        const TaskMatching got = match_tasks(o, n, options);
        REQUIRE(got.matches.size() == expected.size());
        for (std::size_t k = 0; k < expected.size(); ++k) {
          CHECK(got.matches[k].old_task == expected[k].old_task);
          CHECK(got.matches[k].new_task == expected[k].new_task);
          CHECK(got.matches[k].similarity == expected[k].similarity);
        }
      }
    }
  }
}
