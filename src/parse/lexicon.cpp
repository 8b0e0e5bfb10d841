#include "parse/lexicon.hpp"

#include <algorithm>
#include <string>

namespace respnet {

namespace {

// 牵头, 主抓, 分管, …: the verbs of a leader's section heading.
std::vector<std::u32string> section_verbs() { return {U"牵头负责", U"牵头", U"主抓", U"分管", U"负责"}; }

// 重点工作, 事项, …: the work a leader's section heading says the leader has.
std::vector<std::u32string> section_works() {
  return {U"重点工作", U"重点任务", U"工作任务", U"工作", U"重点事项", U"事项"};
}

// 牵头重点工作, 主抓的重点工作, 分管的重点任务, 牵头负责的工作, …
std::vector<std::u32string> section_suffixes() {
  std::vector<std::u32string> out;
  for (const std::u32string& verb : section_verbs()) {
    for (const char32_t* of : {U"", U"的"}) {
      for (const std::u32string& work : section_works()) out.push_back(verb + of + work);
    }
  }
  return out;
}

}  // namespace

const ReaderLexicon& default_lexicon() {
  static const ReaderLexicon lexicon{
      .section_verbs = section_verbs(),
      .section_works = section_works(),
      .section_suffixes = section_suffixes(),
      .leader_honorifics = {U"同志"},
      .leader_words = {U"领导"},
      .attachment_words = {U"附件"},
      .leader_titles = {U"市长", U"常务副市长", U"副市长", U"县长", U"常务副县长", U"副县长",
                        U"区长", U"常务副区长", U"副区长", U"省长", U"常务副省长", U"副省长",
                        U"州长", U"副州长", U"旗长", U"副旗长", U"主席", U"副主席",
                        U"常委", U"秘书长", U"副秘书长", U"总规划师", U"总经济师", U"总工程师",
                        U"党组成员", U"市长助理", U"县长助理", U"区长助理", U"主任", U"副主任",
                        U"总理", U"副总理", U"国务委员", U"县委常委", U"市委常委", U"区委常委",
                        U"党组副书记", U"党组书记", U"部长", U"副书记", U"书记"},
      .leader_qualifiers = {U"挂职", U"市政府", U"县政府", U"区政府", U"省政府", U"州政府", U"市委", U"县委", U"区委",
                            U"人民政府", U"代", U"女"},
      .group_prefixes = {U"各"},
      .group_suffixes = {U"成员单位"},
      .group_infixes = {U"直属各单位", U"各部队"},
      .group_names = {U"功能区管委会"},
      .alias_suffixes = {U"局", U"委", U"办", U"厅", U"部", U"室", U"院", U"会", U"中心",
                         U"处", U"署", U"站", U"队", U"所", U"公司", U"集团", U"政府", U"行",
                         U"社", U"馆", U"校", U"台", U"组"},
      .name_endings = {U"局", U"委", U"办", U"厅", U"部", U"室", U"院", U"中心", U"署", U"站", U"队",
                       U"公司", U"集团", U"政府", U"管委会", U"委员会", U"区", U"县", U"镇", U"乡",
                       U"街道", U"单位", U"部门", U"支队", U"分局", U"会", U"处", U"所", U"行", U"社",
                       U"馆", U"校", U"台", U"组", U"海关", U"法院", U"总队", U"市", U"州", U"旗"},
      .level_prefixes = {U"省", U"市", U"州", U"县", U"区", U"旗", U"盟", U"镇", U"乡"},
      .level_prefix_exceptions = {U"市场"},
      .agency_endings = {U"局", U"委", U"办", U"厅", U"部"},
      .progress_labels = {U"进展情况", U"工作进展", U"推进情况", U"完成情况", U"落实情况", U"进度情况",
                          U"目前进展", U"进展", U"工作举措及进展"},
      .note_markers = {U"牵头", U"汇总", U"下同", U"简称", U"以下", U"含", U"配合", U":"},
      .task_verbs = {U"推进", U"加快", U"加强", U"实施", U"开展", U"深化", U"完善", U"提升", U"打造", U"推动",
                     U"建设", U"建立", U"健全", U"落实", U"强化", U"促进", U"做好", U"抓好", U"全面", U"持续",
                     U"积极", U"大力", U"坚持", U"支持", U"培育", U"扩大", U"优化", U"保障", U"确保", U"力争",
                     U"争取", U"新建", U"改造", U"启动", U"完成", U"实现", U"组织", U"继续", U"着力", U"严格",
                     U"切实", U"探索", U"创新", U"安排", U"提高", U"降低", U"增加", U"办好", U"创建", U"筹办", U"建成", U"新增", U"开通", U"引进", U"举办"},
      .page_chrome = {U"打印本页", U"关闭窗口", U"返回顶部", U"打印", U"关闭", U"分享到", U"扫一扫", U"收藏",
                      U"字号", U"大", U"中", U"小", U"默认", U"本页", U"在手机上打开", U"返回", U"顶部"},
      .label_lead_words = {U"牵头", U"主办", U"主责", U"主要", U"主管"},
      .label_support_words = {U"配合", U"协办", U"协同", U"参与", U"参加", U"协作", U"协助", U"其他", U"其它", U"相关"},
      .label_plain_words = {U"责任", U"负责", U"承办", U"落实", U"实施", U"分管", U"联系", U"具体", U"完成",
                            U"工作", U"包保", U"挂钩", U"进度"},
      .label_unit_nouns = {U"单位", U"部门", U"科室", U"处室", U"主体", U"机构"},
      .label_leader_nouns = {U"领导", U"市领导", U"省领导", U"县领导", U"区领导", U"领导同志"},
      .label_deadline_nouns = {U"时限", U"时间", U"期限", U"节点", U"时间节点", U"要求"},
      .prose_labels = {U"部门分工", U"责任分工", U"分工"},
      .clause_verbs = {{U"主办", ListRole::lead},         {U"主责", ListRole::lead},         {U"共同牵头", ListRole::lead},
                       {U"牵头负责", ListRole::lead},     {U"按职责分工负责", ListRole::shared},
                       {U"按职责负责", ListRole::shared}, {U"分别负责", ListRole::shared},   {U"负责落实", ListRole::shared},
                       {U"配合落实", ListRole::support},  {U"负责", ListRole::shared},       {U"牵头", ListRole::lead},
                       {U"配合", ListRole::support},      {U"参与", ListRole::support},      {U"协助", ListRole::support},
                       {U"协办", ListRole::support},      {U"协同", ListRole::support},      {U"指导", ListRole::support},
                       {U"参加", ListRole::support},      {U"落实", ListRole::support}},
      .partner_words = {U"会同"},
      .etc_words = {U"等"},
      .other_unit_words = {U"相关单位", U"有关单位", U"相关部门", U"有关部门", U"部门", U"单位"},
      .rule_first_words = {U"第一", U"首位"},
      .rule_copulas = {U"为"},
      .rule_all_words = {U"即为牵头", U"均为牵头", U"都是牵头", U"责任单位为牵头单位"},
      .agency_task_nouns = {U"任务", U"事项", U"工作"},
      .lead_mark_words = {U"牵头"},
      .support_mark_words = {U"配合"},
      .lead_marks = {U"(牵头)", U"(牵头单位)"},
      .co_lead_marks = {U"共同牵头)", U"双牵头)"},
      .conjunctions = {U"以及", U"和", U"及", U"与"},
      .government_words = {U"政府", U"人民政府"},
      .level_piece_words = {U"县", U"市", U"区", U"乡", U"镇", U"旗"},
      .leader_role_prefixes = {U"分管", U"协管"},
      .deadline_words = {U"完成", U"坚持", U"年底", U"月底", U"季度", U"长期", U"持续", U"上半年", U"下半年"},
      .placeholders = {U"无"},
      .ditto_words = {U"同上"},
      .column_number_words = {U"序号", U"编号", U"序", U"项次"},
      .column_unread_words = {U"时限", U"时间", U"期限", U"节点", U"备注", U"来源", U"类型", U"类别", U"文号", U"依据"},
      .column_higher_level_prefixes = {U"省", U"国家", U"中央", U"上级"},
      .column_lead_words = {U"牵头", U"主办", U"主责"},
      .column_support_words = {U"配合", U"协办", U"参与", U"协作", U"协同"},
      .column_unit_words = {U"责任单位", U"责任部门", U"责任主体", U"承办单位", U"实施单位"},
      .column_progress_words = {U"进展", U"完成情况", U"推进情况", U"落实情况", U"进度"},
      .column_task_words = {U"任务", U"工作", U"内容", U"事项", U"举措", U"措施", U"目标"},
  };
  return lexicon;
}

bool contains_word(std::u32string_view text, const std::vector<std::u32string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::u32string& w) { return text.find(w) != text.npos; });
}

bool starts_with_word(std::u32string_view text, const std::vector<std::u32string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::u32string& w) { return text.starts_with(w); });
}

bool ends_with_word(std::u32string_view text, const std::vector<std::u32string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::u32string& w) { return text.ends_with(w); });
}

bool is_word(std::u32string_view text, const std::vector<std::u32string>& words) {
  return std::find(words.begin(), words.end(), text) != words.end();
}

}  // namespace respnet
