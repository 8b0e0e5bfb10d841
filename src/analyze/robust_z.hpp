#pragma once
// The robust z-score (Iglewicz & Hoaglin 1993, "How to Detect and Handle Outliers"):
// z = 0.6745 (x - median) / MAD, MAD = median |x - median|; where MAD is 0,
// z = (x - median) / (1.253314 * mean |x - median|); 0 when that is 0 too.
// The median of an even count is the mean of the two middle values. Cost: O(n log n).
#include <vector>

namespace respnet {

/// z-scores of values, in the same order.
std::vector<double> compute_robust_z(const std::vector<double>& values);

}  // namespace respnet
