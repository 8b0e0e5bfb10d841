// The bad-input suite: each input through the real executable, with its exit code, the first
// line it prints on stderr, and no output file left behind when it is refused.
#include <doctest/doctest.h>

#include <iconv.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "model/utf8.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using respnet::test::read_source_file;

namespace {

// A folder of its own for the suite's files, emptied first.
const fs::path& work_dir() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("respnet-bad-input-" + std::to_string(::getpid()));
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

void write(const std::string& name, const std::string& bytes) {
  std::ofstream(work_dir() / name, std::ios::binary) << bytes;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct Run {
  int exit_code;
  std::string first_error;  ///< stderr's first line
  bool output_written;      ///< out.json, or its temporary, exists
};

// respnet ARGS in the work folder, writing to out.json unless ARGS names another output.
Run run(const std::string& args, bool to_file = true) {
  const fs::path out = work_dir() / "out.json";
  fs::remove(out);
  const std::string command = "cd '" + work_dir().string() + "' && '" RESPNET_EXE "' " + args +
                              (to_file ? " -o out.json" : "") + " > stdout.txt 2> stderr.txt";
  const int status = std::system(command.c_str());
  const std::string err = read(work_dir() / "stderr.txt");
  return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), err.substr(0, err.find('\n')),
          fs::exists(out) || fs::exists(work_dir() / "out.json.respnet-partial")};
}

void check_refused(const Run& r, int code, const std::string& message) {
  CHECK(r.exit_code == code);
  CHECK(r.first_error == message);
  CHECK_FALSE(r.output_written);
}

const std::string& small() {
  static const std::string text = read_source_file("tests/data/small.txt");
  return text;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

// The text in GB18030 (a superset of GBK), by glibc's iconv.
std::string to_gb18030(const std::string& utf8) {
  iconv_t cd = ::iconv_open("GB18030", "UTF-8");
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string in = utf8;
  std::string out(in.size() * 2, '\0');
  char* src = in.data();
  char* dst = out.data();
  std::size_t src_left = in.size();
  std::size_t dst_left = out.size();
  REQUIRE(::iconv(cd, &src, &src_left, &dst, &dst_left) != static_cast<std::size_t>(-1));
  ::iconv_close(cd);
  out.resize(out.size() - dst_left);
  return out;
}

// table.docx with its word/document.xml replaced.
std::string docx_with_body(const std::string& body) {
  const fs::path path = work_dir() / "built.docx";
  fs::copy_file(fs::path(RESPNET_SOURCE_DIR) / "tests/data/table.docx", path, fs::copy_options::overwrite_existing);
  zip_t* archive = zip_open(path.c_str(), 0, nullptr);
  REQUIRE(archive != nullptr);
  zip_source_t* source = zip_source_buffer(archive, body.data(), body.size(), 0);
  REQUIRE(zip_file_add(archive, "word/document.xml", source, ZIP_FL_OVERWRITE) >= 0);
  REQUIRE(zip_close(archive) == 0);
  return read(path);
}

}  // namespace

TEST_SUITE("bad_input") {
  TEST_CASE("empty, blank and binary documents are refused with the place of the problem") {
    write("empty.txt", "");
    check_refused(run("metrics empty.txt"), 1, "empty.txt:1:1: error: the document is empty: expected a responsibility breakdown.");
    write("blank.txt", "  \n\t\n\xE3\x80\x80\n");
    check_refused(run("metrics blank.txt"), 1, "blank.txt:1:1: error: the document is empty: expected a responsibility breakdown.");
    write("garbage.txt", std::string("\x01\x7f garbage\nab") + std::string(1, '\0') + "\xfe\xff tail");
    check_refused(run("metrics garbage.txt"), 1,
                  "garbage.txt:2:3: error: this is a binary file (it contains NUL bytes), not a text document.");
    write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
    check_refused(run("metrics image.txt"), 1,
                  "image.txt:3:1: error: this is a binary file (it contains NUL bytes), not a text document.");
  }

  TEST_CASE("invalid UTF-8 inside a line is placed by line and column") {
    write("invalid.txt", replaced(small(), "市经信局、各县", "市经信局\xff、各县"));
    check_refused(run("metrics invalid.txt"), 1,
                  "invalid.txt:4:15: error: invalid UTF-8 at byte offset 147 (byte 0xFF): the document must be UTF-8, "
                  "UTF-16 or GB18030 text.");
  }

  TEST_CASE("GBK without a hint, UTF-16 and CR-only line ends read as the UTF-8 original") {
    write("small.txt", small());
    REQUIRE(run("parse small.txt --format json").exit_code == 0);
    const std::string expected = read(work_dir() / "out.json");
    auto same_network = [&](const std::string& name) {
      CAPTURE(name);
      const Run r = run("parse " + name + " --format json");
      CHECK(r.exit_code == 0);
      // Only the document's name differs.
      std::string json = read(work_dir() / "out.json");
      for (std::size_t at; (at = json.find("\"" + name + "\"")) != std::string::npos;) json.replace(at, name.size() + 2, "\"small.txt\"");
      CHECK(json == expected);
    };
    write("gbk.txt", to_gb18030(small()));
    same_network("gbk.txt");
    std::string crlf;
    for (const char c : small()) crlf += c == '\n' ? std::string("\r") : std::string(1, c);
    write("cr.txt", crlf);
    same_network("cr.txt");
    std::string utf16 = "\xff\xfe";
    for (const char32_t c : respnet::decode_utf8(small()).text) {
      utf16 += static_cast<char>(c & 0xFF);
      utf16 += static_cast<char>(c >> 8);
    }
    write("utf16.txt", utf16);
    same_network("utf16.txt");
  }

  TEST_CASE("a 1 MB line, 100 000 tasks and unbalanced brackets are read without trouble") {
    std::string long_line;
    while (long_line.size() < (1u << 20)) long_line += "长";  // 1 MB of three-byte characters
    write("long.txt", small() + long_line + "\n");
    const Run lines = run("parse long.txt");
    CHECK(lines.exit_code == 0);
    CHECK(lines.first_error ==
          "long.txt:14:1: warning: this line is not part of any task and is ignored: expected a numbered task, a "
          "责任单位 line or a section heading.");
    std::string many = "一、张三市长牵头重点工作\n";
    for (int i = 1; i <= 100000; ++i) many += std::to_string(i) + ".推进第" + std::to_string(i) + "项工作。\n责任单位:市发改委、市经信局\n";
    write("many.txt", many);
    const Run tasks = run("parse many.txt", false);
    CHECK(tasks.exit_code == 0);
    CHECK(read(work_dir() / "stdout.txt").starts_with("many.txt: 1 leader, 100000 tasks, 2 units"));
    std::string open(5000, '(');
    write("brackets.txt", replaced(replaced(small(), "市发改委、市经信局、各县", "市发改委" + open + "、市经信局、各县"),
                                   "市财政局(国资委)", "市财政局" + std::string(3000, '(') + "国资委" + std::string(3000, ')')));
    CHECK(run("metrics brackets.txt").exit_code == 0);
  }

  TEST_CASE("a 责任单位 line of 10 000 units is read, and the analysis refuses its projection") {
    std::string units;
    for (int i = 0; i < 10000; ++i) units += (i ? "、市第" : "市第") + std::to_string(i) + "局";
    write("wide.txt", "一、张三市长牵头重点工作\n1.推进工作。\n责任单位:" + units + "\n");
    CHECK(run("parse wide.txt").exit_code == 0);
    check_refused(run("metrics wide.txt"), 1,
                  "wide.txt:2:1: error: the unit projection would hold 49995000 pairs of units sharing a task, over the "
                  "limit of 20000000 (task 1.1 alone lists 10000 units): the analysis is refused; respnet parse still "
                  "reads the document.");
    check_refused(run("report wide.txt --quiet -o pack", false), 1, "wide.txt:2:1: error: the unit projection would hold 49995000 pairs of units sharing a task, over the "
                  "limit of 20000000 (task 1.1 alone lists 10000 units): the analysis is refused; respnet parse still "
                  "reads the document.");
    CHECK_FALSE(fs::exists(work_dir() / "pack"));
  }

  TEST_CASE("task numbers: too large, repeated; a section without tasks is flagged") {
    write("overflow.txt", replaced(small(), "2.加快", "99999999999999999999.加快"));
    check_refused(run("metrics overflow.txt"), 1,
                  "overflow.txt:5:1: error: task number '99999999999999999999' is too large: expected at most 6 digits.");
    write("repeated.txt", replaced(small(), "3.完善", "2.完善"));
    check_refused(run("metrics repeated.txt"), 1,
                  "repeated.txt:7:1: error: task 1.2 appears twice (first on line 5): task numbers must be unique under a "
                  "heading.");
    write("no-tasks.txt", replaced(small(), "二、李四", "二、王五副市长牵头重点工作\n三、李四"));
    const Run r = run("metrics no-tasks.txt");
    CHECK(r.exit_code == 0);
    CHECK(r.first_error == "no-tasks.txt:9:3: warning: the section of 王五 has no tasks: expected numbered tasks under its heading.");
  }

  TEST_CASE("Word files: not a docx, a truncated body, a zip bomb") {
    fs::copy_file(fs::path(RESPNET_SOURCE_DIR) / "tests/data/not-word.docx", work_dir() / "not-word.docx",
                  fs::copy_options::overwrite_existing);
    check_refused(run("metrics not-word.docx"), 1,
                  "not-word.docx:1:1: error: not a Word document: the archive has no word/document.xml.");
    const std::string body = read_source_file("tests/data/table.docx.xml");
    write("truncated.docx", docx_with_body(body.substr(0, body.size() / 2)));
    check_refused(run("metrics truncated.docx"), 1,
                  "truncated.docx:1:1: error: word/document.xml is not a Word document body: the file is damaged.");
    write("bomb.docx", docx_with_body(body + std::string(130u << 20, ' ')));
    CHECK(fs::file_size(work_dir() / "bomb.docx") < (1u << 20));
    check_refused(run("metrics bomb.docx"), 1,
                  "bomb.docx:1:1: error: word/document.xml unpacks to 130 MB, over the limit of 128 MB: refused as a "
                  "possible zip bomb.");
  }

  TEST_CASE("a configuration with a syntax error") {
    write("small.txt", small());
    write("broken.toml", "[aliases\n\"x\" = 1\n");
    check_refused(run("metrics small.txt --config broken.toml"), 1,
                  "broken.toml:1:9: error: invalid TOML: Error while parsing table header: expected ']', saw '\\n'.");
    write("binary.toml", std::string("[aliases]\n\0\n", 13));
    check_refused(run("metrics small.txt --config binary.toml"), 1,
                  "binary.toml:2:1: error: this is a binary file (it contains NUL bytes), not a text document.");
  }

  TEST_CASE("a GBK configuration is read as a GBK document is") {
    write("diff-2023.txt", read_source_file("tests/data/diff-2023.txt"));
    write("diff-2024.txt", read_source_file("tests/data/diff-2024.txt"));
    write("gbk.toml", to_gb18030(read_source_file("tests/data/diff-2024.toml")));
    const Run r = run("diff diff-2023.txt diff-2024.txt --config gbk.toml", false);
    CHECK(r.exit_code == 0);
    CHECK(read(work_dir() / "stdout.txt").find("units 10 matched (1 renamed)") != std::string::npos);
  }

  TEST_CASE("diff: a bad year refuses the comparison, and neither the tables nor the diagram are written") {
    write("small.txt", small());
    write("empty.txt", "");
    for (const std::string& years : {std::string("empty.txt small.txt"), std::string("small.txt empty.txt")}) {
      CAPTURE(years);
      fs::remove(work_dir() / "changes.svg");
      check_refused(run("diff " + years + " --diagram changes.svg"), 1,
                    "empty.txt:1:1: error: the document is empty: expected a responsibility breakdown.");
      CHECK_FALSE(fs::exists(work_dir() / "changes.svg"));
    }
    const Run ok = run("diff small.txt small.txt --diagram changes.svg");
    CHECK(ok.exit_code == 0);
    CHECK(ok.output_written);
    CHECK(read(work_dir() / "out.json").rfind("{\n  \"schema\": \"respnet.diff/1\"", 0) == 0);  // the -o extension
    CHECK(read(work_dir() / "changes.svg").find("<svg") != std::string::npos);
  }

  TEST_CASE("outputs that cannot be written: a missing folder, a file as folder, a read-only folder") {
    write("small.txt", small());
    auto refused = [&](const std::string& target, const std::string& reason) {
      CAPTURE(target);
      const Run r = run("metrics small.txt -o " + target, false);
      CHECK(r.exit_code == 2);
      CHECK(r.first_error == "respnet: error: cannot write '" + target + "': " + reason);
    };
    refused("no/such/dir/out.json", "No such file or directory");
    refused("small.txt/out.json", "Not a directory");
    fs::create_directories(work_dir() / "read-only");
    fs::permissions(work_dir() / "read-only", fs::perms::owner_read | fs::perms::owner_exec);
    // root writes anywhere: there the read-only folder is /sys's.
    if (::geteuid() != 0) refused("read-only/out.json", "Permission denied");
    else if (fs::exists("/sys/kernel")) CHECK(run("metrics small.txt -o /sys/kernel/respnet-out.json", false).exit_code == 2);
    CHECK(fs::is_empty(work_dir() / "read-only"));
  }
}
