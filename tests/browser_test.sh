#!/usr/bin/env bash
# Opens the bundled document's report.html in headless Chromium with JavaScript on: no console
# errors, the overload table lists 市发改委, clicking a column header reorders the rows (also in the
# year-over-year tables of a report with --compare), and a
# screenshot is taken (WORKDIR/report.png). Exit 77 (skipped) when Chromium is not installed.
# Usage: tests/browser_test.sh RESPNET WORKDIR
set -euo pipefail
exe=$1
work=$2
chromium=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$chromium" ]]; then
  echo "SKIPPED: chromium is not installed (scripts/deps --test installs it when run as root)"
  exit 77
fi
rm -rf "$work"
mkdir -p "$work"
"$exe" report --quiet -o "$work/pack" >/dev/null
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$work/profile" --allow-file-access-from-files
       --enable-logging=stderr --v=0)
fail() { echo "FAILED: $*"; exit 1; }

# 1. The report alone: console messages go to stderr; a screenshot for people to look at.
"$chromium" "${flags[@]}" --window-size=1400,2600 --virtual-time-budget=4000 \
  --screenshot="$work/report.png" "file://$work/pack/report.html" 2>"$work/console.log" >/dev/null || true
[[ -s "$work/report.png" ]] || fail "no screenshot was taken"
if grep -E 'CONSOLE|Uncaught' "$work/console.log" | grep -Eiq 'error|uncaught'; then
  grep -E 'CONSOLE|Uncaught' "$work/console.log"
  fail "the report logged errors in the browser console"
fi

# 2. A harness page drives the report in a frame: the overload table, then sorting.
cat >"$work/harness.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><pre id="result">pending</pre>
<iframe id="report" src="pack/report.html" width="1200" height="800"></iframe>
<script>
document.getElementById('report').addEventListener('load', function () {
  var doc = this.contentDocument, out = [];
  var overload = doc.querySelector('#overload-table');
  out.push('overload=' + (overload !== null && overload.textContent.indexOf('市发改委') >= 0));
  var table = doc.querySelector('#units-table');
  var first = function () { return table.tBodies[0].rows[0].cells[0].textContent; };
  var header = Array.prototype.filter.call(table.tHead.rows[0].cells,
                                           function (th) { return th.textContent === 'tasks'; })[0];
  out.push('before=' + first());
  header.click();
  out.push('ascending=' + first());
  header.click();
  out.push('descending=' + first());
  document.getElementById('result').textContent = out.join('\n');
});
</script></body></html>
HTML
dom=$("$chromium" "${flags[@]}" --virtual-time-budget=4000 --dump-dom "file://$work/harness.html" 2>/dev/null)
result=$(sed -n '/<pre id="result">/,/<\/pre>/p' <<<"$dom")
echo "$result"
grep -q 'overload=true' <<<"$result" || fail "the overload table does not list 市发改委"
grep -q 'before=市财政局' <<<"$result" || fail "the units table does not start in document order"
grep -q 'descending=各县(区)政府' <<<"$result" || fail "sorting by tasks (descending) did not put 各县(区)政府 first"
grep -q 'ascending=市财政局' <<<"$result" && fail "sorting by tasks (ascending) did not reorder the rows"

# 3. A report with a year-over-year section: no console errors, and its tables sort too.
data=$(cd "$(dirname "$0")/data" && pwd)
"$exe" report "$data/diff-2024.txt" --compare "$data/diff-2023.txt" --quiet -o "$work/compare" >/dev/null
sed -e 's|pack/report.html|compare/report.html|' -e 's|#units-table|#diff-units-table|' \
    -e "s|=== 'tasks'|=== 'load_change'|" "$work/harness.html" >"$work/compare.html"
dom=$("$chromium" "${flags[@]}" --virtual-time-budget=4000 --dump-dom "file://$work/compare.html" 2>"$work/compare.log")
if grep -E 'CONSOLE|Uncaught' "$work/compare.log" | grep -Eiq 'error|uncaught'; then
  fail "the report with --compare logged errors in the browser console"
fi
result=$(sed -n '/<pre id="result">/,/<\/pre>/p' <<<"$dom")
echo "$result"
grep -q 'before=市发改委' <<<"$result" || fail "the diff units table does not start with the largest load gain"
grep -q 'ascending=市住建局' <<<"$result" || fail "sorting the diff units table by load_change did not put the largest loss first"
echo "browser test passed; screenshot: $work/report.png"
