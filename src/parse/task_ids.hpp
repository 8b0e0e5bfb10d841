#pragma once
// Task ids from where tasks sit in a document, for every reader.
#include <cstdint>
#include <string>
#include <vector>

#include "parse/raw_document.hpp"
#include "parse/reporter.hpp"

namespace respnet {

/// Where a task sits: its leader section (0 without sections), the numbers of the parts and
/// headings above it within the section (附件2, 一、, (一); 0 where there is none), and its own
/// number as written in Arabic digits ("" when the row or line has none).
struct TaskPlace {
  std::uint32_t section = 0;
  std::vector<std::uint32_t> headings;
  std::string number;
};

/// Sets each task's id and number: `<section>.<number>`, the section left out without sections;
/// with the headings' numbers in between (`2.1.3`) when an id would otherwise repeat (numbering
/// restarts under each heading); `<task above>-<k>` for the k-th task without a number; in a
/// document that numbers none, the tasks counted from 1 under each section or heading (the
/// number itself stays 0: none was printed). An id that still repeats is an error at the
/// later task.
void assign_task_ids(std::vector<RawTask>& tasks, const std::vector<TaskPlace>& places, const Reporter& report);

}  // namespace respnet
