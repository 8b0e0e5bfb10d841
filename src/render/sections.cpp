#include "render/sections.hpp"

#include "render/network_json.hpp"

namespace respnet {

std::vector<std::string> section_keys(const std::vector<TableSection>& sections) {
  std::vector<std::string> keys;
  for (const TableSection& s : sections) keys.push_back(s.key);
  return keys;
}

std::string write_sections(const std::string& schema, const std::string& source,
                           const nlohmann::ordered_json& header,
                           const std::vector<TableSection>& sections,
                           const SectionsWriteOptions& options) {
  std::vector<const TableSection*> chosen;
  for (const TableSection& s : sections) {
    if (options.table.empty() || s.key == options.table) chosen.push_back(&s);
  }
  if (options.format == TableFormat::json) {
    nlohmann::ordered_json head = {{"schema", schema}, {"source", document_name(source)}};
    for (const auto& [key, value] : header.items()) head[key] = value;
    std::string out = "{";
    const char* separator = "\n  ";
    for (const auto& [key, value] : head.items()) {
      out += separator + nlohmann::ordered_json(key).dump() + ": ";
      append_json(value, 1, out);
      separator = ",\n  ";
    }
    for (const TableSection* s : chosen) {
      out += separator + nlohmann::ordered_json(s->key).dump() + ": ";
      append_table_json(s->table, 1, out);
    }
    return out + "\n}\n";
  }
  if (options.format == TableFormat::csv) {
    return chosen.empty() ? "" : write_data_table(chosen.front()->table, options.format, options.table_options);
  }
  std::string out;
  for (const TableSection* s : chosen) {
    if (!out.empty()) out += '\n';
    if (chosen.size() > 1 || options.format == TableFormat::md) {
      out += options.format == TableFormat::md ? "## " + s->title + "\n\n" : s->title + "\n";
    }
    out += write_data_table(s->table, options.format, options.table_options);
  }
  return out;
}

}  // namespace respnet
