#include "render/output_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include "model/error.hpp"

namespace respnet {

namespace {

// A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written where it is: renaming a file
// over it would replace it, and as root that replaces /dev/null itself.
bool is_special_file(const std::filesystem::path& path) {
  std::error_code ec;
  const std::filesystem::file_status status = std::filesystem::status(path, ec);
  return !ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status) &&
         !std::filesystem::is_directory(status);
}

void write_in_place(const std::filesystem::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  if (out) out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())).flush();
  if (!out) throw Error("cannot write '" + path.string() + "': " + std::strerror(errno));
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  if (is_special_file(path)) {
    write_in_place(path, bytes);
    return;
  }
  std::filesystem::path temporary = path;
  temporary += ".respnet-partial";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) {
      throw Error("cannot write '" + path.string() + "': " + std::strerror(errno));
    }
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      const std::string reason = std::strerror(errno);
      out.close();
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      throw Error("cannot write '" + path.string() + "': " + reason);
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw Error("cannot write '" + path.string() + "': " + ec.message());
  }
}

void write_directory_atomically(const std::filesystem::path& directory,
                                const std::vector<std::pair<std::string, std::string>>& files) {
  namespace fs = std::filesystem;
  const fs::path target = directory.has_filename() ? directory : directory.parent_path();
  fs::path partial = target;
  partial += ".respnet-partial";
  fs::path previous = target;
  previous += ".respnet-previous";
  auto fail = [&](const std::string& what, const std::error_code& ec) {
    std::error_code ignored;
    fs::remove_all(partial, ignored);
    throw Error("cannot write '" + target.string() + "': " + what + ec.message());
  };
  std::error_code ec;
  if (fs::exists(target, ec) && !fs::is_empty(target, ec) && !fs::exists(target / k_pack_marker, ec)) {
    throw Error("refusing to replace '" + target.string() +
                "': it exists and was not written by respnet (no " + k_pack_marker +
                " file); choose a new directory or empty this one");
  }
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  if (ec) fail("", ec);
  fs::remove_all(partial, ec);
  fs::create_directory(partial, ec);
  if (ec) fail("", ec);
  try {
    for (const auto& [name, bytes] : files) write_file_atomically(partial / name, bytes);
    write_file_atomically(partial / k_pack_marker, "written by respnet report; replaced whole by the next run\n");
  } catch (const Error&) {
    fs::remove_all(partial, ec);
    throw;
  }
  const bool existed = fs::exists(target, ec);
  if (existed) {
    fs::remove_all(previous, ec);
    fs::rename(target, previous, ec);
    if (ec) fail("cannot move the old directory aside: ", ec);
  }
  fs::rename(partial, target, ec);
  if (ec) {
    if (existed) fs::rename(previous, target, ec);
    fail("", ec);
  }
  if (existed) fs::remove_all(previous, ec);
}

}  // namespace respnet
