#include "parse/config.hpp"

#include <toml++/toml.h>

#include "parse/encoding.hpp"

namespace respnet {
namespace {

SourceLocation location_of(const toml::source_region& region) {
  return {static_cast<std::uint32_t>(region.begin.line), static_cast<std::uint32_t>(region.begin.column)};
}

class ConfigReader {
 public:
  ConfigReader(std::string_view source, Diagnostics& diagnostics) : m_source(source), m_diagnostics(diagnostics) {}

  DocumentConfig read(const toml::table& root) {
    DocumentConfig c;
    if (const toml::table* aliases = root["aliases"].as_table()) {
      for (const auto& [key, value] : *aliases) {
        if (const auto unit = string_of(value, "an alias maps to one unit name")) {
          c.aliases.emplace_back(std::string(key.str()), *unit);
        }
      }
    }
    if (const toml::table* groups = root["groups"].as_table()) {
      for (const auto& [key, value] : *groups) {
        c.groups.emplace_back(std::string(key.str()), strings_of(value, "a group maps to a list of unit names"));
      }
    }
    if (const toml::table* titles = root["titles"].as_table()) {
      if (const toml::node* extra = titles->get("extra")) c.titles = strings_of(*extra, "titles.extra is a list of titles");
    }
    if (const toml::table* load = root["load"].as_table()) {
      c.lead_weight = number_of(load->get("lead_weight"));
      c.size_weight = number_of(load->get("size_weight"));
      c.support_weight = number_of(load->get("support_weight"));
      c.threshold = number_of(load->get("threshold"));
    }
    return c;
  }

 private:
  void error(const toml::node& node, const std::string& message) {
    m_diagnostics.push_back({Severity::error, std::string(m_source), location_of(node.source()), message});
  }

  std::optional<std::string> string_of(const toml::node& node, const std::string& expected) {
    if (const auto text = node.value<std::string>()) return text;
    error(node, "expected a string: " + expected + ".");
    return std::nullopt;
  }

  std::vector<std::string> strings_of(const toml::node& node, const std::string& expected) {
    std::vector<std::string> out;
    const toml::array* array = node.as_array();
    if (!array) {
      error(node, "expected a list of strings: " + expected + ".");
      return out;
    }
    for (const toml::node& item : *array) {
      if (const auto text = string_of(item, expected)) out.push_back(*text);
    }
    return out;
  }

  std::optional<double> number_of(const toml::node* node) {
    if (!node) return std::nullopt;
    if (const auto value = node->value<double>()) return value;
    error(*node, "expected a number.");
    return std::nullopt;
  }

  std::string_view m_source;
  Diagnostics& m_diagnostics;
};

}  // namespace

ConfigResult read_config(std::string_view bytes, std::string_view source_name) {
  ConfigResult result;
  // Offices save TOML files in GBK as readily as their documents: read them alike.
  const DecodedDocument decoded = decode_document(bytes);
  if (decoded.error_offset) {
    result.diagnostics.push_back(
        {Severity::error, std::string(source_name), locate_byte(bytes, *decoded.error_offset), decoded.error});
    return result;
  }
  toml::table root;
  try {
    root = toml::parse(decoded.text, source_name);
  } catch (const toml::parse_error& e) {
    result.diagnostics.push_back({Severity::error, std::string(source_name), location_of(e.source()),
                                  "invalid TOML: " + std::string(e.description()) + "."});
    return result;
  }
  result.config = ConfigReader(source_name, result.diagnostics).read(root);
  return result;
}

}  // namespace respnet
