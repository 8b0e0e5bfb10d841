#pragma once
// The words the readers recognise, as data: titles of leaders, group entries, alias suffixes,
// the words of labels, clauses, table headers and lead rules. Punctuation, brackets and
// numerals are the readers' grammar, not words: they stay in the code.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parse/list_role.hpp"

namespace respnet {

struct ReaderLexicon {
  /// A line `<numeral>、<name><title><suffix>` opens a leader's section: a verb, perhaps 的, then
  /// a work noun (牵头重点工作, 分管的重点任务); after a known title the verb alone (王五副县长牵头).
  std::vector<std::u32string> section_verbs;
  std::vector<std::u32string> section_works;
  std::vector<std::u32string> section_suffixes;
  /// Dropped from the end of a leader's name and title: 王建国副县长同志.
  std::vector<std::u32string> leader_honorifics;
  /// A label naming a leader ends with one of these (分管领导:, 联系县领导:); a table column
  /// whose header holds one lists leaders.
  std::vector<std::u32string> leader_words;
  /// A line opening with one of these, then a number, heads an attachment: 附件2.
  std::vector<std::u32string> attachment_words;
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
  /// In prose, `<label>:` then clauses names the units: 部门分工:X牵头,Y配合.
  std::vector<std::u32string> prose_labels;
  /// A clause ending with a verb of these gives its units the verb's role (X牵头, Y、Z配合,
  /// X、Y按职责分工负责); the first that ends the clause counts, so a verb ending another
  /// comes before it (负责落实 before 落实, 共同牵头 before 牵头).
  std::vector<std::pair<std::u32string, ListRole>> clause_verbs;
  /// X会同Y、Z负责: the units before the word lead, the units after it support.
  std::vector<std::u32string> partner_words;
  /// 等 closes a list (市财政局等部门, 等有关单位: dropped) or, before a unit's name, joins two
  /// (长沙海关等省直有关单位); after it one of the other-units words stands for the rest.
  std::vector<std::u32string> etc_words;
  std::vector<std::u32string> other_unit_words;
  /// A lead rule (列第一位者为牵头单位, 责任单位即为牵头单位) is stated only in a line holding a
  /// lead mark word; it names the first listed with a first word and a copula, all of them with
  /// an all-lead phrase. An entry with a note marker and a first word is the rule, not a unit.
  std::vector<std::u32string> rule_first_words;
  std::vector<std::u32string> rule_copulas;
  std::vector<std::u32string> rule_all_words;
  /// Under an agency, `<lead or support label word><noun>:` says the role of the tasks below
  /// (牵头任务:, 配合事项:).
  std::vector<std::u32string> agency_task_nouns;
  /// Under an agency, a task closing with (<lead mark>) or (<support mark>, …) is the agency's in
  /// that role: (牵头), (配合,X牵头).
  std::vector<std::u32string> lead_mark_words;
  std::vector<std::u32string> support_mark_words;
  /// An entry written with one of these leads, whatever its place: 县交通局(牵头); with a co-lead
  /// mark every unit of its list leads: 市发改委、市财政局(共同牵头).
  std::vector<std::u32string> lead_marks;
  std::vector<std::u32string> co_lead_marks;
  /// Join two units' names in a list when the one before is whole: 岳麓区和市直相关单位.
  std::vector<std::u32string> conjunctions;
  /// A government (县政府, 各县(市、区)人民政府): after a conjunction or a level it is no name of
  /// its own (各县(市、区)党委和政府, 各县、市、区政府).
  std::vector<std::u32string> government_words;
  /// A group written out level by level (各县、市、区政府) has pieces opening with these.
  std::vector<std::u32string> level_piece_words;
  /// An entry opening with one of these is a leader where units are: 分管副省长, 协管副秘书长.
  std::vector<std::u32string> leader_role_prefixes;
  /// An entry holding one of these is a deadline where units are: 6月底完成, 年底前, 长期坚持.
  std::vector<std::u32string> deadline_words;
  /// A cell or entry that is one of these names no unit (无); a ditto (同上) in a table's cell
  /// is the cell above's, in a list of units it names none.
  std::vector<std::u32string> placeholders;
  std::vector<std::u32string> ditto_words;
  /// A table's header cell: the number column is one of the number words; a cell holding an
  /// unread word (完成时限, 备注) or opening with a higher level's prefix (省牵头单位) and no
  /// leader word is not read; else the first kind of word it holds says its column: leader,
  /// lead, support, unit (责任单位: the responsible list), progress, task.
  std::vector<std::u32string> column_number_words;
  std::vector<std::u32string> column_unread_words;
  std::vector<std::u32string> column_higher_level_prefixes;
  std::vector<std::u32string> column_lead_words;
  std::vector<std::u32string> column_support_words;
  std::vector<std::u32string> column_unit_words;
  std::vector<std::u32string> column_progress_words;
  std::vector<std::u32string> column_task_words;
};

/// True when text contains (starts with, ends with, is) one of the words.
bool contains_word(std::u32string_view text, const std::vector<std::u32string>& words);
bool starts_with_word(std::u32string_view text, const std::vector<std::u32string>& words);
bool ends_with_word(std::u32string_view text, const std::vector<std::u32string>& words);
bool is_word(std::u32string_view text, const std::vector<std::u32string>& words);

/// The lexicon for documents of Chinese municipal, county and provincial governments.
const ReaderLexicon& default_lexicon();

}  // namespace respnet
