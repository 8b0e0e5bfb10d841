#include "parse/labels.hpp"

#include <algorithm>

#include "parse/text_lines.hpp"
#include "parse/unit_list.hpp"

namespace respnet {
namespace {

// A label has at most this many characters: a longer run of words is a sentence.
constexpr std::size_t k_max_label = 9;

// The longest word of `words` at text[at], else 0.
std::size_t word_at(std::u32string_view text, std::size_t at, const std::vector<std::u32string>& words) {
  std::size_t best = 0;
  for (const std::u32string& w : words) {
    if (w.size() > best && text.substr(at).starts_with(w)) best = w.size();
  }
  return best;
}

}  // namespace

bool is_ideograph(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

std::optional<Label> classify_label(std::u32string_view words, const ReaderLexicon& lexicon) {
  struct Noun {
    const std::vector<std::u32string>* list;
    LabelKind kind;
  };
  for (const Noun noun : {Noun{&lexicon.label_unit_nouns, LabelKind::units}, Noun{&lexicon.label_leader_nouns, LabelKind::leader},
                          Noun{&lexicon.label_deadline_nouns, LabelKind::deadline}}) {
    for (const std::u32string& n : *noun.list) {
      if (!words.ends_with(n)) continue;
      const std::u32string_view rest = words.substr(0, words.size() - n.size());
      bool lead = false;
      bool support = false;
      std::size_t i = 0;
      while (i < rest.size()) {
        const std::size_t l = word_at(rest, i, lexicon.label_lead_words);
        const std::size_t s = word_at(rest, i, lexicon.label_support_words);
        const std::size_t p = word_at(rest, i, lexicon.label_plain_words);
        const std::size_t step = std::max({l, s, p});
        if (step == 0) break;
        lead = lead || (l == step);
        support = support || (s == step && l != step);
        i += step;
      }
      if (i < rest.size()) continue;
      const ListRole role = lead ? ListRole::lead : support ? ListRole::support : ListRole::lead_first;
      return Label{noun.kind, role};
    }
  }
  return std::nullopt;
}

std::optional<LabelMatch> match_label(std::u32string_view line, std::size_t at, const ReaderLexicon& lexicon) {
  if (at >= line.size()) return std::nullopt;
  if (line[at] == U'【' || line[at] == U'[') {
    const std::size_t close = find_close(line, at);
    if (close == line.npos || close - at > k_max_label + 1) return std::nullopt;
    const auto label = classify_label(trim(line.substr(at + 1, close - at - 1)), lexicon);
    if (!label) return std::nullopt;
    std::size_t value = close + 1;
    while (value < line.size() && is_space(line[value])) ++value;
    if (value < line.size() && line[value] == U':') ++value;
    return LabelMatch{*label, value};
  }
  std::size_t end = at;
  while (end < line.size() && end - at < k_max_label && is_ideograph(line[end])) ++end;
  std::size_t i = end;
  while (i < line.size() && is_space(line[i])) ++i;
  // A lead-rule note may stand before the colon: 责任单位(列第一位者为牵头单位):.
  if (i < line.size() && closing_bracket(line[i]) != 0) {
    const std::size_t close = find_close(line, i);
    if (close == line.npos || !is_note(line.substr(i + 1, close - i - 1), lexicon)) return std::nullopt;
    i = close + 1;
    while (i < line.size() && is_space(line[i])) ++i;
  }
  if (end == at || i >= line.size() || line[i] != U':') return std::nullopt;
  const auto label = classify_label(line.substr(at, end - at), lexicon);
  if (!label) return std::nullopt;
  return LabelMatch{*label, i + 1};
}

}  // namespace respnet
