#include "render/output_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include "model/error.hpp"

namespace respnet {

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
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

}  // namespace respnet
