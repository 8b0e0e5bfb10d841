# CLI smoke tests: exit codes and messages, through the real executable.
# run_cli.cmake runs one command and checks its exit code and what stderr/stdout contain.
function(respnet_cli_test name)
  cmake_parse_arguments(T "" "EXIT;STDERR;STDOUT;WORKDIR" "ARGS" ${ARGN})
  add_test(NAME cli_${name}
    COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:respnet> "-DARGS=${T_ARGS}"
            -DEXIT=${T_EXIT} "-DSTDERR=${T_STDERR}" "-DSTDOUT=${T_STDOUT}"
            -DWORKDIR=${CMAKE_CURRENT_SOURCE_DIR}/tests/data
            -P ${CMAKE_CURRENT_SOURCE_DIR}/tests/run_cli.cmake)
endfunction()

respnet_cli_test(help ARGS --help EXIT 0 STDOUT "Subcommands:")
respnet_cli_test(no_command ARGS "" EXIT 106 STDERR "A subcommand is required")
respnet_cli_test(parse_bundled ARGS parse EXIT 0
  STDOUT "zhoushan-2022.txt: 9 leaders, 121 tasks, 109 units (13 groups, 3 with aliases)")
respnet_cli_test(parse_json ARGS parse$<SEMICOLON>--format$<SEMICOLON>json EXIT 0
  STDOUT "\"schema\": \"respnet.network/1\"")
respnet_cli_test(parse_explain ARGS parse$<SEMICOLON>--explain EXIT 0
  STDOUT "任务 1.1（zhoushan-2022.txt 第 10–11 行）牵头：市财政局；配合：市税务局、各县(区)政府、功能区管委会\n  依据：责任单位按第 11 行所述规则确定牵头单位")
respnet_cli_test(missing_file ARGS parse$<SEMICOLON>no-such-file.txt EXIT 2
  STDERR "respnet: error: cannot read 'no-such-file.txt': No such file or directory")
respnet_cli_test(empty_file ARGS parse$<SEMICOLON>empty.txt EXIT 1
  STDERR "empty.txt:1:1: error: the document is empty: expected a responsibility breakdown.")
respnet_cli_test(bad_format ARGS parse$<SEMICOLON>--format$<SEMICOLON>xml EXIT 105
  STDERR "--format: xml not in {json,text}")
respnet_cli_test(output_in_missing_dir ARGS parse$<SEMICOLON>-o$<SEMICOLON>no/such/dir/out.json EXIT 2
  STDERR "respnet: error: cannot write 'no/such/dir/out.json': No such file or directory")
respnet_cli_test(overload_bundled ARGS overload EXIT 0
  STDOUT "市发改委")
respnet_cli_test(metrics_json ARGS metrics$<SEMICOLON>--format$<SEMICOLON>json EXIT 0
  STDOUT "\"schema\": \"respnet.metrics/1\"")
respnet_cli_test(rank_unknown_field ARGS rank$<SEMICOLON>--by$<SEMICOLON>size EXIT 105
  STDERR "--by: size not in {")
respnet_cli_test(metrics_csv_excel ARGS metrics$<SEMICOLON>--format$<SEMICOLON>csv$<SEMICOLON>--excel EXIT 0
  STDOUT "name,kind,tasks,lead,support,leaders,partners,degree_centrality")
respnet_cli_test(metrics_bad_input ARGS metrics$<SEMICOLON>empty.txt EXIT 1
  STDERR "empty.txt:1:1: error: the document is empty")
respnet_cli_test(roles_groups_drop ARGS roles$<SEMICOLON>--groups$<SEMICOLON>drop$<SEMICOLON>--format$<SEMICOLON>md EXIT 0
  STDOUT "## Strongest lead -> support pairs")
respnet_cli_test(clusters_default ARGS clusters EXIT 0
  STDOUT "leiden (groups drop):")
respnet_cli_test(clusters_bipartite_json ARGS clusters$<SEMICOLON>--method$<SEMICOLON>bipartite$<SEMICOLON>--format$<SEMICOLON>json EXIT 0
  STDOUT "\"schema\": \"respnet.clusters/1\"")
respnet_cli_test(clusters_bad_runs ARGS clusters$<SEMICOLON>--runs$<SEMICOLON>0 EXIT 105
  STDERR "--runs: Value 0 not in range 1 to 1000")
respnet_cli_test(export_unknown_unit ARGS export$<SEMICOLON>--view$<SEMICOLON>ego:市发改 EXIT 105
  STDERR "no unit named '市发改' in zhoushan-2022.txt; closest: 市发改委")
respnet_cli_test(export_bad_font ARGS "export$<SEMICOLON>--font$<SEMICOLON>DejaVu Sans$<SEMICOLON>--format$<SEMICOLON>png" EXIT 2
  STDERR "install fonts-noto-cjk")
# The DOT we write is accepted by Graphviz's own dot program.
add_test(NAME cli_export_dot_accepted_by_dot
  COMMAND sh -c "$<TARGET_FILE:respnet> export --view clusters --format dot | dot -Tsvg > /dev/null")
# The report in a real browser (headless Chromium); skipped where Chromium cannot be installed.
add_test(NAME browser_report
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/tests/browser_test.sh $<TARGET_FILE:respnet> ${CMAKE_CURRENT_BINARY_DIR}/browser)
set_tests_properties(browser_report PROPERTIES SKIP_RETURN_CODE 77)
respnet_cli_test(report_prints_path ARGS "report$<SEMICOLON>--quiet$<SEMICOLON>-o$<SEMICOLON>${CMAKE_CURRENT_BINARY_DIR}/report-pack" EXIT 0
  STDOUT "report-pack/report.html")
respnet_cli_test(report_refuses_foreign_directory ARGS "report$<SEMICOLON>--quiet$<SEMICOLON>-o$<SEMICOLON>${CMAKE_CURRENT_SOURCE_DIR}/tests/data" EXIT 2
  STDERR "it exists and was not written by respnet")
respnet_cli_test(rank_negative_top ARGS "rank$<SEMICOLON>--top$<SEMICOLON>-3" EXIT 105
  STDERR "--top")
respnet_cli_test(bad_config ARGS "parse$<SEMICOLON>--config$<SEMICOLON>${CMAKE_CURRENT_SOURCE_DIR}/tests/data/bad.toml" EXIT 1
  STDERR "bad.toml:2:7: error: expected a list of strings: a group maps to a list of unit names.")
add_test(NAME cli_parse_stdin
  COMMAND sh -c "$<TARGET_FILE:respnet> parse - < ${CMAKE_CURRENT_SOURCE_DIR}/tests/data/small.txt")
set_tests_properties(cli_parse_stdin PROPERTIES PASS_REGULAR_EXPRESSION "<stdin>: 2 leaders, 5 tasks")
respnet_cli_test(unknown_dialect ARGS parse$<SEMICOLON>--dialect$<SEMICOLON>tabel EXIT 105
  STDERR "--dialect: unknown dialect 'tabel': the known dialects are lines, table.")
respnet_cli_test(parse_docx_and_html ARGS -v$<SEMICOLON>parse$<SEMICOLON>table.docx$<SEMICOLON>table.html EXIT 0
  STDERR "table.docx: read as docx, dialect table"
  STDOUT "table.docx + table.html: 2 leaders, 6 tasks, 6 units")
# Documents over --max-input-size are refused before they are read (a file) or once the limit
# is passed (a stream), as bad input.
add_test(NAME cli_input_over_size_limit
  COMMAND sh -c "head -c 1200000 /dev/zero > big-input.txt; $<TARGET_FILE:respnet> parse big-input.txt --max-input-size 1 2>&1; echo exit=$?")
set_tests_properties(cli_input_over_size_limit PROPERTIES PASS_REGULAR_EXPRESSION
  "big-input.txt: error: the document is 1.1 MB, over the limit of 1 MB: it was not read \\(raise the limit with --max-input-size MB\\).\nexit=1")
add_test(NAME cli_stdin_over_size_limit
  COMMAND sh -c "head -c 1200000 /dev/zero | $<TARGET_FILE:respnet> parse - --max-input-size 1 2>&1; echo exit=$?")
set_tests_properties(cli_stdin_over_size_limit PROPERTIES PASS_REGULAR_EXPRESSION
  "<stdin>: error: the document is over the limit of 1 MB: it was not read \\(raise the limit with --max-input-size MB\\).\nexit=1")
respnet_cli_test(export_graphml ARGS export$<SEMICOLON>--format$<SEMICOLON>graphml EXIT 0
  STDOUT "<data key=\"label\">市发改委</data>")
respnet_cli_test(export_csv_needs_folder ARGS export$<SEMICOLON>--format$<SEMICOLON>csv EXIT 105
  STDERR "--format csv writes nodes.csv and edges.csv: name their folder with -o")
respnet_cli_test(export_data_view ARGS export$<SEMICOLON>--format$<SEMICOLON>gexf$<SEMICOLON>--view$<SEMICOLON>roles EXIT 105
  STDERR "gexf exports the bipartite network (no --view) or --view units")
respnet_cli_test(diff_years ARGS diff$<SEMICOLON>diff-2023.txt$<SEMICOLON>diff-2024.txt EXIT 0
  STDOUT "diff-2023.txt -> diff-2024.txt: units 10 matched (1 renamed), 4 new, 2 dropped; tasks 6 carried over (2 with a lead change, 1 with another leader), 2 new, 1 dropped")
respnet_cli_test(diff_json ARGS diff$<SEMICOLON>diff-2023.txt$<SEMICOLON>diff-2024.txt$<SEMICOLON>--format$<SEMICOLON>json EXIT 0
  STDOUT "\"schema\": \"respnet.diff/1\"")
respnet_cli_test(diff_needs_new ARGS diff$<SEMICOLON>diff-2023.txt EXIT 106
  STDERR "NEW is required")
respnet_cli_test(diff_bad_input ARGS diff$<SEMICOLON>empty.txt$<SEMICOLON>diff-2024.txt EXIT 1
  STDERR "empty.txt:1:1: error: the document is empty")
respnet_cli_test(diff_diagram_format ARGS diff$<SEMICOLON>diff-2023.txt$<SEMICOLON>diff-2024.txt$<SEMICOLON>--diagram$<SEMICOLON>changes.txt EXIT 105
  STDERR "cannot tell the format from 'changes.txt': name a .svg, .png, .pdf or .dot file")
respnet_cli_test(report_compare ARGS report$<SEMICOLON>diff-2024.txt$<SEMICOLON>--compare$<SEMICOLON>diff-2023.txt$<SEMICOLON>-q$<SEMICOLON>-o$<SEMICOLON>${CMAKE_BINARY_DIR}/report-compare EXIT 0
  STDOUT "report-compare/report.html")
respnet_cli_test(report_compare_bad_old ARGS report$<SEMICOLON>diff-2024.txt$<SEMICOLON>--compare$<SEMICOLON>empty.txt$<SEMICOLON>-q$<SEMICOLON>-o$<SEMICOLON>${CMAKE_BINARY_DIR}/report-compare-bad EXIT 1
  STDERR "empty.txt:1:1: error: the document is empty")
respnet_cli_test(diff_alias_in_both ARGS diff$<SEMICOLON>diff-2023.txt$<SEMICOLON>diff-2024.txt$<SEMICOLON>--old-config$<SEMICOLON>diff-2024.toml EXIT 0
  STDOUT "units 10 matched (0 renamed)")
respnet_cli_test(diff_stdin_twice ARGS diff$<SEMICOLON>-$<SEMICOLON>- EXIT 105
  STDERR "OLD and NEW cannot both be standard input")
respnet_cli_test(diff_threshold_nan ARGS diff$<SEMICOLON>diff-2023.txt$<SEMICOLON>diff-2024.txt$<SEMICOLON>--task-threshold$<SEMICOLON>nan EXIT 105
  STDERR "not a finite number: nan")
respnet_cli_test(diff_excel_is_csv ARGS diff$<SEMICOLON>diff-2023.txt$<SEMICOLON>diff-2024.txt$<SEMICOLON>--excel EXIT 0
  STDOUT "unit,was,status,tasks_before")
respnet_cli_test(diff_rename_note ARGS diff$<SEMICOLON>diff-2023.txt$<SEMICOLON>diff-2024.txt$<SEMICOLON>--config$<SEMICOLON>empty.txt EXIT 0
  STDERR "respnet: note: 市经信局 (only in OLD) looks like 市经济和信息化局 (only in NEW); if it was renamed, add \"市经信局\" = \"市经济和信息化局\" under [aliases] in empty.txt.")
respnet_cli_test(diff_swapped_years ARGS diff$<SEMICOLON>diff-2024.txt$<SEMICOLON>diff-2023.txt EXIT 0
  STDERR "respnet: warning: OLD (diff-2024.txt) names a later year than NEW (diff-2023.txt)")
