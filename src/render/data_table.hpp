#pragma once
// A table of typed cells, written as a terminal table, CSV, Markdown or JSON.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace respnet {

/// Empty (null), a flag, a count, a figure, or text.
using Cell = std::variant<std::monostate, bool, std::int64_t, double, std::string>;

struct DataTable {
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;

  /// The column's position; throws std::out_of_range for an unknown name.
  std::size_t column(const std::string& name) const;
};

enum class TableFormat : std::uint8_t { table, csv, md, json };

struct TableWriteOptions {
  bool excel_bom = false;  ///< CSV only: a UTF-8 BOM so that spreadsheet programs read Chinese
};

/// Terminal: aligned by display width, figures with 4 decimals. CSV: RFC 4180, figures exact.
/// Markdown: a pipe table. JSON: an array of objects, figures exact, NaN as null.
std::string write_data_table(const DataTable& table, TableFormat format,
                             const TableWriteOptions& options = {});

/// The rows as a JSON array of objects keyed by column.
nlohmann::ordered_json table_to_json(const DataTable& table);

/// table_to_json(table).dump(2), nested `depth` levels deep, appended without building the
/// document: a large table's JSON costs its text, not a tree of values.
void append_table_json(const DataTable& table, std::size_t depth, std::string& out);

/// value.dump(2), nested `depth` levels deep, appended.
void append_json(const nlohmann::ordered_json& value, std::size_t depth, std::string& out);

/// The same table with only the given rows, in that order.
DataTable select_rows(const DataTable& table, const std::vector<std::size_t>& rows);

/// A cell as a number for ranking: NaN for null and text.
double numeric_value(const Cell& cell);

}  // namespace respnet
