#pragma once
// The classifier of the line layout: what each line is, read once from its folded text alone.
// The grammar (parse/zeren_reader.cpp) decides from these tokens what they mean where they
// stand, and looks ahead over tokens only.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "parse/assignment_text.hpp"
#include "parse/headings.hpp"
#include "parse/lexicon.hpp"
#include "parse/text_lines.hpp"

namespace respnet {

enum class LineKind : std::uint8_t {
  blank,
  attachment,    ///< 附件2: a part of the document of its own
  section,       ///< 一、王五副县长牵头重点工作: a leader's section
  deadline,      ///< 完成时限:2024年底
  unit_lists,    ///< 责任单位:…, 牵头单位:X;配合单位:Y
  leader_label,  ///< 分管领导:张三
  agency,        ///< 县发改局(联系领导:X): the agency of the tasks below, in a layout grouped by agency
  agency_role,   ///< 牵头任务: / 配合任务: under an agency
  text,          ///< anything else: a task's number and text, a heading, its continuation
};

/// A section's heading, and the agency it names when it is an agency's too.
struct SectionLine {
  SectionHeading heading;
  std::optional<AgencyHeading> agency;
};

/// One line as the classifier reads it: its kind, what that kind carries, and the facts of
/// every line that the grammar's look-ahead asks for. Small: a large document has a token per line.
struct LineToken {
  LineKind kind = LineKind::text;
  bool progress_label = false;       ///< 进展情况:… opens a progress report's notes
  bool circled = false;              ///< opens with ①…⑳
  std::optional<LeadRule> rule;      ///< the lead rule the line states
  std::optional<TaskNumber> number;  ///< the task number the line opens with, any kind
  /// section: SectionLine; agency: AgencyHeading; unit_lists: the lists; leader_label: the
  /// names; agency_role: the role. Sections and agencies are rare, so they are boxed.
  std::variant<std::monostate, std::unique_ptr<const SectionLine>, std::unique_ptr<const AgencyHeading>,
               std::vector<UnitListSegment>, std::vector<std::u32string>, Role>
      payload;

  const SectionLine& section() const { return *std::get<std::unique_ptr<const SectionLine>>(payload); }
  const AgencyHeading& agency() const { return *std::get<std::unique_ptr<const AgencyHeading>>(payload); }
  std::vector<UnitListSegment>& lists() { return std::get<std::vector<UnitListSegment>>(payload); }
  const std::vector<std::u32string>& leaders() const { return std::get<std::vector<std::u32string>>(payload); }
  Role role() const { return std::get<Role>(payload); }
};

/// The token of one line (folded), each kind recognised by its own function, in this order.
LineToken classify_line(const TextLine& line, const ReaderLexicon& lexicon);

/// True when the text (folded, trimmed) opens with a progress label and a colon, or is one.
bool is_progress_label(std::u32string_view text, const ReaderLexicon& lexicon);

}  // namespace respnet
