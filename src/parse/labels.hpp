#pragma once
// Labels: the words before ':' (or inside 【】) that say what follows, classified by their
// words (lexicon.label_*), not by a closed list: 牵头负责部门, 协同责任单位, 联系领导, 完成时限.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "parse/lexicon.hpp"
#include "parse/list_role.hpp"

namespace respnet {

enum class LabelKind : std::uint8_t {
  units,     ///< a list of units follows, in the label's role
  leader,    ///< the task's leader follows (分管领导, 联系领导, 牵头负责领导)
  deadline,  ///< a deadline follows (完成时限, 时间节点): not a unit
};

struct Label {
  LabelKind kind = LabelKind::units;
  ListRole role = ListRole::lead_first;
};

/// What a label's words say: some of the lead, support and plain words, then a noun (单位,
/// 领导, 时限, …); a lead word makes a lead list, a support word a support list, neither the
/// responsible list. nullopt for words that are no label (工作任务责任单位, 省牵头单位).
std::optional<Label> classify_label(std::u32string_view words, const ReaderLexicon& lexicon);

/// True for a CJK unified ideograph: a character of a word, not punctuation.
bool is_ideograph(char32_t c);

struct LabelMatch {
  Label label;
  std::size_t value = 0;  ///< where the label's value starts in the line
};

/// The label starting at line[at] (folded): `牵头单位:`, `牵头单位 :`, `责任单位(列第一位者为牵头
/// 单位):`, `【牵头单位】`; nullopt when none starts there.
std::optional<LabelMatch> match_label(std::u32string_view line, std::size_t at, const ReaderLexicon& lexicon);

}  // namespace respnet
