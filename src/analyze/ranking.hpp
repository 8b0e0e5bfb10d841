#pragma once
// Rankings: by value, largest first, ties broken by first appearance (the smaller id).
#include <algorithm>
#include <numeric>
#include <vector>

#include "model/ids.hpp"

namespace respnet {

/// Ids ordered by values[id] descending; equal values keep id order.
template <typename Id, typename Value>
std::vector<Id> rank_descending(const std::vector<Value>& values) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
  std::vector<Id> ids;
  ids.reserve(order.size());
  for (const std::size_t i : order) ids.push_back(id_at<Id>(i));
  return ids;
}

}  // namespace respnet
