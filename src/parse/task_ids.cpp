#include "parse/task_ids.hpp"

#include <algorithm>
#include <map>

namespace respnet {
namespace {

std::string joined(const TaskPlace& place, bool with_headings, const std::string& number) {
  std::string id = place.section > 0 ? std::to_string(place.section) + "." : "";
  if (with_headings) {
    for (const std::uint32_t heading : place.headings) {
      if (heading > 0) id += std::to_string(heading) + ".";
    }
  }
  return id + number;
}

std::vector<std::string> ids_of(const std::vector<TaskPlace>& places, bool with_headings) {
  std::vector<std::string> ids;
  std::string above = "0";
  std::uint32_t unnumbered = 0;
  // A document that numbers none of its tasks (a table without 序号): they are counted, from 1
  // again under each section or heading.
  const bool counted = std::all_of(places.begin(), places.end(), [](const TaskPlace& p) { return p.number.empty(); });
  const TaskPlace* last = nullptr;
  for (const TaskPlace& place : places) {
    if (counted) {
      const bool same = last != nullptr && last->section == place.section && last->headings == place.headings;
      unnumbered = same ? unnumbered + 1 : 1;
      last = &place;
      ids.push_back(joined(place, with_headings, std::to_string(unnumbered)));
      continue;
    }
    if (place.number.empty()) {
      ids.push_back(above + "-" + std::to_string(++unnumbered));
      continue;
    }
    ids.push_back(joined(place, with_headings, place.number));
    above = ids.back();
    unnumbered = 0;
  }
  return ids;
}

bool repeats(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  return std::adjacent_find(ids.begin(), ids.end()) != ids.end();
}

}  // namespace

void assign_task_ids(std::vector<RawTask>& tasks, const std::vector<TaskPlace>& places, const Reporter& report) {
  std::vector<std::string> ids = ids_of(places, false);
  if (repeats(ids)) ids = ids_of(places, true);
  std::map<std::string, std::uint32_t> first_line;
  for (std::size_t t = 0; t < tasks.size(); ++t) {
    RawTask& task = tasks[t];
    task.id = ids[t];
    const std::string& digits = places[t].number;
    const bool numeric = !digits.empty() && digits.size() <= 9 &&
                         std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    task.number = numeric ? static_cast<std::uint32_t>(std::stoul(digits)) : 0;
    if (const auto [it, inserted] = first_line.try_emplace(task.id, task.location.line); !inserted) {
      report.error(task.location, "task " + task.id + " appears twice (first on line " + std::to_string(it->second) +
                                      "): task numbers must be unique under a heading.");
    }
  }
}

}  // namespace respnet
