#pragma once
// Writing outputs so that a failure never leaves a half-written file.
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace respnet {

/// Writes to a temporary file beside `path`, then renames it into place; a device or a pipe
/// (/dev/null, a FIFO) is written where it is, never replaced. Throws respnet::Error naming the path when the directory is missing or not writable.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

/// The file that marks a directory as written by write_directory_atomically.
inline constexpr const char* k_pack_marker = ".respnet-pack";

/// Writes the files (name, bytes) and the marker into a temporary directory beside
/// `directory`, then puts it in place of `directory`: the directory is complete, or as it was.
/// Creates missing parents. Throws respnet::Error, touching nothing, when `directory` exists,
/// is not empty and has no marker: respnet never deletes files it did not write.
void write_directory_atomically(const std::filesystem::path& directory,
                                const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace respnet
