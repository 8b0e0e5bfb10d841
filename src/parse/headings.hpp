#pragma once
// Recognising the structural lines of a breakdown: leader sections and numbered tasks.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "parse/lexicon.hpp"

namespace respnet {

/// 一 -> 1, 十二 -> 12, 二十 -> 20, 一百零五 -> 105, 二千三百四十五 -> 2345; nullopt otherwise.
std::optional<std::uint32_t> parse_chinese_numeral(std::u32string_view text);

struct SectionHeading {
  std::uint32_t number = 0;
  std::u32string name;
  std::u32string title;
  std::size_t name_offset = 0;  ///< where the name starts in the line
};

/// `二、毛江平常务副市长牵头重点工作` -> {2, 毛江平, 常务副市长}; also `(二)…主抓的重点工作`;
/// `九、陈麟(市政府党组成员)牵头重点工作` -> {9, 陈麟, 市政府党组成员}. Expects folded text.
std::optional<SectionHeading> parse_section_heading(std::u32string_view line,
                                                    const ReaderLexicon& lexicon);

/// A leader's heading with or without its ordinal, as a table's spanning row writes it:
/// `徐仁标市长牵头重点工作`, `张三副县长负责事项(共9项)`, `二、毛江平常务副市长牵头重点工作`;
/// number is 0 without an ordinal, and then the name must end in a known title. A trailing
/// count (共9项) is dropped; after a known title the verb alone will do (二、王五副县长牵头).
std::optional<SectionHeading> parse_leader_heading(std::u32string_view line, const ReaderLexicon& lexicon);

/// {name, title}: the title from parentheses, else the longest known title at the end.
std::pair<std::u32string, std::u32string> split_leader_title(std::u32string_view text,
                                                             const ReaderLexicon& lexicon);

/// True for a person's name, perhaps with a known title before or after it (王五, 王五副县长,
/// 常务副区长 韦国庆): two to four characters of name, no figures or separators.
bool looks_like_leader(std::u32string_view text, const ReaderLexicon& lexicon);

/// The numeral of a heading mark opening a line (folded): `一、` -> 1, `(三)` -> 3.
std::optional<std::uint32_t> parse_heading_mark(std::u32string_view line);

/// True for a line of a web page's chrome (lexicon.page_chrome): 【打印本页】【关闭窗口】.
bool is_page_chrome(std::u32string_view line, const ReaderLexicon& lexicon);

/// True for a line that is only `附件2` / `附件 二` / `附件1:`: the start of an attachment.
bool is_attachment_heading(std::u32string_view line, const ReaderLexicon& lexicon);

struct TaskNumber {
  std::u32string digits;
  std::size_t offset = 0;       ///< of the first digit in the line
  std::size_t text_offset = 0;  ///< of the task text after the mark
};

/// `12.` / `12、` / `12．` / `(十二)` / `(12)` / `任务12:` / `第12项:` / `第十二项` (folded) at the
/// start of a line, not a decimal such as `1.8万`. digits holds the number in Arabic digits.
std::optional<TaskNumber> find_task_number(std::u32string_view line);

}  // namespace respnet
