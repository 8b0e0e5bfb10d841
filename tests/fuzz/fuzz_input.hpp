#pragma once
// What a fuzz target does with one input, shared with tests/fuzz_regressions_test.cpp: the bytes
// as a document named `name` (its extension picks the reader); a document that reads without
// errors and is small also goes through the analysis and the clusters, so that what a reader
// lets through cannot crash what comes after it. `.toml` names a configuration file.
#include <string_view>

#include "analyze/clusters.hpp"
#include "analyze/metrics.hpp"
#include "parse/config.hpp"
#include "parse/document.hpp"

namespace respnet::fuzz {

inline void read_input(std::string_view bytes, std::string_view name) {
  if (name.ends_with(".toml")) {
    (void)read_config(bytes, name);
    return;
  }
  const ParseResult parsed = parse_document(bytes, name);
  if (!parsed.ok() || parsed.network.tasks.size() > 200 || parsed.network.assignments.size() > 2000) return;
  MetricsOptions options;
  options.paths.threads = 1;
  const NetworkMetrics metrics = compute_metrics(parsed.network, options);
  ClusterOptions clusters;
  clusters.runs = 2;
  (void)compute_clusters(metrics, clusters);
}

}  // namespace respnet::fuzz
