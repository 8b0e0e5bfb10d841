#pragma once
// Which task of one year's document carries over into the next, by the similarity of their texts.
// - grams(t): the set of character n-grams (default n = 2: bigrams, the usual unit of Chinese
//   text similarity) of the task text with whitespace and punctuation removed; a text shorter
//   than n is its own single gram.
// - similarity(a, b) = 2 |grams(a) ∩ grams(b)| / (|grams(a)| + |grams(b)|), the Sørensen–Dice
//   coefficient (Dice 1945; Kondrak 2005, "N-gram similarity and distance"), in [0, 1].
// - Order of pairs: most similar first; then a pair under the same leader (by name; or both
//   without one); then the pair whose relative positions in the two documents, (i + ½) / count,
//   are closest; then old, then new task order. So that boilerplate (完成市委市政府交办的其他工作)
//   repeated under every leader pairs leader by leader.
// - Matching, in rounds: each unmatched new task takes as candidates the k_max_candidates (8)
//   first old tasks, among those still unmatched, with similarity ≥ threshold (default 0.5);
//   all candidates are taken greedily one to one in the order of pairs. A new round starts while
//   the last one matched anything, so a task whose candidates were all taken looks again among
//   the rest. The cap bounds memory on corpora of look-alike texts. An unmatched old task is
//   dropped, an unmatched new task is new. A text without letters or digits has no grams and
//   never matches.
// Cost: candidates come from prefix filtering (Chaudhuri, Ganti & Kaushik 2006; Bayardo, Ma &
// Srikant 2007), which finds every pair over the threshold without scoring all pairs: grams
// ranked rarest first (by the number of tasks that have them, then by first appearance), a pair
// with Dice ≥ t shares at least α(x) = ⌈t|x| / (2 − t)⌉ grams with each side x, so its rarest
// shared gram lies in the first |x| − α(x) + 1 grams of both. Only those prefixes are indexed
// and probed, pairs whose sizes cannot reach t are skipped, and each candidate is scored
// exactly by merging the two gram lists. Worst case O(T_old · T_new · grams) for texts that
// all share their rare grams, per round; a round after the first re-probes only the new tasks
// left unmatched. Memory O(grams + k_max_candidates · T_new).
#include <cstdint>
#include <optional>
#include <vector>

#include "model/network.hpp"

namespace respnet {

/// Candidates kept per new task.
constexpr std::size_t k_max_candidates = 8;

struct TaskMatchOptions {
  std::uint32_t ngram = 2;
  double threshold = 0.5;
};

struct TaskMatch {
  TaskId old_task{};
  TaskId new_task{};
  double similarity = 0;
};

struct TaskMatching {
  std::vector<TaskMatch> matches;  ///< in new task order
  std::vector<std::optional<TaskId>> new_of_old;  ///< by old TaskId
  std::vector<std::optional<TaskId>> old_of_new;  ///< by new TaskId
};

/// The carried-over tasks of two documents.
TaskMatching match_tasks(const Network& old_network, const Network& new_network, const TaskMatchOptions& options);

/// The Dice similarity of two texts' n-grams, as match_tasks scores them.
double text_similarity(const std::string& a, const std::string& b, std::uint32_t ngram);

}  // namespace respnet
