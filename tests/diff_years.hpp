#pragma once
// The team's two-year test documents: tests/data/diff-2023.txt and diff-2024.txt (with
// diff-2024.toml's rename 市经信局 -> 市经济和信息化局), analysed and compared.
// Built into them: task 张明 1 edited (6% -> 6.5%); 张明 2 lead flipped (市财政局 -> 市发改委);
// 张明 3 kept through the rename; 张明 4 new; 李华 1 edited, lead moved 市住建局 -> 市城投集团;
// 李华 2 kept; 李华 3 dropped; 李华 4 moved to the new leader 王强; 王强 2 new.
#include "analyze/network_diff.hpp"
#include "parse/config.hpp"
#include "render/diff_report.hpp"
#include "test_support.hpp"

namespace respnet::test {

inline NetworkStructure structure_of(const std::string& path, const DocumentConfig* config = nullptr) {
  ParseOptions options;
  options.config = config;
  ParseResult r = parse_document(read_source_file(path), path, options);
  REQUIRE(r.ok());
  return compute_structure(std::move(r.network), MetricsOptions{});
}

struct DiffYears {
  DocumentConfig config = read_config(read_source_file("tests/data/diff-2024.toml"), "diff-2024.toml").config;
  NetworkStructure old_s = structure_of("tests/data/diff-2023.txt");
  NetworkStructure new_s = structure_of("tests/data/diff-2024.txt", &config);
  DiffOptions options{{}, config.aliases};
  NetworkDiff d = compare_networks(old_s, new_s, options);

  /// The diff as the renderers see it, clusters compared over the same networks (no groups here).
  DiffView view() const {
    DiffView v;
    v.before = &old_s;
    v.after = &new_s;
    v.diff = d;
    const ClusterResult before = compute_clusters(old_s, ClusterOptions{});
    const ClusterResult after = compute_clusters(new_s, ClusterOptions{});
    v.clusters = compare_clusters(old_s.network, before, new_s.network, after, options);
    v.clusters_before = before.clusters.size();
    v.clusters_after = after.clusters.size();
    return v;
  }
};

}  // namespace respnet::test
