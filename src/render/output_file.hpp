#pragma once
// Writing outputs so that a failure never leaves a half-written file.
#include <filesystem>
#include <string_view>

namespace respnet {

/// Writes to a temporary file beside `path`, then renames it into place.
/// Throws respnet::Error naming the path when the directory is missing or not writable.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace respnet
