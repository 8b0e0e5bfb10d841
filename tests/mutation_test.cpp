// Thousands of damaged copies of the bundled document: lines dropped, duplicated, swapped and
// truncated, bytes flipped. Each must end in a network or in errors, never in an exception or a
// crash, and quickly; every tenth also goes through the analysis and the clusters.
#include <doctest/doctest.h>

#include <chrono>

#include "analyze/random.hpp"
#include "fuzz/fuzz_input.hpp"
#include "test_support.hpp"

using namespace respnet;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) lines.push_back(text.substr(start, end - start));
  lines.push_back(text.substr(start));
  return lines;
}

// One to four damages of one kind or another, chosen by the seeded generator.
std::string mutated(const std::vector<std::string>& original, Random& random) {
  std::vector<std::string> lines = original;
  const auto damages = 1 + random.below(4);
  for (std::uint64_t d = 0; d < damages && !lines.empty(); ++d) {
    const auto at = static_cast<std::size_t>(random.below(lines.size()));
    switch (random.below(5)) {
      case 0: lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(at)); break;
      case 1: lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), lines[at]); break;
      case 2: std::swap(lines[at], lines[static_cast<std::size_t>(random.below(lines.size()))]); break;
      case 3: lines[at].resize(static_cast<std::size_t>(random.below(lines[at].size() + 1))); break;
      default:
        if (!lines[at].empty()) {
          char& c = lines[at][static_cast<std::size_t>(random.below(lines[at].size()))];
          c = static_cast<char>(c ^ (1 << random.below(8)));
        }
    }
  }
  std::string text;
  for (const std::string& line : lines) text += line + '\n';
  return text;
}

}  // namespace

TEST_SUITE("mutations") {
  TEST_CASE("2 000 damaged copies of the bundled document: a network or errors, each well under a second") {
    const std::vector<std::string> original = lines_of(test::read_source_file("graphs/zhoushan-2022.txt"));
    Random random(2026);
    double slowest = 0;
    int read = 0;
    for (int k = 0; k < 2000; ++k) {
      const std::string text = mutated(original, random);
      const auto start = std::chrono::steady_clock::now();
      ParseResult parsed;
      REQUIRE_NOTHROW(parsed = parse_document(text, "mutated.txt"));
      if (parsed.ok()) {
        ++read;
        // What the fuzz targets do: read, analyse, cluster.
        if (k % 10 == 0) REQUIRE_NOTHROW(fuzz::read_input(text, "mutated.txt"));
      } else {
        CHECK(has_errors(parsed.diagnostics));
      }
      slowest = std::max(slowest, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    MESSAGE("mutations: " << read << " of 2000 read as networks; slowest " << slowest * 1000 << " ms");
    CHECK(slowest < 1.0 * test::k_time_factor);
    CHECK(read > 0);
  }
}
