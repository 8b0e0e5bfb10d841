#include "parse/dialect.hpp"

#include <array>

#include "parse/assignment_text.hpp"
#include "parse/headings.hpp"
#include "parse/table_reader.hpp"

namespace respnet {
namespace {

constexpr std::array<std::pair<Dialect, const char*>, 5> k_names{{{Dialect::zeren, "zeren"},
                                                                  {Dialect::lead_support, "lead-support"},
                                                                  {Dialect::inline_brackets, "inline"},
                                                                  {Dialect::table, "table"},
                                                                  {Dialect::per_task_leader, "per-task-leader"}}};

}  // namespace

const char* dialect_name(Dialect dialect) {
  for (const auto& [d, name] : k_names) {
    if (d == dialect) return name;
  }
  return "?";
}

std::optional<Dialect> find_dialect(std::string_view name) {
  for (const auto& [d, known] : k_names) {
    if (name == known) return d;
  }
  return std::nullopt;
}

std::string known_dialects() {
  std::string out;
  for (const auto& [d, name] : k_names) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

Dialect detect_dialect(const SourceText& source, const ReaderLexicon& lexicon) {
  if (has_table(source)) return Dialect::table;
  std::array<int, 5> votes{};
  auto vote = [&](Dialect d) { ++votes[static_cast<std::size_t>(d)]; };
  for (const SourceLine& line : source) {
    const std::u32string_view text = line.text.folded;
    if (read_leader_label(text, lexicon)) vote(Dialect::per_task_leader);
    for (const UnitListSegment& list : read_labelled_lists(text, lexicon)) {
      vote(list.role == ListRole::lead_first ? Dialect::zeren : Dialect::lead_support);
    }
    if (auto number = find_task_number(text)) {
      if (read_inline_assignment(text.substr(number->text_offset), lexicon)) vote(Dialect::inline_brackets);
    }
  }
  if (votes[static_cast<std::size_t>(Dialect::per_task_leader)] > 0) return Dialect::per_task_leader;
  Dialect best = Dialect::zeren;
  for (const Dialect d : {Dialect::lead_support, Dialect::inline_brackets}) {
    const int v = votes[static_cast<std::size_t>(d)];
    if (v > 0 && v >= votes[static_cast<std::size_t>(best)]) best = d;
  }
  return best;
}

}  // namespace respnet
