#include "analyze/task_matching.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "model/utf8.hpp"

namespace respnet {
namespace {

bool is_separator(char32_t c) {
  if (c < 0x80) return !((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
  return (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
         c == 0x00A0 || c == 0x00B7 || c == 0xFEFF;
}

// Gram ids, shared by both documents so that equal grams get equal ids.
class GramIndex {
 public:
  explicit GramIndex(std::uint32_t n) : m_n(std::max<std::uint32_t>(n, 1)) {}

  /// The sorted distinct gram ids of a text.
  std::vector<std::uint32_t> grams(const std::string& text) {
    std::u32string kept;
    for (const char32_t c : decode_utf8(text).text) {
      if (!is_separator(c)) kept.push_back(c);
    }
    std::vector<std::uint32_t> ids;
    if (kept.empty()) return ids;
    const std::size_t count = kept.size() < m_n ? 1 : kept.size() - m_n + 1;
    for (std::size_t i = 0; i < count; ++i) {
      const auto [it, inserted] =
          m_ids.try_emplace(kept.substr(i, m_n), static_cast<std::uint32_t>(m_ids.size()));
      ids.push_back(it->second);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
  }

  std::size_t size() const { return m_ids.size(); }

 private:
  std::uint32_t m_n;
  std::map<std::u32string, std::uint32_t> m_ids;
};

double dice(std::size_t shared, std::size_t a, std::size_t b) {
  return a + b == 0 ? 0.0 : 2.0 * static_cast<double>(shared) / static_cast<double>(a + b);
}

}  // namespace

double text_similarity(const std::string& a, const std::string& b, std::uint32_t ngram) {
  GramIndex index(ngram);
  const std::vector<std::uint32_t> ga = index.grams(a);
  const std::vector<std::uint32_t> gb = index.grams(b);
  std::vector<std::uint32_t> shared;
  std::set_intersection(ga.begin(), ga.end(), gb.begin(), gb.end(), std::back_inserter(shared));
  return dice(shared.size(), ga.size(), gb.size());
}

TaskMatching match_tasks(const Network& old_network, const Network& new_network, const TaskMatchOptions& options) {
  GramIndex index(options.ngram);
  std::vector<std::vector<std::uint32_t>> old_grams;
  for (const Task& t : old_network.tasks) old_grams.push_back(index.grams(t.text));
  std::vector<std::vector<std::uint32_t>> new_grams;
  for (const Task& t : new_network.tasks) new_grams.push_back(index.grams(t.text));
  std::vector<std::vector<std::uint32_t>> postings(index.size());
  for (std::size_t o = 0; o < old_grams.size(); ++o) {
    for (const std::uint32_t g : old_grams[o]) postings[g].push_back(static_cast<std::uint32_t>(o));
  }
  std::vector<TaskMatch> candidates;
  std::vector<std::uint32_t> shared(old_grams.size(), 0);
  std::vector<std::uint32_t> touched;
  for (std::size_t n = 0; n < new_grams.size(); ++n) {
    for (const std::uint32_t g : new_grams[n]) {
      for (const std::uint32_t o : postings[g]) {
        if (shared[o]++ == 0) touched.push_back(o);
      }
    }
    for (const std::uint32_t o : touched) {
      const double s = dice(shared[o], old_grams[o].size(), new_grams[n].size());
      if (s >= options.threshold) candidates.push_back({id_at<TaskId>(o), id_at<TaskId>(n), s});
      shared[o] = 0;
    }
    touched.clear();
  }
  std::sort(candidates.begin(), candidates.end(), [](const TaskMatch& a, const TaskMatch& b) {
    if (a.similarity != b.similarity) return a.similarity > b.similarity;
    if (a.old_task != b.old_task) return a.old_task < b.old_task;
    return a.new_task < b.new_task;
  });
  TaskMatching m;
  m.new_of_old.assign(old_network.tasks.size(), std::nullopt);
  m.old_of_new.assign(new_network.tasks.size(), std::nullopt);
  for (const TaskMatch& c : candidates) {
    if (m.new_of_old[index_of(c.old_task)] || m.old_of_new[index_of(c.new_task)]) continue;
    m.new_of_old[index_of(c.old_task)] = c.new_task;
    m.old_of_new[index_of(c.new_task)] = c.old_task;
    m.matches.push_back(c);
  }
  std::sort(m.matches.begin(), m.matches.end(),
            [](const TaskMatch& a, const TaskMatch& b) { return a.new_task < b.new_task; });
  return m;
}

}  // namespace respnet
