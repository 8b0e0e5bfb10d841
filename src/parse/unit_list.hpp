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
};

/// Splits folded text on 、 , ; at parenthesis depth 0 (、 inside （…） belongs to the name),
/// drops parenthesised lead-rule notes and empty entries. first_column is the column of text[0].
std::vector<UnitEntry> split_unit_list(std::u32string_view text, std::uint32_t first_column,
                                       const ReaderLexicon& lexicon);

/// Splits a trailing alias off one entry: 市府办(市大数据局) -> {市府办, 市大数据局};
/// 各县(区)政府 and 市直属单位(筹) stay whole.
UnitEntry split_alias(std::u32string_view entry, const ReaderLexicon& lexicon);

/// True when the name stands for a set of units (各县(区)政府, …成员单位).
bool is_group_name(std::u32string_view name, const ReaderLexicon& lexicon);

}  // namespace respnet
