#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <optional>
#include <memory>

#include "cli/commands.hpp"
#include "cli/document_input.hpp"
#include "cli/exit_codes.hpp"
#include "cli/output.hpp"
#include "cli/year_comparison.hpp"
#include "render/diagram.hpp"
#include "render/network_json.hpp"

namespace respnet::cli {
namespace {

struct DiffCommandOptions {
  AnalysisOptions analysis;
  std::string old_path;
  std::string new_path;
  std::string old_config;
  TaskMatchOptions tasks;
  std::string diagram;
  std::size_t max_ties = 200;
  DiagramOptions look;
};

DiagramFormat diagram_format_of(const std::string& path) {
  const std::string extension = std::filesystem::path(path).extension().string();
  if (const auto format = diagram_format_named(extension.empty() ? "" : extension.substr(1))) return *format;
  throw CLI::ValidationError("--diagram", "cannot tell the format from '" + path + "': name a .svg, .png, .pdf or .dot file");
}

// A year 19xx or 20xx in a file's name: the first run of four digits that reads as one.
std::optional<int> year_in_name(const std::string& path) {
  const std::string name = std::filesystem::path(path).filename().string();
  for (std::size_t i = 0; i + 4 <= name.size(); ++i) {
    const bool digits = std::all_of(name.begin() + static_cast<std::ptrdiff_t>(i),
                                    name.begin() + static_cast<std::ptrdiff_t>(i + 4), [](char c) { return c >= '0' && c <= '9'; });
    const bool alone = (i == 0 || !std::isdigit(static_cast<unsigned char>(name[i - 1]))) &&
                       (i + 4 == name.size() || !std::isdigit(static_cast<unsigned char>(name[i + 4])));
    const int year = digits ? std::stoi(name.substr(i, 4)) : 0;
    if (digits && alone && year >= 1900 && year < 2100) return year;
  }
  return std::nullopt;
}

void warn_if_swapped(const std::string& old_path, const std::string& new_path) {
  const auto old_year = year_in_name(old_path);
  const auto new_year = year_in_name(new_path);
  if (old_year && new_year && *old_year > *new_year) {
    std::cerr << "respnet: warning: OLD (" << document_name(old_path) << ") names a later year than NEW ("
              << document_name(new_path) << "): respnet diff OLD NEW compares last year's OLD with this year's NEW.\n";
  }
}

// For each unit named only last year that looks like one named only this year, the [aliases]
// line that would match them.
void note_possible_renames(const DiffView& v, const std::string& new_path, const std::string& new_config) {
  const UnmatchedNames unmatched = unmatched_names(v);
  const std::string config = !new_config.empty() ? new_config
                             : new_path == "-"   ? std::string("NEW's configuration (--config)")
                                                 : std::filesystem::path(new_path).replace_extension(".toml").string();
  for (const std::string& old_name : unmatched.old_only) {
    const std::vector<std::string> similar = similar_names(old_name, unmatched.new_only);
    if (similar.empty()) continue;
    std::cerr << "respnet: note: " << old_name << " (only in OLD) looks like " << similar.front()
              << " (only in NEW); if it was renamed, add \"" << old_name << "\" = \"" << similar.front()
              << "\" under [aliases] in " << config << ".\n";
  }
}

int run_diff(const DiffCommandOptions& o) {
  // The diagram's name is checked before the documents are read.
  const DiagramFormat format = o.diagram.empty() ? DiagramFormat::svg : diagram_format_of(o.diagram);
  if (o.old_path == "-" && o.new_path == "-") {
    throw CLI::ValidationError("NEW", "OLD and NEW cannot both be standard input");
  }
  const auto before = analyse_year(o.analysis, o.old_path, o.old_config);
  const auto after = analyse_year(o.analysis, o.new_path, o.analysis.input.config);
  if (!before || !after) return k_exit_bad_input;
  DiffView view = compare_years({before->document.metrics, before->clustered, before->clusters, before->document.config},
                                      {after->document.metrics, after->clustered, after->clusters, after->document.config},
                                      o.tasks);
  view.groups = o.analysis.groups;
  warn_if_swapped(o.old_path, o.new_path);
  note_possible_renames(view, o.new_path, o.analysis.input.config);
  std::string diagram;
  if (!o.diagram.empty()) {
    DiagramOptions look = o.look;
    look.title = document_name(view.after->network.source);
    if (format != DiagramFormat::dot) check_cjk_font(look.font);
    diagram = render_diagram(make_diff_diagram(view, o.max_ties, look), format);
  }
  const std::string tables = write_diff_report(view, sections_options(o.analysis));
  if (!o.diagram.empty()) emit_output(diagram, o.diagram);
  emit_output(tables, o.analysis.output);
  return k_exit_ok;
}

}  // namespace

void add_diff_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<DiffCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "diff", "Year over year: units, tasks, leads, leaders, ties and clusters that changed from OLD to NEW.");
  command->add_option("OLD", o->old_path, "Last year's document.")->required();
  command->add_option("NEW", o->new_path, "This year's document.")->required();
  add_reading_options(*command, o->analysis.input);
  command->get_option("--config")
      ->description("Configuration (TOML) of NEW; default: NEW.toml beside it. Its [aliases] (\"旧名\" = \"新名\"), "
                    "and OLD's, also match agencies renamed between the years.");
  command->add_option("--old-config", o->old_config, "Configuration of OLD; default: OLD.toml beside it.");
  add_groups_option(*command, o->analysis.groups);
  add_output_options(*command, o->analysis, {"units", "tasks", "leaders", "ties", "unmatched"});
  add_task_match_options(*command, o->tasks);
  command->add_option("--diagram", o->diagram, "Also draw the ties gained and lost into FILE (.svg, .png, .pdf, .dot).");
  command->add_option("--max-ties", o->max_ties, "At most this many changed ties in the diagram.")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  command->add_option("--font", o->look.font, "Font family of the diagram; must have Chinese glyphs.")
      ->capture_default_str();
  command->callback([o, &exit_code] { exit_code = run_diff(*o); });
}

}  // namespace respnet::cli
