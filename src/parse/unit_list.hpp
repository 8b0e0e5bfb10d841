#pragma once
// A list of units as written after 责任单位: split into entries, notes removed, aliases split off.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parse/lexicon.hpp"

namespace respnet {

struct UnitEntry {
  std::u32string name;
  std::u32string alias;  ///< empty when none
  std::uint32_t column = 1;  ///< of the entry's first character in the line
  std::uint32_t line = 0;    ///< set by the reader that found it
  bool marked_lead = false;  ///< written X(牵头): leads whatever its place in the list
};

/// Splits folded text on 、 , ; at parenthesis depth 0 (、 inside （…） belongs to the name, and
/// between the levels of one group: 各县、市、区政府, 各区、县(市)政府),
/// and on 和 between two names (岳麓区和市直相关单位, not 市发展和改革委员会); drops
/// parenthesised lead-rule notes, empty entries, deadlines (6月底完成), placeholders (—, 无),
/// and everything from an entry with a colon on (省牵头单位:…, a remark). X(牵头) leads. first_column is the column of text[0].
std::vector<UnitEntry> split_unit_list(std::u32string_view text, std::uint32_t first_column,
                                       const ReaderLexicon& lexicon);

/// True when text ends the way a unit's name does (lexicon.name_endings).
bool ends_unit_name(std::u32string_view text, const ReaderLexicon& lexicon);

/// 市发改委、统计局、财政局: a level written once for a list. When the first entry opens with a
/// level (lexicon.level_prefixes: 市, 县, …) and every other entry (groups aside) is an agency's
/// name without one (ending in lexicon.agency_endings: 统计局, 发改委), those get the level,
/// their printed names kept as aliases. A list with a level written on a later entry too, or a
/// body of its own in it (新城管委会, 人行XX中心支行, 嵊泗县政府), stays as written.
void share_written_prefix(std::vector<UnitEntry>& entries, const ReaderLexicon& lexicon);

/// True when text reads as units and nothing else, as a table's unit cell does: every entry
/// of the list ends the way a unit's name does or is a group, none of five characters or more
/// opens with a task's verb (建成高铁站), none holds a figure (增长10%), and it is no item of a
/// list (①…, (1)…, 一是…). Bracketed whole ((市国资委)), its inside is read.
bool looks_like_units(std::u32string_view text, const ReaderLexicon& lexicon);

/// Splits a trailing alias off one entry: 市府办(市大数据局) -> {市府办, 市大数据局};
/// 各县(区)政府 and 市直属单位(筹) stay whole.
UnitEntry split_alias(std::u32string_view entry, const ReaderLexicon& lexicon);

/// True for the characters that separate units in a list (folded): 、 , ;
bool is_separator(char32_t c);

/// The bracket closing `open` ( ( [ 【 〔 ), or 0 for another character.
char32_t closing_bracket(char32_t open);

/// True for the closing brackets (folded): ) ] 】 〕 〉
bool is_closing_bracket(char32_t c);

/// The bracket that opens the one closing at text[close], nesting counted, or npos.
std::size_t find_open(std::u32string_view text, std::size_t close);

/// The bracket that closes the one at text[open], nesting counted, or npos.
std::size_t find_close(std::u32string_view text, std::size_t open);

/// True when bracketed text is the lead-rule note (列第一位者为牵头或汇总单位), not a name.
bool is_note(std::u32string_view text, const ReaderLexicon& lexicon);

/// True when the name stands for a set of units (各县(区)政府, …成员单位).
bool is_group_name(std::u32string_view name, const ReaderLexicon& lexicon);

}  // namespace respnet
