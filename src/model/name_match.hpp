#pragma once
// Suggestions for a mistyped name: the closest names by edit distance on characters.
#include <string>
#include <vector>

namespace respnet {

/// Up to `count` candidates, closest first (Levenshtein distance over code points, ties by
/// candidate order); candidates containing the query, or contained in it, come first.
std::vector<std::string> closest_names(const std::string& query, const std::vector<std::string>& candidates,
                                       std::size_t count);

}  // namespace respnet
