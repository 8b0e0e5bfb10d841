#include "render/task_explanation.hpp"

namespace respnet {
namespace {

std::string basis_text(const TaskReading& reading) {
  const std::string line = std::to_string(reading.basis_line);
  switch (reading.basis) {
    case LeadBasis::none: return "未找到牵头单位";
    case LeadBasis::named: return "文件写明牵头单位（牵头标签、牵头列、“牵头”字样或“(牵头)”标注）";
    case LeadBasis::stated_rule: return "责任单位按第 " + line + " 行所述规则确定牵头单位";
    case LeadBasis::first_listed: return "文件未说明规则，按惯例以责任单位中列第一位者为牵头单位";
    case LeadBasis::shared: return "所列单位按职责分工共同负责，未指定单一牵头单位";
    case LeadBasis::inherited: return "牵头单位沿用第 " + line + " 行任务所在的合并单元格";
    case LeadBasis::by_name: return "单位仅凭名称识别（无标签、无动词、无表格列）";
  }
  return {};
}

std::string units_of(const Network& network, std::size_t task, Role role) {
  std::string out;
  for (const Assignment& a : network.assignments) {
    if (index_of(a.task) != task || a.role != role) continue;
    out += (out.empty() ? "" : "、") + network.unit(a.unit).name;
  }
  return out.empty() ? "无" : out;
}

}  // namespace

std::string write_task_explanation(const Network& network) {
  std::string out;
  for (std::size_t t = 0; t < network.tasks.size(); ++t) {
    const Task& task = network.tasks[t];
    const TaskReading& r = task.reading;
    std::string lines = "第 " + std::to_string(r.first_line);
    if (r.last_line > r.first_line) lines += "–" + std::to_string(r.last_line);
    out += "任务 " + task.id + "（" + network.source_of(task.location) + " " + lines + " 行）牵头：" +
           units_of(network, t, Role::lead) + "；配合：" + units_of(network, t, Role::support) + "\n";
    out += "  依据：" + basis_text(r) + "\n";
    if (r.guess) out += "  推测：文件未写明，请人工核对\n";
  }
  return out;
}

}  // namespace respnet
