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
  /// Words before a title that belong to it, not to the name: 王建国挂职副县长, 王建国市政府党组成员.
  std::vector<std::u32string> leader_qualifiers;
  /// A unit entry is a group (stands for a set of units) when it starts with, ends with,
  /// contains or equals one of these.
  std::vector<std::u32string> group_prefixes;
  std::vector<std::u32string> group_suffixes;
  std::vector<std::u32string> group_infixes;
  std::vector<std::u32string> group_names;
  /// A trailing parenthesised name ending in one of these is an alias of the agency:
  /// 市财政局(国资委). Anything else in trailing parentheses stays part of the name.
  std::vector<std::u32string> alias_suffixes;
  /// A unit's name ends with one of these (市发改委, 岳麓区, 市直相关单位): `A和B` is two units
  /// only when A ends so (市发展和改革委员会 is one), and a list broken over lines joins with 、.
  std::vector<std::u32string> name_endings;
  /// A unit's name may open with its government's level (市发改委); a list may write it once
  /// (市发改委、统计局、财政局). Names opening with an exception have no level (市场监管局).
  std::vector<std::u32string> level_prefixes;
  std::vector<std::u32string> level_prefix_exceptions;
  /// The endings of an agency of a government (局, 委, 办, 厅, 部): names that share a prefix written once.
  std::vector<std::u32string> agency_endings;
  /// A line starting with one of these (and a colon, or nothing more) opens a progress
  /// report's notes on the task above: its numbered lines are not tasks.
  std::vector<std::u32string> progress_labels;
  /// A parenthesised remark on a 责任单位 line containing one of these is a note, not a unit:
  /// the lead rule (列第一位者为牵头或汇总单位) or a remark (〈含开发区管委会,下同〉).
  std::vector<std::u32string> note_markers;
  /// A task's text opens with one of these (推进, 加快, …): a long entry that does is a task,
  /// not a unit, whatever it ends with (建设国家级新区).
  std::vector<std::u32string> task_verbs;
  /// A line made of these only, brackets and spaces aside, is a web page's chrome, not text:
  /// 【打印本页】【关闭窗口】, 字号:[大 中 小].
  std::vector<std::u32string> page_chrome;
  /// A label (before ':' or inside 【】) is words of these lists, then a noun: its words say what
  /// it names. 牵头负责部门 leads, 协同责任单位 supports, 责任单位 is the responsible list (its
  /// first leads unless a lead is named), 联系领导 names the leader, 完成时限 a deadline.
  std::vector<std::u32string> label_lead_words;
  std::vector<std::u32string> label_support_words;
  std::vector<std::u32string> label_plain_words;
  std::vector<std::u32string> label_unit_nouns;
  std::vector<std::u32string> label_leader_nouns;
  std::vector<std::u32string> label_deadline_nouns;
};

/// The lexicon for documents of Chinese municipal, county and provincial governments.
const ReaderLexicon& default_lexicon();

}  // namespace respnet
