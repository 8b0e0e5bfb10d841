#include "cli/year_comparison.hpp"

#include "analyze/group_filter.hpp"

namespace respnet::cli {

std::optional<YearFigures> analyse_year(const AnalysisOptions& options, const std::string& path,
                                        const std::string& config) {
  AnalysisOptions year = options;
  year.input.documents = {path};
  year.input.config = config;
  std::optional<StructuredDocument> document = analyse_structure(year);
  if (!document) return std::nullopt;
  NetworkStructure clustered = compute_structure(drop_groups(document->parsed), metrics_options(year, document->config));
  ClusterResult clusters = compute_clusters(clustered, ClusterOptions{});
  return YearFigures{std::move(*document), std::move(clustered), std::move(clusters)};
}

DiffView compare_years(const YearSide& before, const YearSide& after, const TaskMatchOptions& tasks) {
  DiffOptions options{tasks, before.config.aliases};
  options.renames.insert(options.renames.end(), after.config.aliases.begin(), after.config.aliases.end());
  DiffView view;
  view.before = &before.figures;
  view.after = &after.figures;
  view.diff = compare_networks(before.figures, after.figures, options);
  view.clusters = compare_clusters(before.clustered.network, before.clusters, after.clustered.network,
                                   after.clusters, options);
  view.clusters_before = before.clusters.clusters.size();
  view.clusters_after = after.clusters.clusters.size();
  view.tasks = tasks;
  return view;
}

}  // namespace respnet::cli
