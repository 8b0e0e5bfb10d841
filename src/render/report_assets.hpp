#pragma once
// The report's stylesheet and script, inlined into report.html.
namespace respnet::report_assets {

inline constexpr const char* k_css = R"CSS(
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 0; color: #222; background: #fafafa; }
header { background: #3b5b92; color: white; padding: 18px 32px; }
header h1 { margin: 0 0 6px 0; font-size: 26px; }
nav a { color: #dfe8f7; margin-right: 16px; text-decoration: none; font-size: 15px; }
main { padding: 8px 32px 40px 32px; max-width: 1400px; }
section { background: white; border: 1px solid #e2e2e2; border-radius: 6px; padding: 8px 20px 16px 20px; margin: 18px 0; }
h2 { border-bottom: 2px solid #3b5b92; padding-bottom: 4px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: 10px 16px; min-width: 120px; background: #f6f8fb; }
.card .value { font-size: 28px; font-weight: bold; color: #3b5b92; }
table { border-collapse: collapse; font-size: 13px; margin: 8px 0; }
th, td { border: 1px solid #ddd; padding: 3px 7px; text-align: left; vertical-align: top; }
th { background: #eef2f8; position: sticky; top: 0; }
th.sortable { cursor: pointer; }
th.sortable:after { content: " ⇅"; color: #999; }
th.asc:after { content: " ▲"; color: #3b5b92; }
th.desc:after { content: " ▼"; color: #3b5b92; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
#units-table td, #overload-table td, #diff-units-table td { white-space: nowrap; }
tr.overloaded td:first-child, tr.overloaded td.name { color: #b00000; font-weight: bold; }
.scroll { max-height: 560px; overflow: auto; border: 1px solid #eee; }
.diagram { overflow: auto; border: 1px solid #eee; margin: 8px 0; background: white; }
.diagram svg { max-width: 100%; height: auto; }
.cluster { border-left: 6px solid #ccc; padding: 4px 12px; margin: 10px 0; }
.why { color: #555; }
.note { color: #666; font-size: 13px; }
input#unit-filter { font-size: 15px; padding: 4px 8px; width: 280px; }
@media print { header { background: white; color: black; } nav, input#unit-filter { display: none; } .scroll { max-height: none; } }
)CSS";

inline constexpr const char* k_script = R"JS(
(function () {
  function cellValue(row, index) {
    var cell = row.cells[index];
    var raw = cell.getAttribute('data-value');
    var text = raw !== null ? raw : cell.textContent;
    var number = parseFloat(text);
    return isNaN(number) || text.trim() === '' ? text : number;
  }
  function sortTable(table, index, header) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var ascending = !header.classList.contains('asc');
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.classList.remove('asc', 'desc'); });
    header.classList.add(ascending ? 'asc' : 'desc');
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      var order = (typeof x === 'number' && typeof y === 'number') ? x - y : String(x).localeCompare(String(y), 'zh');
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      th.classList.add('sortable');
      th.addEventListener('click', function () { sortTable(table, index, th); });
    });
  });
  var filter = document.getElementById('unit-filter');
  if (filter) {
    filter.addEventListener('input', function () {
      var needle = filter.value.trim();
      document.querySelectorAll('#units-table tbody tr').forEach(function (row) {
        row.style.display = row.cells[0].textContent.indexOf(needle) >= 0 ? '' : 'none';
      });
    });
  }
})();
)JS";

}  // namespace respnet::report_assets
