#include "cli/analysis_options.hpp"

#include <cmath>
#include <filesystem>
#include <cstdlib>
#include <iostream>

#include "cli/document_input.hpp"
#include "cli/exit_codes.hpp"
#include "cli/output.hpp"

namespace respnet::cli {

void add_groups_option(CLI::App& command, std::string& groups) {
  command.add_option("--groups", groups,
                     "keep: group entries (各县(区)政府, …成员单位) take part; drop: removed before analysis; "
                     "expand: replaced by their members from the configuration.")
      ->check(CLI::IsMember({"keep", "drop", "expand"}))
      ->capture_default_str();
}

void add_output_options(CLI::App& command, AnalysisOptions& o, const std::vector<std::string>& table_keys) {
  command.add_option("--format", o.format,
                     "Output format; default: csv with --excel, else from the -o extension (.csv, .md, .json), "
                     "else table.")
      ->check(CLI::IsMember({"table", "csv", "md", "json"}));
  command.add_option("-o,--output", o.output, "Write to FILE instead of stdout.");
  command.add_flag("--excel", o.excel, "CSV with a UTF-8 BOM, so that Excel shows Chinese correctly.");
  if (!table_keys.empty()) {
    command.add_option("--table", o.table, "Only this table (CSV writes the first by default).")
        ->check(CLI::IsMember(table_keys));
  }
}

void add_analysis_options(CLI::App& command, AnalysisOptions& o, const std::vector<std::string>& table_keys) {
  add_document_options(command, o.input);
  add_groups_option(command, o.groups);
  add_output_options(command, o, table_keys);
  command.add_option("--weighting", o.weighting,
                     "Weights of the unit projection: shared (tasks in common) or newman "
                     "(sum of 1/(n_t - 1)).")
      ->check(CLI::IsMember({"shared", "newman"}))
      ->capture_default_str();
  auto& flags = o.load_flags;
  command.add_option_function<double>("--lead-weight", [&flags](double v) { flags.lead_weight = v; },
                                      "Load of leading a task (default 1.0).");
  command.add_option_function<double>("--size-weight", [&flags](double v) { flags.size_weight = v; },
                                      "Extra load of leading, per other unit on the task (default 0.1).");
  command.add_option_function<double>("--support-weight", [&flags](double v) { flags.support_weight = v; },
                                      "Load of supporting a task (default 0.5).");
  command.add_option("--threads", o.paths.threads, "Threads for betweenness and closeness (0: all cores).")
      ->capture_default_str();
  command.add_option("--betweenness-samples", o.paths.samples,
                     "Estimate betweenness from this many sampled source vertices (Brandes & Pich 2007) "
                     "instead of all of them; 0: exact.")
      ->capture_default_str();
  command.add_option_function<double>("--threshold", [&flags](double v) { flags.threshold = v; },
                                      "load_z above which a unit is overloaded (default 3.5).");
}

void add_task_match_options(CLI::App& command, TaskMatchOptions& options) {
  // CLI::Range alone lets "nan" through.
  const CLI::Validator finite([](std::string& value) {
    return std::isfinite(std::strtod(value.c_str(), nullptr)) ? std::string() : "not a finite number: " + value;
  }, "FINITE");
  command.add_option("--task-threshold", options.threshold,
                     "Least text similarity (Dice coefficient of character n-grams) of a carried-over task.")
      ->check(finite & CLI::Range(0.01, 1.0))
      ->capture_default_str();
  command.add_option("--ngram", options.ngram, "Characters per n-gram of the text similarity.")
      ->check(CLI::Range(1, 8))
      ->capture_default_str();
}

GroupPolicy group_policy(const std::string& name) {
  return name == "drop" ? GroupPolicy::drop : name == "expand" ? GroupPolicy::expand : GroupPolicy::keep;
}

LoadOptions load_options(const AnalysisOptions& o, const DocumentConfig& config) {
  LoadOptions load;
  const auto& f = o.load_flags;
  load.lead_weight = f.lead_weight.value_or(config.lead_weight.value_or(load.lead_weight));
  load.size_weight = f.size_weight.value_or(config.size_weight.value_or(load.size_weight));
  load.support_weight = f.support_weight.value_or(config.support_weight.value_or(load.support_weight));
  load.threshold = f.threshold.value_or(config.threshold.value_or(load.threshold));
  return load;
}

MetricsOptions metrics_options(const AnalysisOptions& o, const DocumentConfig& config) {
  MetricsOptions options;
  options.weighting = o.weighting == "newman" ? ProjectionWeighting::newman : ProjectionWeighting::shared_tasks;
  options.load = load_options(o, config);
  options.paths = o.paths;
  return options;
}

bool check_analysable(const Network& network) {
  const ProjectionSize size = measure_projection(network);
  if (size.pairs <= k_max_projection_pairs) return true;
  const Task& task = network.task(size.widest_task);
  std::cerr << format_diagnostic({Severity::error, network.source_of(task.location), task.location,
                                  "the unit projection would hold " + std::to_string(size.pairs) +
                                      " pairs of units sharing a task, over the limit of " +
                                      std::to_string(k_max_projection_pairs) + " (task " + task.id + " alone lists " +
                                      std::to_string(size.widest_units) +
                                      " units): the analysis is refused; respnet parse still reads the document."})
            << '\n';
  return false;
}

namespace {

template <typename Figures, typename Compute>
std::optional<Analysed<Figures>> analyse(const AnalysisOptions& o, Compute compute) {
  ParsedDocument document = read_documents(o.input);
  if (!document.result.ok()) return std::nullopt;
  ParseResult& parsed = document.result;
  // Checked after the group policy: expanded groups add units to their tasks.
  Network analysed = apply_group_policy(parsed.network, group_policy(o.groups));
  if (!check_analysable(analysed)) return std::nullopt;
  Figures figures = compute(std::move(analysed), metrics_options(o, document.config));
  report_document_warnings(figures.warnings);
  return Analysed<Figures>{std::move(parsed.network), std::move(parsed.diagnostics), std::move(document.config),
                           std::move(figures)};
}

template <typename Figures>
void run(const AnalysisOptions& options, int& exit_code, const std::optional<Analysed<Figures>>& analysed,
         const std::function<std::string(const Analysed<Figures>&)>& render) {
  if (!analysed) {
    exit_code = k_exit_bad_input;
    return;
  }
  emit_output(render(*analysed), options.output);
  exit_code = k_exit_ok;
}

}  // namespace

std::optional<AnalysedDocument> analyse_document(const AnalysisOptions& o) {
  return analyse<NetworkMetrics>(o, compute_metrics);
}

std::optional<StructuredDocument> analyse_structure(const AnalysisOptions& o) {
  return analyse<NetworkStructure>(o, compute_structure);
}

void run_analysis(const AnalysisOptions& options, int& exit_code,
                  const std::function<std::string(const AnalysedDocument&)>& render) {
  run(options, exit_code, analyse_document(options), render);
}

void run_analysis(const AnalysisOptions& options, int& exit_code,
                  const std::function<std::string(const StructuredDocument&)>& render) {
  run(options, exit_code, analyse_structure(options), render);
}

SectionsWriteOptions sections_options(const AnalysisOptions& o) {
  std::string name = o.format;
  if (name.empty()) {
    const std::string extension = std::filesystem::path(o.output).extension().string();
    name = o.excel                                                                    ? "csv"
           : extension == ".csv" || extension == ".md" || extension == ".json" ? extension.substr(1)
                                                                                      : "table";
  }
  const TableFormat format = name == "csv"    ? TableFormat::csv
                             : name == "md"   ? TableFormat::md
                             : name == "json" ? TableFormat::json
                                              : TableFormat::table;
  return {format, o.table, {o.excel}};
}

}  // namespace respnet::cli
