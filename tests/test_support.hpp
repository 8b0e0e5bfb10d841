#pragma once
// Small builders shared by the tests.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "analyze/group_filter.hpp"
#include "analyze/metrics.hpp"
#include "model/diagnostic.hpp"
#include "model/network.hpp"
#include "parse/document.hpp"

namespace respnet::test {

/// Time limits are for the Release build; a sanitizer build (RESPNET_SANITIZE) runs several
/// times slower and gets this factor on every limit.
#ifdef RESPNET_SANITIZED
inline constexpr int k_time_factor = 20;
#else
inline constexpr int k_time_factor = 1;
#endif

/// A file of the source tree, read whole.
inline std::string read_source_file(const std::string& relative) {
  std::ifstream in(std::string(RESPNET_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// The network of a document that must parse without errors.
inline Network parse_ok(const std::string& text, const std::string& name = "in.txt") {
  ParseResult r = parse_document(text, name);
  REQUIRE(r.ok());
  return std::move(r.network);
}

/// The metrics of a document of the source tree under a group policy.
inline NetworkMetrics metrics_of(const std::string& document, GroupPolicy groups) {
  return compute_metrics(apply_group_policy(parse_ok(read_source_file(document), document), groups), MetricsOptions{});
}

/// Every diagnostic in the compiler format.
inline std::vector<std::string> formatted(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.push_back(format_diagnostic(d));
  return out;
}

/// Names of the units on a task with the given role, in listed order.
inline std::vector<std::string> units_of(const Network& network, std::size_t task, Role role) {
  std::vector<std::string> out;
  for (const Assignment& a : network.assignments) {
    if (index_of(a.task) == task && a.role == role) out.push_back(network.unit(a.unit).name);
  }
  return out;
}

/// The diagnostics of warning severity or worse, formatted.
inline std::vector<std::string> warnings_of(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != Severity::note) out.push_back(format_diagnostic(d));
  }
  return out;
}

using Names = std::vector<std::string>;

/// Every task in one line: `id leader | text | lead、… | support、…` (leader "-" when none).
inline Names task_rows(const Network& network) {
  Names out;
  for (std::size_t t = 0; t < network.tasks.size(); ++t) {
    const Task& task = network.tasks[t];
    auto join = [&](Role role) {
      std::string list;
      for (const std::string& name : units_of(network, t, role)) list += (list.empty() ? "" : "、") + name;
      return list;
    };
    out.push_back(task.id + " " + (task.leader ? network.leader(*task.leader).name : "-") + " | " + task.text +
                  " | " + join(Role::lead) + " | " + join(Role::support));
  }
  return out;
}

}  // namespace respnet::test

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& values) {
    std::string out = "{";
    for (const std::string& v : values) out += "\n  \"" + v + "\"";
    return (out + "}").c_str();
  }
};
}  // namespace doctest
