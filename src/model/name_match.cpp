#include "model/name_match.hpp"

#include <algorithm>
#include <numeric>

#include "model/utf8.hpp"

namespace respnet {
namespace {

std::size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::vector<std::string> closest_names(const std::string& query, const std::vector<std::string>& candidates,
                                       std::size_t count) {
  const std::u32string q = decode_utf8(query).text;
  std::vector<std::pair<std::size_t, std::size_t>> scored;  // (score, index)
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const std::u32string c = decode_utf8(candidates[i]).text;
    const bool contains = !q.empty() && (c.find(q) != c.npos || q.find(c) != q.npos);
    scored.emplace_back(contains ? 0 : 1 + edit_distance(q, c), i);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && out.size() < count; ++i) out.push_back(candidates[scored[i].second]);
  return out;
}

}  // namespace respnet
