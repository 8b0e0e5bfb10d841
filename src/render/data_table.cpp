#include "render/data_table.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "render/number_format.hpp"
#include "render/text_table.hpp"

namespace respnet {
namespace {

struct CellText {
  bool exact;
  std::string operator()(std::monostate) const { return exact ? "" : "-"; }
  std::string operator()(bool b) const { return b ? "true" : "false"; }
  std::string operator()(std::int64_t n) const { return std::to_string(n); }
  std::string operator()(double d) const { return exact ? format_exact(d) : format_fixed(d); }
  std::string operator()(const std::string& s) const { return s; }
};

std::string cell_text(const Cell& cell, bool exact) { return std::visit(CellText{exact}, cell); }

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string markdown_field(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

std::string write_csv(const DataTable& table, const TableWriteOptions& options) {
  std::string out = options.excel_bom ? "\xEF\xBB\xBF" : "";
  auto line = [&](const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) out += ',';
      out += csv_field(fields[i]);
    }
    out += "\r\n";
  };
  line(table.columns);
  for (const auto& row : table.rows) {
    std::vector<std::string> fields;
    for (const Cell& c : row) fields.push_back(cell_text(c, true));
    line(fields);
  }
  return out;
}

// A column is numeric (right-aligned) when any of its cells holds a number.
bool is_numeric_column(const DataTable& table, std::size_t column) {
  for (const auto& row : table.rows) {
    if (std::holds_alternative<double>(row[column]) || std::holds_alternative<std::int64_t>(row[column])) {
      return true;
    }
  }
  return false;
}

std::string write_markdown(const DataTable& table) {
  std::string out = "|";
  for (const auto& c : table.columns) out += ' ' + markdown_field(c) + " |";
  out += "\n|";
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    out += is_numeric_column(table, c) ? " ---: |" : " --- |";
  }
  out += '\n';
  for (const auto& row : table.rows) {
    out += '|';
    for (const Cell& c : row) out += ' ' + markdown_field(cell_text(c, false)) + " |";
    out += '\n';
  }
  return out;
}

std::string write_terminal(const DataTable& table) {
  TextTable text{table.columns, {}, {}};
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    text.align.push_back(is_numeric_column(table, c) ? Align::right : Align::left);
  }
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    for (const Cell& c : row) cells.push_back(cell_text(c, false));
    text.rows.push_back(std::move(cells));
  }
  return format_table(text);
}

}  // namespace

std::size_t DataTable::column(const std::string& name) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] == name) return i;
  }
  throw std::out_of_range("no column " + name);
}

namespace {

nlohmann::ordered_json cell_json(const Cell& c) {
  if (const auto* b = std::get_if<bool>(&c)) return *b;
  if (const auto* n = std::get_if<std::int64_t>(&c)) return *n;
  if (const auto* d = std::get_if<double>(&c)) return std::isnan(*d) ? nlohmann::ordered_json() : nlohmann::ordered_json(*d);
  if (const auto* s = std::get_if<std::string>(&c)) return *s;
  return {};
}

}  // namespace

nlohmann::ordered_json table_to_json(const DataTable& table) {
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const auto& row : table.rows) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < row.size(); ++i) object[table.columns[i]] = cell_json(row[i]);
    rows.push_back(std::move(object));
  }
  return rows;
}

void append_json(const nlohmann::ordered_json& value, std::size_t depth, std::string& out) {
  const std::string text = value.dump(2);
  const std::string indent(2 * depth, ' ');
  for (const char c : text) {
    out += c;
    if (c == '\n') out += indent;
  }
}

void append_table_json(const DataTable& table, std::size_t depth, std::string& out) {
  if (table.rows.empty()) {
    out += "[]";
    return;
  }
  std::vector<std::string> keys;
  for (const std::string& column : table.columns) keys.push_back(nlohmann::ordered_json(column).dump() + ": ");
  const std::string row_indent(2 * (depth + 1), ' ');
  const std::string field_indent(2 * (depth + 2), ' ');
  out += "[\n";
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    out += row_indent;
    if (row.empty()) {
      out += "{}";
    } else {
      out += "{\n";
      for (std::size_t i = 0; i < row.size(); ++i) {
        out += field_indent;
        out += keys[i];
        out += cell_json(row[i]).dump();
        out += i + 1 < row.size() ? ",\n" : "\n";
      }
      out += row_indent + "}";
    }
    out += r + 1 < table.rows.size() ? ",\n" : "\n";
  }
  out += std::string(2 * depth, ' ') + "]";
}

std::string write_data_table(const DataTable& table, TableFormat format, const TableWriteOptions& options) {
  switch (format) {
    case TableFormat::csv: return write_csv(table, options);
    case TableFormat::md: return write_markdown(table);
    case TableFormat::json: {
      std::string out;
      append_table_json(table, 0, out);
      return out + '\n';
    }
    case TableFormat::table: break;
  }
  return write_terminal(table);
}

DataTable select_rows(const DataTable& table, const std::vector<std::size_t>& rows) {
  DataTable out{table.columns, {}};
  for (const std::size_t r : rows) out.rows.push_back(table.rows[r]);
  return out;
}

double numeric_value(const Cell& cell) {
  if (const auto* n = std::get_if<std::int64_t>(&cell)) return static_cast<double>(*n);
  if (const auto* d = std::get_if<double>(&cell)) return *d;
  if (const auto* b = std::get_if<bool>(&cell)) return *b ? 1.0 : 0.0;
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace respnet
