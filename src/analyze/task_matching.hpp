#pragma once
// Which task of one year's document carries over into the next, by the similarity of their texts.
// - grams(t): the set of character n-grams (default n = 2: bigrams, the usual unit of Chinese
//   text similarity) of the task text with whitespace and punctuation removed; a text shorter
//   than n is its own single gram.
// - similarity(a, b) = 2 |grams(a) ∩ grams(b)| / (|grams(a)| + |grams(b)|), the Sørensen–Dice
//   coefficient (Dice 1945; Kondrak 2005, "N-gram similarity and distance"), in [0, 1].
// - Matching: every pair with similarity ≥ threshold (default 0.5), taken greedily one to one,
//   most similar first, ties by old then new task order. An unmatched old task is dropped, an
//   unmatched new task is new.
// Cost: an inverted index of the old tasks' grams; O(Σ over new tasks of the postings of their
// grams) to score the candidate pairs, then O(P log P) for the P pairs over the threshold.
#include <cstdint>
#include <optional>
#include <vector>

#include "model/network.hpp"

namespace respnet {

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
