// Every seed of the fuzz corpus and every input a fuzzer once crashed on, through what the fuzz
// targets do (tests/fuzz/fuzz_input.hpp), in the ordinary build: a fixed finding stays fixed.
#include <doctest/doctest.h>

#include <filesystem>

#include "fuzz/fuzz_input.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;

TEST_SUITE("fuzz") {
  TEST_CASE("the seeds and the kept findings of every fuzz target read without a crash") {
    std::size_t inputs = 0;
    for (const char* folder : {"tests/fuzz/corpus", "tests/fuzz/regressions"}) {
      const fs::path root = fs::path(RESPNET_SOURCE_DIR) / folder;
      if (!fs::exists(root)) continue;
      for (const auto& target : fs::directory_iterator(root)) {
        // The folder names the reader, as the targets' names do: txt, csv, docx, html, toml.
        const std::string name = "input." + target.path().filename().string();
        for (const auto& input : fs::directory_iterator(target.path())) {
          CAPTURE(input.path().string());
          const std::string bytes = respnet::test::read_source_file(fs::relative(input.path(), RESPNET_SOURCE_DIR).string());
          CHECK_NOTHROW(respnet::fuzz::read_input(bytes, name));
          ++inputs;
        }
      }
    }
    CHECK(inputs >= 9);  // the seeds alone
  }
}
