#include "cli/output.hpp"

#include <iostream>

#include "render/output_file.hpp"

namespace respnet::cli {

void emit_output(std::string_view bytes, const std::string& path) {
  if (path.empty() || path == "-") {
    std::cout << bytes << std::flush;
    return;
  }
  write_file_atomically(path, bytes);
}

}  // namespace respnet::cli
