#pragma once
// The words the readers recognise, as data: titles of leaders, group entries, alias suffixes.
#include <string>
#include <vector>

namespace respnet {

struct ReaderLexicon {
  /// A line `<numeral>、<name><title><suffix>` opens a leader's section.
  std::vector<std::u32string> section_suffixes;
  /// Titles split off the end of a section heading's name, longest match first.
  std::vector<std::u32string> leader_titles;
  /// A unit entry is a group (stands for a set of units) when it starts with, ends with,
  /// contains or equals one of these.
  std::vector<std::u32string> group_prefixes;
  std::vector<std::u32string> group_suffixes;
  std::vector<std::u32string> group_infixes;
  std::vector<std::u32string> group_names;
  /// A trailing parenthesised name ending in one of these is an alias of the agency:
  /// 市财政局(国资委). Anything else in trailing parentheses stays part of the name.
  std::vector<std::u32string> alias_suffixes;
  /// A parenthesised remark on a 责任单位 line containing one of these is the
  /// lead-rule note (列第一位者为牵头或汇总单位), not a unit.
  std::vector<std::u32string> note_markers;
};

/// The lexicon for documents of Chinese municipal, county and provincial governments.
const ReaderLexicon& default_lexicon();

}  // namespace respnet
