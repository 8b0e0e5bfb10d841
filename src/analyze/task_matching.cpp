#include "analyze/task_matching.hpp"

#include <algorithm>
#include <cmath>
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

// Grams in both sorted lists; the merge stops, returning less than `need`, once `need` cannot be reached.
std::size_t overlap(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b, std::size_t need = 0) {
  std::size_t shared = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (shared + std::min(a.size() - i, b.size() - j) < need) return shared;
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return shared;
}

// How many of a task's first (rarest) grams must be indexed and probed so that every pair with
// Dice ≥ t shares one of them: |x| − ⌈t|x| / (2 − t)⌉ + 1. Rounded towards the longer prefix.
std::size_t prefix_length(std::size_t size, double t) {
  const double least_overlap = std::ceil(t * static_cast<double>(size) / (2 - t) - 1e-9);
  return size - std::min(size, static_cast<std::size_t>(std::max(1.0, least_overlap))) + 1;
}

// Each text's grams as ranks, rarest first (by document frequency over both documents, then id).
void rank_grams(std::vector<std::vector<std::uint32_t>>& old_grams, std::vector<std::vector<std::uint32_t>>& new_grams,
                std::size_t gram_count) {
  std::vector<std::uint32_t> frequency(gram_count, 0);
  for (const auto* side : {&old_grams, &new_grams}) {
    for (const auto& grams : *side) {
      for (const std::uint32_t g : grams) ++frequency[g];
    }
  }
  std::vector<std::uint32_t> order(gram_count);
  for (std::uint32_t g = 0; g < gram_count; ++g) order[g] = g;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return frequency[a] < frequency[b]; });
  std::vector<std::uint32_t> rank(gram_count);
  for (std::uint32_t r = 0; r < gram_count; ++r) rank[order[r]] = r;
  for (auto* side : {&old_grams, &new_grams}) {
    for (auto& grams : *side) {
      for (std::uint32_t& g : grams) g = rank[g];
      std::sort(grams.begin(), grams.end());
    }
  }
}

// The k_max_candidates best of a new task's scored candidates, most similar first, ties by old order.
void keep_best(std::vector<TaskMatch>& scored) {
  std::sort(scored.begin(), scored.end(), [](const TaskMatch& a, const TaskMatch& b) {
    return a.similarity != b.similarity ? a.similarity > b.similarity : a.old_task < b.old_task;
  });
  if (scored.size() > k_max_candidates) scored.resize(k_max_candidates);
}

}  // namespace

double text_similarity(const std::string& a, const std::string& b, std::uint32_t ngram) {
  GramIndex index(ngram);
  const std::vector<std::uint32_t> ga = index.grams(a);
  const std::vector<std::uint32_t> gb = index.grams(b);
  return dice(overlap(ga, gb), ga.size(), gb.size());
}

TaskMatching match_tasks(const Network& old_network, const Network& new_network, const TaskMatchOptions& options) {
  const double t = options.threshold;
  GramIndex index(options.ngram);
  std::vector<std::vector<std::uint32_t>> old_grams;
  for (const Task& task : old_network.tasks) old_grams.push_back(index.grams(task.text));
  std::vector<std::vector<std::uint32_t>> new_grams;
  for (const Task& task : new_network.tasks) new_grams.push_back(index.grams(task.text));
  rank_grams(old_grams, new_grams, index.size());
  std::vector<std::vector<std::uint32_t>> postings(index.size());
  for (std::size_t o = 0; o < old_grams.size(); ++o) {
    const std::size_t prefix = old_grams[o].empty() ? 0 : prefix_length(old_grams[o].size(), t);
    for (std::size_t i = 0; i < prefix; ++i) postings[old_grams[o][i]].push_back(static_cast<std::uint32_t>(o));
  }
  std::vector<TaskMatch> candidates;
  std::vector<TaskMatch> scored;
  std::vector<bool> seen(old_grams.size(), false);
  std::vector<std::uint32_t> touched;
  for (std::size_t n = 0; n < new_grams.size(); ++n) {
    const auto& y = new_grams[n];
    const std::size_t prefix = y.empty() ? 0 : prefix_length(y.size(), t);
    for (std::size_t i = 0; i < prefix; ++i) {
      for (const std::uint32_t o : postings[y[i]]) {
        if (seen[o]) continue;
        seen[o] = true;
        touched.push_back(o);
        const auto& x = old_grams[o];
        // Dice ≥ t needs t (|x| + |y|) ≤ 2 min(|x|, |y|), and an overlap of t (|x| + |y|) / 2.
        const double sizes = static_cast<double>(x.size() + y.size());
        if (t * sizes > 2.0 * static_cast<double>(std::min(x.size(), y.size()))) continue;
        const auto need = static_cast<std::size_t>(std::max(0.0, std::ceil(t * sizes / 2 - 1e-9)));
        const double s = dice(overlap(x, y, need), x.size(), y.size());
        if (s >= t) scored.push_back({id_at<TaskId>(o), id_at<TaskId>(n), s});
      }
    }
    for (const std::uint32_t o : touched) seen[o] = false;
    touched.clear();
    keep_best(scored);
    candidates.insert(candidates.end(), scored.begin(), scored.end());
    scored.clear();
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
