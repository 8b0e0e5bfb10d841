#include "parse/line_tokens.hpp"

#include <algorithm>

#include "parse/labels.hpp"

namespace respnet {

bool is_progress_label(std::u32string_view text, const ReaderLexicon& lexicon) {
  return std::any_of(lexicon.progress_labels.begin(), lexicon.progress_labels.end(), [&](const std::u32string& label) {
    if (!text.starts_with(label)) return false;
    const std::u32string_view rest = trim(text.substr(label.size()));
    return rest.empty() || rest.front() == U':';
  });
}

LineToken classify_line(const TextLine& line, const ReaderLexicon& lexicon) {
  const std::u32string_view folded = line.folded;
  const std::u32string_view text = trim(folded);
  LineToken token;
  if (text.empty()) {
    token.kind = LineKind::blank;
    return token;
  }
  token.number = find_task_number(folded);
  token.progress_label = is_progress_label(text, lexicon);
  token.circled = text.front() >= U'①' && text.front() <= U'⑳';
  token.rule = stated_rule_at(folded, line.number, lexicon);
  // A line that opens with a label (责任单位:, 【分管领导】) is never a section's heading.
  const bool labelled = match_label(folded, trimmed_range(folded).first, lexicon).has_value();
  if (is_attachment_heading(folded, lexicon)) {
    token.kind = LineKind::attachment;
  } else if (auto section = labelled ? std::nullopt : parse_leader_heading(folded, lexicon)) {
    token.kind = LineKind::section;
    // 一、县发改局(联系县领导:副县长 郑宏伟): a leader's section that is an agency's too.
    token.payload = std::make_unique<const SectionLine>(SectionLine{std::move(*section), read_agency_heading(folded, lexicon)});
  } else if (is_deadline_line(folded, lexicon)) {
    token.kind = LineKind::deadline;
  } else if (auto lists = read_labelled_lists(folded, lexicon); !lists.empty()) {
    token.kind = LineKind::unit_lists;
    token.payload = std::move(lists);
  } else if (auto leaders = read_leader_label(folded, lexicon)) {
    token.kind = LineKind::leader_label;
    token.payload = std::move(*leaders);
  } else if (auto agency = read_agency_heading(folded, lexicon)) {
    token.kind = LineKind::agency;
    token.payload = std::make_unique<const AgencyHeading>(std::move(*agency));
  } else if (const auto role = read_agency_role_line(folded, lexicon)) {
    token.kind = LineKind::agency_role;
    token.payload = *role;
  }
  return token;
}

}  // namespace respnet
