#include "render/report_html.hpp"

#include <algorithm>
#include <cmath>

#include "analyze/ranking.hpp"
#include "render/diagram_style.hpp"
#include "render/html_text.hpp"
#include "render/markdown_html.hpp"
#include "render/name_list.hpp"
#include "render/metrics_tables.hpp"
#include "render/network_json.hpp"
#include "render/number_format.hpp"
#include "render/report_assets.hpp"
#include "render/unit_rankings.hpp"

namespace respnet {
namespace {

using style::html_escape;

std::string cell_html(const Cell& cell) {
  if (const auto* d = std::get_if<double>(&cell)) {
    return "<td class=\"num\" data-value=\"" + format_exact(*d) + "\">" + format_fixed(*d) + "</td>";
  }
  if (const auto* n = std::get_if<std::int64_t>(&cell)) return "<td class=\"num\">" + std::to_string(*n) + "</td>";
  if (const auto* b = std::get_if<bool>(&cell)) return std::string("<td>") + (*b ? "是" : "") + "</td>";
  if (const auto* s = std::get_if<std::string>(&cell)) return "<td>" + html_escape(*s) + "</td>";
  return "<td data-value=\"\">–</td>";
}

// A table; rows whose `flag_column` is true get class "overloaded".
std::string html_table(const DataTable& t, const std::string& id, const std::string& flag_column = "") {
  std::string out = "<table class=\"sortable\"" + (id.empty() ? "" : " id=\"" + id + "\"") + "><thead><tr>";
  for (const std::string& c : t.columns) out += "<th>" + html_escape(c) + "</th>";
  out += "</tr></thead><tbody>\n";
  const std::size_t flag = flag_column.empty() ? t.columns.size() : t.column(flag_column);
  for (const auto& row : t.rows) {
    const bool flagged = flag < row.size() && std::holds_alternative<bool>(row[flag]) && std::get<bool>(row[flag]);
    out += flagged ? "<tr class=\"overloaded\">" : "<tr>";
    for (const Cell& c : row) out += cell_html(c);
    out += "</tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::string names_of(const Network& n, const std::vector<UnitId>& units) {
  return join_names(units, [&](UnitId u) { return n.unit(u).name; });
}

std::string diagram(const ReportContent& c, const std::string& name) {
  for (const auto& [key, svg] : c.diagrams) {
    if (key == name) return "<div class=\"diagram\">" + svg + "</div>\n";
  }
  return "";
}

std::string summary_section(const ReportContent& c) {
  const NetworkMetrics& m = *c.metrics;
  const Network& n = m.network;
  const auto groups = std::count_if(n.units.begin(), n.units.end(), [](const Unit& u) { return u.kind == UnitKind::group; });
  const auto overloaded = std::count(m.load.overloaded.begin(), m.load.overloaded.end(), true);
  auto card = [](const std::string& label, std::size_t value) {
    return "<div class=\"card\"><div class=\"value\">" + std::to_string(value) + "</div>" + label + "</div>";
  };
  std::string out = "<section id=\"summary\"><h2>概况 Summary</h2><div class=\"cards\">" +
                    card("位分管领导 leaders", n.leaders.size()) + card("项任务 tasks", n.tasks.size()) +
                    card("个单位 units", n.units.size() - static_cast<std::size_t>(groups)) +
                    card("个群体条目 groups", static_cast<std::size_t>(groups)) +
                    card("个负荷过重单位 overloaded", static_cast<std::size_t>(overloaded)) + "</div><p>分管领导：";
  for (const Leader& l : n.leaders) out += html_escape(l.name + "（" + l.title + "）") + " ";
  out += "</p><h3>数据质量提示 Data-quality warnings</h3>";
  std::string warnings;
  std::string notes;
  for (const Diagnostic& d : c.warnings) {
    const std::string row = "<tr><td class=\"num\">" + (d.location.line ? std::to_string(d.location.line) : "") +
                            "</td><td>" + html_escape(d.message) + "</td></tr>\n";
    (d.severity == Severity::note ? notes : warnings) += row;
  }
  out += warnings.empty() ? "<p>无 none</p>"
                          : "<table><thead><tr><th>行 line</th><th>问题 warning</th></tr></thead><tbody>" + warnings +
                                "</tbody></table>";
  if (!notes.empty()) {
    out += "<details><summary>其他提示 notes (" + std::to_string(std::count(notes.begin(), notes.end(), '\n')) +
           ")</summary><table><tbody>" + notes + "</tbody></table></details>";
  }
  return out + "</section>\n";
}

std::string load_chart(const NetworkMetrics& m) {
  constexpr int k_bar_height = 24;
  constexpr int k_label_width = 190;
  constexpr int k_chart_width = 560;
  std::vector<std::size_t> top;
  for (const std::size_t u : rank_descending<std::size_t>(m.load.load)) {
    if (top.size() == 20) break;
    if (m.network.units[u].kind == UnitKind::unit) top.push_back(u);
  }
  const double max_load = top.empty() ? 1 : std::max(m.load.load[top.front()], 1e-9);
  const int height = static_cast<int>(top.size()) * k_bar_height + 10;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(k_label_width + k_chart_width + 70) +
                    "\" height=\"" + std::to_string(height) +
                    "\" font-family=\"Noto Sans CJK SC, sans-serif\" font-size=\"14\" role=\"img\">";
  for (std::size_t i = 0; i < top.size(); ++i) {
    const std::size_t u = top[i];
    const int y = static_cast<int>(i) * k_bar_height + 4;
    const int width = static_cast<int>(std::lround(k_chart_width * m.load.load[u] / max_load));
    const std::string colour = m.load.overloaded[u] ? "#d62728" : "#7a9cc6";
    svg += "<text x=\"" + std::to_string(k_label_width - 6) + "\" y=\"" + std::to_string(y + 16) +
           "\" text-anchor=\"end\">" + html_escape(m.network.units[u].name) + "</text>";
    svg += "<rect x=\"" + std::to_string(k_label_width) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
           std::to_string(width) + "\" height=\"" + std::to_string(k_bar_height - 6) + "\" fill=\"" + colour + "\"/>";
    svg += "<text x=\"" + std::to_string(k_label_width + width + 6) + "\" y=\"" + std::to_string(y + 16) + "\">" +
           format_fixed(m.load.load[u], 1) + "</text>";
  }
  return svg + "</svg>";
}

std::string overload_section(const ReportContent& c) {
  const NetworkMetrics& m = *c.metrics;
  const DataTable table = make_overload_table(m);
  std::string out = "<section id=\"overload\"><h2>负荷过重的单位 Overloaded agencies</h2>";
  out += "<p>协调负荷 load = 牵头任务数 ×（1 + 0.1 ×（同一任务的其他单位数））+ 配合任务数 × 0.5；"
         "load_z 为稳健 z 分数，大于 " +
         format_fixed(m.load.threshold, 1) + " 即为负荷过重（定义见文末）。</p>";
  out += table.rows.empty() ? "<p>没有单位负荷过重。No unit is overloaded.</p>" : html_table(table, "overload-table");
  out += "<h3>协调负荷最高的 20 个单位 Top 20 by load</h3>" + load_chart(m);
  return out + "</section>\n";
}

std::string rankings_section(const ReportContent& c) {
  return "<section id=\"rankings\"><h2>全部单位 Rankings</h2><p class=\"note\">点击表头排序；输入名称筛选。"
         "Click a header to sort; type to filter.</p><input id=\"unit-filter\" type=\"search\" "
         "placeholder=\"按单位名称筛选 filter by name\"><div class=\"scroll\">" +
         html_table(make_unit_table(*c.metrics), "units-table", "overloaded") + "</div></section>\n";
}

std::string clusters_section(const ReportContent& c) {
  const NetworkStructure& m = *c.projection;
  const Network& n = m.network;
  std::string out = "<section id=\"clusters\"><h2>协作分组 Coordination clusters</h2><p>不计群体条目，用 Leiden "
                    "算法把经常共同承担任务的单位分成 " + std::to_string(c.clusters->clusters.size()) +
                    " 组（模块度 modularity " + format_fixed(c.clusters->quality) + "）。每组可以作为一次协调会的范围。</p>";
  out += diagram(c, "clusters");
  for (std::size_t k = 0; k < c.clusters->clusters.size(); ++k) {
    const Cluster& cl = c.clusters->clusters[k];
    const std::string leaders = join_names(cl.leaders, [&](LeaderId l) { return n.leader(l).name; });
    const std::string bridges = join_names(cl.bridges, [&](const Bridge& b) {
      return n.unit(b.unit).name + "（" + std::to_string(std::lround(b.outside_share * 100)) + "% 联系在组外）";
    });
    std::string tasks;
    for (const TaskId t : cl.tasks) tasks += (tasks.empty() ? "" : " ") + n.task(t).id;
    out += "<div class=\"cluster\" style=\"border-color:" + style::cluster_colour(k) + "\"><h3>第 " +
           std::to_string(k + 1) + " 组：" + std::to_string(cl.units.size()) + " 个单位，" +
           std::to_string(cl.tasks.size()) + " 项任务，内部密度 " + format_fixed(cl.density, 2) + "</h3>" +
           "<p><b>负荷最高：</b>" + html_escape(names_of(n, cl.top_units)) + "</p><p><b>单位：</b>" +
           html_escape(names_of(n, cl.units)) + "</p><p><b>涉及领导：</b>" + html_escape(leaders) +
           "</p><p><b>桥梁单位 bridges：</b>" + html_escape(bridges.empty() ? "无" : bridges) +
           "</p><p class=\"note\">任务 tasks: " + html_escape(tasks) + "</p></div>";
  }
  out += "<h3>单位协作网络 Units</h3>" + diagram(c, "units");
  return out + "</section>\n";
}

std::string leaders_section(const ReportContent& c) {
  const NetworkMetrics& m = *c.metrics;
  std::string out = "<section id=\"leaders\"><h2>分管领导 Leaders</h2>" + html_table(make_leader_table(m), "leaders-table") +
                    "<h3>领导之间共同依靠的单位数 Units shared between leaders</h3>" +
                    html_table(make_overlap_matrix(m), "overlap-table");
  for (const Leader& l : m.network.leaders) {
    out += "<details><summary>" + html_escape(l.name + " " + l.title) + " 的任务分工图</summary>" +
           diagram(c, "leader:" + l.name) + "</details>";
  }
  return out + "</section>\n";
}

std::string roles_section(const ReportContent& c) {
  const NetworkMetrics& m = *c.metrics;
  const Network& n = m.network;
  DataTable pairs{{"牵头 lead", "配合 support", "任务数 tasks"}, {}};
  for (const RoleEdge& e : c.roles->edges) {
    if (pairs.rows.size() == 20) break;
    pairs.rows.push_back({n.unit(e.lead).name, n.unit(e.support).name, static_cast<std::int64_t>(e.tasks)});
  }
  std::string out = "<section id=\"roles\"><h2>牵头与配合 Lead vs support</h2><h3>最常见的牵头→配合组合</h3>" +
                    html_table(pairs, "pairs-table") + diagram(c, "roles");
  // Heat map: units (kind unit, most tasks first) x leaders, lead and support counts.
  std::vector<std::vector<std::uint32_t>> lead(n.units.size(), std::vector<std::uint32_t>(n.leaders.size(), 0));
  auto support = lead;
  for (const Assignment& a : n.assignments) {
    if (const auto l = n.task(a.task).leader) ++(a.role == Role::lead ? lead : support)[index_of(a.unit)][index_of(*l)];
  }
  out += "<h3>单位 × 领导：牵头 / 配合任务数 Heat map</h3><p class=\"note\">“牵3 配2”表示在该领导分管的任务中牵头 3 项、配合 2 项；颜色越深任务越多。</p>"
         "<div class=\"scroll\"><table><thead><tr><th>单位</th>";
  for (const Leader& l : n.leaders) out += "<th>" + html_escape(l.name) + "</th>";
  out += "</tr></thead><tbody>";
  for (const std::size_t u : rank_descending<std::size_t>(m.participation.tasks)) {
    if (n.units[u].kind != UnitKind::unit) continue;
    out += "<tr><td>" + html_escape(n.units[u].name) + "</td>";
    for (std::size_t l = 0; l < n.leaders.size(); ++l) {
      const std::uint32_t total = lead[u][l] + support[u][l];
      const int shade = 255 - static_cast<int>(std::min<std::uint32_t>(total, 8) * 22);
      char colour[16];
      std::snprintf(colour, sizeof colour, "#%02x%02xff", shade, shade);
      out += total == 0 ? "<td></td>"
                        : "<td style=\"background:" + std::string(colour) + "\">牵" + std::to_string(lead[u][l]) +
                              " 配" + std::to_string(support[u][l]) + "</td>";
    }
    out += "</tr>";
  }
  return out + "</tbody></table></div></section>\n";
}

std::string diff_section(const ReportContent& c) {
  const DiffView& v = *c.diff;
  const nlohmann::ordered_json s = make_diff_summary(v);
  auto card = [&](const std::string& label, const char* key) {
    return "<div class=\"card\"><div class=\"value\">" + std::to_string(s[key].get<std::size_t>()) + "</div>" +
           label + "</div>";
  };
  std::string out = "<section id=\"diff\"><h2>与上年比较 Year over year</h2><p>" +
                    html_escape(document_name(v.before->network.source) + " → " + document_name(v.after->network.source)) +
                    "：任务按文字相似度（字符 " + std::to_string(v.tasks.ngram) + "-gram Dice ≥ " +
                    format_fixed(v.tasks.threshold, 2) + "）对应，单位按名称、别名和配置的 [aliases] 对应。</p>" +
                    "<div class=\"cards\">" + card("项延续任务 carried over", "tasks_carried") +
                    card("项新增任务 new", "tasks_new") + card("项取消任务 dropped", "tasks_dropped") +
                    card("项牵头变化 lead changes", "lead_changes") + card("个新单位 new units", "units_new") +
                    card("个不再出现的单位 dropped", "units_dropped") + card("条新增联系 ties gained", "ties_gained") +
                    card("条失去联系 ties lost", "ties_lost") + "</div>";
  const PartitionAgreement& a = v.clusters;
  out += "<p>协作分组的变化：" +
         (a.adjusted_rand ? "调整兰德指数 ARI " + format_fixed(*a.adjusted_rand) + "，标准化互信息 NMI " +
                                format_fixed(*a.normalized_mutual_information)
                          : std::string("无法比较")) +
         "（两年都有的 " + std::to_string(a.items) + " 个单位；1 表示分组完全相同，0 左右表示与随机无异）。</p>";
  out += "<h3>负荷变化 Units, largest load gain first</h3><div class=\"scroll\">" +
         html_table(make_diff_unit_table(v), "diff-units-table", "overloaded_after") + "</div>";
  const DataTable tasks = make_diff_task_table(v);
  std::vector<std::size_t> changed;
  for (std::size_t r = 0; r < tasks.rows.size(); ++r) {
    const auto& row = tasks.rows[r];
    const Cell& lead = row[tasks.column("lead_change")];
    const bool same_lead = std::holds_alternative<std::string>(lead) && std::get<std::string>(lead) == "unchanged";
    if (!same_lead || row[tasks.column("leader_before")] != row[tasks.column("leader_after")]) changed.push_back(r);
  }
  out += "<h3>新增、取消、换牵头单位或换分管领导的任务 Tasks new, dropped, or with a new lead or leader</h3>"
         "<p class=\"note\">其余 " + std::to_string(tasks.rows.size() - changed.size()) +
         " 项延续任务牵头单位和分管领导未变，见 diff_tasks.csv。</p><div class=\"scroll\">" +
         html_table(select_rows(tasks, changed), "diff-tasks-table") + "</div>";
  out += "<h3>分管领导 Leaders</h3>" + html_table(make_diff_leader_table(v), "diff-leaders-table");
  out += "<h3>协作联系变化 Ties gained and lost</h3>" + diagram(c, "diff");
  out += "<h3>只在一年出现的单位 Units named in one year only</h3>" +
         html_table(make_unmatched_table(v), "diff-unmatched-table");
  return out + "</section>\n";
}

}  // namespace

std::string inline_svg(const std::string& svg_document, const std::string& id_prefix) {
  const std::size_t start = svg_document.find("<svg");
  if (start == std::string::npos) return "";
  std::string out;
  const std::string_view svg = std::string_view(svg_document).substr(start);
  for (std::size_t i = 0; i < svg.size();) {
    bool replaced = false;
    for (const std::string_view marker : {std::string_view("id=\""), std::string_view("href=\"#"),
                                          std::string_view("url(#")}) {
      if (svg.substr(i, marker.size()) == marker) {
        out += marker;
        out += id_prefix + "-";
        i += marker.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += svg[i++];
  }
  return out;
}

std::string write_report_html(const ReportContent& c) {
  const std::string name = document_name(c.metrics->network.source);
  std::string html = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" +
                     html_escape(name) + " · respnet 责任分工网络分析</title><style>" + report_assets::k_css +
                     "</style></head><body><header><h1>责任分工网络分析 · " + html_escape(name) +
                     "</h1><nav><a href=\"#summary\">概况</a><a href=\"#overload\">负荷过重</a>"
                     "<a href=\"#rankings\">全部单位</a><a href=\"#clusters\">协作分组</a><a href=\"#leaders\">分管领导</a>"
                     "<a href=\"#roles\">牵头与配合</a>" +
                     std::string(c.diff ? "<a href=\"#diff\">与上年比较</a>" : "") +
                     "<a href=\"#definitions\">指标定义</a></nav></header><main>\n";
  html += summary_section(c) + overload_section(c) + rankings_section(c) + clusters_section(c) +
          leaders_section(c) + roles_section(c) + (c.diff ? diff_section(c) : "");
  html += "<section id=\"definitions\"><h2>指标定义 Definitions</h2>" + markdown_to_html(c.definitions_markdown) +
          "</section>\n";
  html += "</main><script>" + std::string(report_assets::k_script) + "</script></body></html>\n";
  return html;
}

}  // namespace respnet
