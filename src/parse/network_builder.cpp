#include "parse/network_builder.hpp"

#include <algorithm>
#include <unordered_map>

#include "model/utf8.hpp"
#include "parse/unit_list.hpp"

namespace respnet {
namespace {

class UnitTable {
 public:
  UnitTable(const RawDocument& raw, const ReaderLexicon& lexicon, const DocumentConfig& config)
      : m_lexicon(lexicon), m_config(config) {
    for (const auto& [alias, unit] : config.aliases) m_alias_of.try_emplace(decode_utf8(alias).text, decode_utf8(unit).text);
    for (const RawTask& task : raw.tasks) {
      for (const RawMention& m : task.mentions) {
        if (!m.alias.empty()) m_alias_of.try_emplace(m.alias, m.name);
      }
    }
  }

  UnitId intern(const RawMention& mention, Network& network) {
    const auto alias = m_alias_of.find(mention.name);
    const std::u32string& name = alias == m_alias_of.end() ? mention.name : alias->second;
    auto [it, inserted] = m_ids.try_emplace(name, id_at<UnitId>(network.units.size()));
    if (inserted) {
      network.units.push_back(Unit{encode_utf8(name),
                                   is_group_name(name, m_lexicon) ? UnitKind::group : UnitKind::unit,
                                   {}, mention.location, {}});
      for (const auto& [group, members] : m_config.groups) {
        if (group == network.units.back().name) network.units.back().members = members;
      }
    }
    Unit& unit = network.units[index_of(it->second)];
    if (!mention.alias.empty()) add_alias(unit, encode_utf8(mention.alias));
    if (name != mention.name) add_alias(unit, encode_utf8(mention.name));
    return it->second;
  }

 private:
  static void add_alias(Unit& unit, std::string alias) {
    if (std::find(unit.aliases.begin(), unit.aliases.end(), alias) == unit.aliases.end()) {
      unit.aliases.push_back(std::move(alias));
    }
  }

  const ReaderLexicon& m_lexicon;
  const DocumentConfig& m_config;
  std::unordered_map<std::u32string, std::u32string> m_alias_of;
  std::unordered_map<std::u32string, UnitId> m_ids;
};

}  // namespace

Network build_network(const RawDocument& raw, const std::vector<std::string>& sources, const ReaderLexicon& lexicon,
                      const DocumentConfig& config, Diagnostics& diagnostics) {
  Network network;
  for (const std::string& source : sources) network.source += (network.source.empty() ? "" : " + ") + source;
  network.sources = sources;
  network.leaders = raw.leaders;
  UnitTable units(raw, lexicon, config);
  for (const RawTask& raw_task : raw.tasks) {
    const TaskId task_id = id_at<TaskId>(network.tasks.size());
    std::optional<LeaderId> leader;
    if (raw_task.leader) leader = id_at<LeaderId>(*raw_task.leader);
    TaskReading reading = raw_task.reading;
    reading.first_line = raw_task.location.line;
    reading.last_line = raw_task.location.line;
    for (const RawMention& m : raw_task.mentions) reading.last_line = std::max(reading.last_line, m.location.line);
    network.tasks.push_back(Task{raw_task.id, leader, raw_task.number, encode_utf8(raw_task.text), raw_task.location,
                                 raw_task.shared_lead, reading});
    std::vector<UnitId> seen;
    for (const RawMention& mention : raw_task.mentions) {
      const UnitId unit = units.intern(mention, network);
      if (std::find(seen.begin(), seen.end(), unit) != seen.end()) {
        diagnostics.push_back({Severity::warning, network.source_of(mention.location), mention.location,
                               "'" + network.unit(unit).name + "' is listed twice on task " +
                                   raw_task.id + "; it is kept once, at its first place."});
        continue;
      }
      seen.push_back(unit);
      network.assignments.push_back(Assignment{task_id, unit, mention.role, mention.location});
    }
  }
  std::vector<bool> has_task(network.leaders.size(), false);
  for (const Task& t : network.tasks) {
    if (t.leader) has_task[index_of(*t.leader)] = true;
  }
  for (std::size_t l = 0; l < network.leaders.size(); ++l) {
    if (has_task[l]) continue;
    const Leader& leader = network.leaders[l];
    diagnostics.push_back({Severity::warning, network.source_of(leader.location), leader.location,
                           "the section of " + leader.name + " has no tasks: expected numbered tasks under its heading."});
  }
  return network;
}

}  // namespace respnet
