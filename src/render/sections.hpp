#pragma once
// A command's output: named tables written as one JSON document or one after another.
#include <string>
#include <vector>

#include "render/data_table.hpp"

namespace respnet {

struct TableSection {
  std::string key;    ///< JSON key and --table name: "units"
  std::string title;  ///< heading for people: "Units"
  DataTable table;
};

struct SectionsWriteOptions {
  TableFormat format = TableFormat::table;
  std::string table;  ///< only this section ("" = all; CSV writes the first when none is chosen)
  TableWriteOptions table_options;
};

/// JSON: {"schema", "source", <header fields>, <key>: rows, ...}. Table and Markdown: each
/// section under its title. CSV: one section.
std::string write_sections(const std::string& schema, const std::string& source,
                           const nlohmann::ordered_json& header,
                           const std::vector<TableSection>& sections,
                           const SectionsWriteOptions& options);

/// The section keys, for option validation and messages.
std::vector<std::string> section_keys(const std::vector<TableSection>& sections);

}  // namespace respnet
