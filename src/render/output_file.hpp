#pragma once
// Writing outputs so that a failure never leaves a half-written file.
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace respnet {

/// Writes to a temporary file beside `path`, then renames it into place.
/// Throws respnet::Error naming the path when the directory is missing or not writable.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

/// Writes the files (name, bytes) into a temporary directory beside `directory`, then puts it
/// in place of `directory`: the directory is complete, or as it was. Creates missing parents.
void write_directory_atomically(const std::filesystem::path& directory,
                                const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace respnet
