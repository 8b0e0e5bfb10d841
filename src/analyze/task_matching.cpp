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

// (i + ½) / count: where a task sits in its document, in (0, 1).
double relative_position(std::size_t i, std::size_t count) {
  return (static_cast<double>(i) + 0.5) / static_cast<double>(count);
}

// A scored pair with what breaks ties between equally similar pairs.
struct Candidate {
  TaskMatch match;
  bool same_leader = false;
  double distance = 0;  ///< of the relative positions in the two documents
};

// The order of the definition: most similar, same leader, closest position, old, new.
bool comes_first(const Candidate& a, const Candidate& b) {
  if (a.match.similarity != b.match.similarity) return a.match.similarity > b.match.similarity;
  if (a.same_leader != b.same_leader) return a.same_leader;
  if (a.distance != b.distance) return a.distance < b.distance;
  if (a.match.old_task != b.match.old_task) return a.match.old_task < b.match.old_task;
  return a.match.new_task < b.match.new_task;
}

// Both documents' tasks as gram lists, the old ones' prefixes indexed.
class CandidateFinder {
 public:
  CandidateFinder(const Network& old_network, const Network& new_network, const TaskMatchOptions& options)
      : m_threshold(options.threshold) {
    GramIndex index(options.ngram);
    for (const Task& task : old_network.tasks) m_old.push_back(index.grams(task.text));
    for (const Task& task : new_network.tasks) m_new.push_back(index.grams(task.text));
    rank_grams(m_old, m_new, index.size());
    m_postings.resize(index.size());
    for (std::size_t o = 0; o < m_old.size(); ++o) {
      for (std::size_t i = 0; i < prefix_of(m_old[o]); ++i) m_postings[m_old[o][i]].push_back(static_cast<std::uint32_t>(o));
    }
    m_old_leader = leader_names(old_network);
    m_new_leader = leader_names(new_network);
    m_seen.assign(m_old.size(), false);
  }

  /// The k_max_candidates best old tasks for new task n among those not yet matched.
  std::vector<Candidate> candidates(std::size_t n, const std::vector<std::optional<TaskId>>& new_of_old) {
    const double t = m_threshold;
    const auto& y = m_new[n];
    std::vector<Candidate> scored;
    for (std::size_t i = 0; i < prefix_of(y); ++i) {
      for (const std::uint32_t o : m_postings[y[i]]) {
        if (m_seen[o] || new_of_old[o]) continue;
        m_seen[o] = true;
        m_touched.push_back(o);
        const auto& x = m_old[o];
        // The best Dice these sizes allow (the smaller list inside the larger), as scored below.
        if (dice(std::min(x.size(), y.size()), x.size(), y.size()) < t) continue;
        const double sizes = static_cast<double>(x.size() + y.size());
        const auto need = static_cast<std::size_t>(std::max(0.0, std::ceil(t * sizes / 2 - 1e-9)));
        const double s = dice(overlap(x, y, need), x.size(), y.size());
        if (s < t) continue;
        const double distance = std::abs(relative_position(o, m_old.size()) - relative_position(n, m_new.size()));
        scored.push_back({{id_at<TaskId>(o), id_at<TaskId>(n), s}, m_old_leader[o] == m_new_leader[n], distance});
      }
    }
    for (const std::uint32_t o : m_touched) m_seen[o] = false;
    m_touched.clear();
    std::sort(scored.begin(), scored.end(), comes_first);
    if (scored.size() > k_max_candidates) scored.resize(k_max_candidates);
    return scored;
  }

 private:
  static std::vector<std::string> leader_names(const Network& n) {
    std::vector<std::string> names;
    for (const Task& task : n.tasks) names.push_back(task.leader ? n.leader(*task.leader).name : "");
    return names;
  }

  std::size_t prefix_of(const std::vector<std::uint32_t>& grams) const {
    return grams.empty() ? 0 : prefix_length(grams.size(), m_threshold);
  }

  double m_threshold;
  std::vector<std::vector<std::uint32_t>> m_old;
  std::vector<std::vector<std::uint32_t>> m_new;
  std::vector<std::vector<std::uint32_t>> m_postings;
  std::vector<std::string> m_old_leader;
  std::vector<std::string> m_new_leader;
  std::vector<bool> m_seen;
  std::vector<std::uint32_t> m_touched;
};

}  // namespace

double text_similarity(const std::string& a, const std::string& b, std::uint32_t ngram) {
  GramIndex index(ngram);
  const std::vector<std::uint32_t> ga = index.grams(a);
  const std::vector<std::uint32_t> gb = index.grams(b);
  return dice(overlap(ga, gb), ga.size(), gb.size());
}

TaskMatching match_tasks(const Network& old_network, const Network& new_network, const TaskMatchOptions& options) {
  CandidateFinder finder(old_network, new_network, options);
  TaskMatching m;
  m.new_of_old.assign(old_network.tasks.size(), std::nullopt);
  m.old_of_new.assign(new_network.tasks.size(), std::nullopt);
  // Rounds: the unmatched new tasks look again among the old tasks still free, until none is matched.
  for (bool matched = true; matched;) {
    matched = false;
    std::vector<Candidate> candidates;
    for (std::size_t n = 0; n < new_network.tasks.size(); ++n) {
      if (m.old_of_new[n]) continue;
      const std::vector<Candidate> best = finder.candidates(n, m.new_of_old);
      candidates.insert(candidates.end(), best.begin(), best.end());
    }
    std::sort(candidates.begin(), candidates.end(), comes_first);
    for (const Candidate& c : candidates) {
      const TaskMatch& pair = c.match;
      if (m.new_of_old[index_of(pair.old_task)] || m.old_of_new[index_of(pair.new_task)]) continue;
      m.new_of_old[index_of(pair.old_task)] = pair.new_task;
      m.old_of_new[index_of(pair.new_task)] = pair.old_task;
      m.matches.push_back(pair);
      matched = true;
    }
  }
  std::sort(m.matches.begin(), m.matches.end(),
            [](const TaskMatch& a, const TaskMatch& b) { return a.new_task < b.new_task; });
  return m;
}

}  // namespace respnet
