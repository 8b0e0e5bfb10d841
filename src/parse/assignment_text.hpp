#pragma once
// Where documents say who does a task, in the words of the dialects:
// - labelled lists: `责任单位:` (first listed leads), `牵头单位:` / `牵头部门:` (leads, co-leads
//   allowed), `配合单位:` / `协办单位:` / `参与单位:` / `配合部门:` (support); several may share a
//   line (`牵头单位:X;配合单位:Y`);
// - leader labels on a task: `分管领导:` / `分管省领导:` / `分管市领导:` / `责任领导:` / `牵头领导:`;
// - inline assignments at the end of a task's text, in () or [] or 【】: `X牵头,Y、Z配合`,
//   `牵头单位:X;责任单位:Y`, `X、Y按职责分工负责` or `X、Y等负责` (no lead named: all co-lead);
//   the same after `部门分工:` in prose; a labelled list after the task's text on its own line.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/labels.hpp"
#include "parse/lexicon.hpp"
#include "parse/raw_document.hpp"
#include "parse/unit_list.hpp"

namespace respnet {

struct UnitListSegment {
  ListRole role = ListRole::lead_first;
  std::vector<UnitEntry> entries;  ///< columns relative to the line
};

/// A list of units in a column or after a label, a trailing 等 dropped; empty entries dropped.
UnitListSegment read_unit_list(std::u32string_view text, ListRole role, const ReaderLexicon& lexicon);

/// The lists in a table's unit cell: labelled (`牵头单位:X;配合单位:Y`), clauses (`X牵头,Y配合`),
/// or else a plain list in the column's role. Columns count from 1 at text[0].
std::vector<UnitListSegment> read_cell_lists(std::u32string_view text, ListRole role, const ReaderLexicon& lexicon);

/// How a 责任单位 list leads when the task names no 牵头: its first unit (列第一位者为牵头单位,
/// the default), or all of them (the document says 无牵头单位的,责任单位即为牵头单位).
enum class ResponsibleLead : std::uint8_t { first_listed, all_listed };

/// The rule in force for 责任单位 lists and the line that states it (0: none stated).
struct LeadRule {
  ResponsibleLead rule = ResponsibleLead::first_listed;
  std::uint32_t line = 0;
};

/// The roles of a task's lists: 牵头 lists lead and make 责任单位 and 按职责分工负责 lists
/// support; otherwise 按职责分工负责 units all lead; otherwise 责任单位 lists lead as `rule` says,
/// all of them when the task also has a 配合 list. Locations are the entries' own.
std::vector<RawMention> mentions_of(const std::vector<UnitListSegment>& lists, const LeadRule& rule = {});

/// The rule a line states for 责任单位 lists that name no 牵头, with the line's number: all of
/// them lead (无牵头单位的,责任单位即为牵头单位) or the first listed (列第一位者为牵头单位);
/// nullopt when it states none. A rule holds from where it is stated (下同) to the next one;
/// above the first statement, the first one holds.
std::optional<LeadRule> stated_rule_at(std::u32string_view line, std::uint32_t number, const ReaderLexicon& lexicon);

/// What decided the lead of a task with these lists, read as mentions_of reads them: a named
/// lead, a shared lead, or a 责任单位 list read by the rule stated at `rule_line` (0: none
/// stated, the first listed leads by convention, a guess when the list has several units).
TaskReading lead_basis(const std::vector<UnitListSegment>& lists, const LeadRule& rule);

/// True when two or more units share the lead (按职责分工负责) and no 牵头 is named.
bool has_shared_lead(const std::vector<UnitListSegment>& lists, const LeadRule& rule = {});

/// The labelled lists of a line that starts with a unit label; empty otherwise.
std::vector<UnitListSegment> read_labelled_lists(std::u32string_view line, const ReaderLexicon& lexicon);

/// The names after a leader label at the start of the line (`分管领导:张三、李四`, `联系领导:王五`,
/// parse/labels.hpp), else nullopt.
std::optional<std::vector<std::u32string>> read_leader_label(std::u32string_view line, const ReaderLexicon& lexicon);

/// The leaders named in a leader's label or cell, split at 、 , ; 。 / outside brackets, a title
/// alone joined to the name after it (县委常委、常务副县长 张三 is one leader).
std::vector<std::u32string> split_leader_names(std::u32string_view names, const ReaderLexicon& lexicon);

/// True when the line starts with a deadline's label (`完成时限:2024年12月底`).
bool is_deadline_line(std::u32string_view line, const ReaderLexicon& lexicon);

struct InlineAssignment {
  std::vector<UnitListSegment> lists;
  std::size_t begin = 0;  ///< where the bracket (or label) starts in the line
  bool bare = false;      ///< units only, no label or verb: (县发改局), or after the last 。
  std::vector<std::u32string> leaders;  ///< named by a leader's label among the lists: [责任领导:X;牵头单位:…]
};

/// An assignment after `部门分工:`, a labelled list inside the line (`…。责任单位:A、B`), in
/// brackets at the end of the line (roles in words, or a bare list of units: `…。(县发改局)`), or
/// units after the last full stop with nothing between (`…。已完成。县水利局`); nullopt when the
/// text names no units (`(二期)` is part of the task).
std::optional<InlineAssignment> read_inline_assignment(std::u32string_view line, const ReaderLexicon& lexicon);

/// A layout grouped by agency (县发改局(联系领导:周海涛副县长) then its tasks): the agency's line.
struct AgencyHeading {
  std::u32string name;
  std::size_t column = 0;         ///< of the name in the line, from 0
  std::u32string leader;          ///< from 联系领导:X in brackets; empty when none
};

/// The agency a line heads: one unit's name, perhaps after an ordinal (一、), ending in ':' or
/// followed by a leader's label in brackets; nullopt for any other line.
std::optional<AgencyHeading> read_agency_heading(std::u32string_view line, const ReaderLexicon& lexicon);

/// Under an agency: `牵头任务:` (lead) or `配合任务:` (support) says the role of the tasks below.
std::optional<Role> read_agency_role_line(std::u32string_view line, const ReaderLexicon& lexicon);

/// Under an agency: the mark closing a task, `(牵头)`, `(配合)`, `(牵头,X配合)`, `(配合,X牵头)`:
/// the agency's role and the other units named.
struct AgencyMark {
  Role role = Role::lead;
  std::vector<UnitListSegment> others;
  std::size_t begin = 0;  ///< where the bracket starts in the text
};
std::optional<AgencyMark> read_agency_mark(std::u32string_view text, const ReaderLexicon& lexicon);

}  // namespace respnet
