#pragma once
// The document's configuration file (TOML, read with toml++): names the text cannot tell.
//   [aliases]  "市大数据局" = "市府办"            names that denote the same unit
//   [groups]   "各县(区)政府" = ["定海区政府", …]  members of group entries (--groups expand)
//   [titles]   extra = ["巡视员"]                 more leader titles for section headings
//   [load]     lead_weight, size_weight, support_weight, threshold
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/diagnostic.hpp"

namespace respnet {

struct DocumentConfig {
  std::vector<std::pair<std::string, std::string>> aliases;  ///< (alias, unit)
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;
  std::vector<std::string> titles;
  std::optional<double> lead_weight;
  std::optional<double> size_weight;
  std::optional<double> support_weight;
  std::optional<double> threshold;
};

struct ConfigResult {
  DocumentConfig config;
  Diagnostics diagnostics;  ///< syntax errors and misplaced values, with their line
};

/// Reads a configuration file's bytes (UTF-8, UTF-16 or GB18030, as documents:
/// parse/encoding.hpp); source_name is used in diagnostics.
ConfigResult read_config(std::string_view bytes, std::string_view source_name);

}  // namespace respnet
