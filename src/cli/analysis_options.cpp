#include "cli/analysis_options.hpp"

#include "cli/document_input.hpp"

namespace respnet::cli {

void add_analysis_options(CLI::App& command, AnalysisOptions& o, const std::vector<std::string>& table_keys) {
  command.add_option("DOC", o.document,
                     "The document (UTF-8 text); default: the bundled zhoushan-2022.txt.");
  command.add_option("--groups", o.groups,
                     "keep: group entries (各县(区)政府, …成员单位) take part; drop: removed before analysis.")
      ->check(CLI::IsMember({"keep", "drop"}))
      ->capture_default_str();
  command.add_option("--format", o.format, "Output format.")
      ->check(CLI::IsMember({"table", "csv", "md", "json"}))
      ->capture_default_str();
  command.add_option("-o,--output", o.output, "Write to FILE instead of stdout.");
  command.add_flag("--excel", o.excel, "CSV with a UTF-8 BOM, so that Excel shows Chinese correctly.");
  if (!table_keys.empty()) {
    command.add_option("--table", o.table, "Only this table (CSV writes the first by default).")
        ->check(CLI::IsMember(table_keys));
  }
  command.add_option("--weighting", o.weighting,
                     "Weights of the unit projection: shared (tasks in common) or newman "
                     "(sum of 1/(n_t - 1)).")
      ->check(CLI::IsMember({"shared", "newman"}))
      ->capture_default_str();
  command.add_option("--lead-weight", o.load.lead_weight, "Load of leading a task.")->capture_default_str();
  command.add_option("--size-weight", o.load.size_weight,
                     "Extra load of leading, per other unit on the task.")->capture_default_str();
  command.add_option("--support-weight", o.load.support_weight, "Load of supporting a task.")
      ->capture_default_str();
  command.add_option("--threshold", o.load.threshold, "load_z above which a unit is overloaded.")
      ->capture_default_str();
}

GroupPolicy group_policy(const std::string& name) {
  return name == "drop" ? GroupPolicy::drop : GroupPolicy::keep;
}

std::optional<AnalysedDocument> analyse_document(const AnalysisOptions& o) {
  ParseResult parsed = parse_and_report(load_document(o.document));
  if (!parsed.ok()) return std::nullopt;
  MetricsOptions metrics_options;
  metrics_options.weighting =
      o.weighting == "newman" ? ProjectionWeighting::newman : ProjectionWeighting::shared_tasks;
  metrics_options.load = o.load;
  NetworkMetrics metrics =
      compute_metrics(apply_group_policy(parsed.network, group_policy(o.groups)), metrics_options);
  report_document_warnings(metrics.warnings);
  return AnalysedDocument{std::move(parsed.network), std::move(parsed.diagnostics), std::move(metrics)};
}

SectionsWriteOptions sections_options(const AnalysisOptions& o) {
  const TableFormat format = o.format == "csv"  ? TableFormat::csv
                             : o.format == "md" ? TableFormat::md
                             : o.format == "json" ? TableFormat::json
                                                  : TableFormat::table;
  return {format, o.table, {o.excel}};
}

}  // namespace respnet::cli
