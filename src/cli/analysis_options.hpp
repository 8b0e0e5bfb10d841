#pragma once
// The options every analysis command shares, and the parse -> groups -> metrics pipeline.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "analyze/group_filter.hpp"
#include "analyze/metrics.hpp"
#include "analyze/task_matching.hpp"
#include "cli/document_input.hpp"
#include "parse/config.hpp"
#include "render/sections.hpp"

namespace respnet::cli {

struct AnalysisOptions {
  DocumentInput input;
  std::string groups = "keep";
  std::string format;  ///< "" = from --excel or the -o extension, else table
  std::string output;
  std::string table;
  bool excel = false;
  std::string weighting = "shared";
  PathOptions paths;  ///< --threads, --betweenness-samples
  /// Load weights given on the command line; they override the configuration's [load].
  struct {
    std::optional<double> lead_weight, size_weight, support_weight, threshold;
  } load_flags;
};

/// The load options: defaults, then the configuration's [load], then the command line.
LoadOptions load_options(const AnalysisOptions& options, const DocumentConfig& config);

/// --groups keep|drop|expand.
void add_groups_option(CLI::App& command, std::string& groups);

/// --format, -o, --excel, and --table (checked against table_keys) when there are table keys.
void add_output_options(CLI::App& command, AnalysisOptions& options, const std::vector<std::string>& table_keys);

/// --task-threshold (finite, 0.01 to 1) and --ngram, for the commands that compare two years.
void add_task_match_options(CLI::App& command, TaskMatchOptions& options);

/// DOC..., --config, --dialect, --groups, --format, -o, --excel, --table (checked against table_keys when
/// given), --weighting, the load weights, --threads and --betweenness-samples.
void add_analysis_options(CLI::App& command, AnalysisOptions& options,
                          const std::vector<std::string>& table_keys = {});

/// A document read and analysed: Figures is NetworkStructure (cheap) or NetworkMetrics (all).
template <typename Figures>
struct Analysed {
  Network parsed;  ///< as read, before the group policy
  Diagnostics parse_diagnostics;
  DocumentConfig config;
  Figures metrics;
};
using AnalysedDocument = Analysed<NetworkMetrics>;
using StructuredDocument = Analysed<NetworkStructure>;

/// Reads, parses and analyses the document, printing diagnostics to stderr; nullopt when the
/// document has errors. Throws respnet::Error when it cannot be read.
std::optional<AnalysedDocument> analyse_document(const AnalysisOptions& options);

/// The same with the structure only, for commands that need no centrality.
std::optional<StructuredDocument> analyse_structure(const AnalysisOptions& options);

/// The metrics options of the command line and the configuration.
MetricsOptions metrics_options(const AnalysisOptions& options, const DocumentConfig& config);

/// False, with an error on stderr naming the widest task, when the network (after the group
/// policy) is too large to analyse (analyze/projection.hpp: k_max_projection_pairs).
bool check_analysable(const Network& network);

/// The output format: --format; else csv with --excel; else the -o extension (.csv, .md, .json);
/// else table. And the chosen table and the BOM.
SectionsWriteOptions sections_options(const AnalysisOptions& options);

/// A command's run: analyses the document, writes what `render` makes of it to the output and
/// sets exit_code (bad input: 1, nothing written).
void run_analysis(const AnalysisOptions& options, int& exit_code,
                  const std::function<std::string(const AnalysedDocument&)>& render);
void run_analysis(const AnalysisOptions& options, int& exit_code,
                  const std::function<std::string(const StructuredDocument&)>& render);

GroupPolicy group_policy(const std::string& name);

}  // namespace respnet::cli
