#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "model/error.hpp"
#include "render/output_file.hpp"

using namespace respnet;
namespace fs = std::filesystem;

TEST_SUITE("render::output_file") {
  TEST_CASE("a file is replaced whole, and no temporary is left behind") {
    const fs::path dir = fs::temp_directory_path() / "respnet_output_file_test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path file = dir / "out.json";
    write_file_atomically(file, "first");
    write_file_atomically(file, "市发改委\n");
    std::ifstream in(file, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    CHECK(content.str() == "市发改委\n");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    fs::remove_all(dir);
  }

  TEST_CASE("a pipe is written where it is, not replaced (as /dev/null must not be)") {
    // A FIFO stands in for /dev/null: the test must not be able to damage the machine it runs on.
    const fs::path dir = fs::temp_directory_path() / "respnet_output_fifo_test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // The reading end is opened first and without blocking, so a wrong write cannot hang the test.
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    write_file_atomically(fifo, "市发改委\n");
    char buffer[64] = {};
    const ssize_t received = ::read(reader, buffer, sizeof buffer);
    ::close(reader);
    CHECK(std::string(buffer, received > 0 ? static_cast<std::size_t>(received) : 0) == "市发改委\n");
    CHECK(fs::is_fifo(fifo));
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    fs::remove_all(dir);
  }

  TEST_CASE("a missing directory is an error naming the path") {
    CHECK_THROWS_WITH_AS(write_file_atomically("/nonexistent-respnet-dir/out.json", "x"),
                         "cannot write '/nonexistent-respnet-dir/out.json': No such file or directory",
                         Error);
  }
}
