#include "analyze/partition_agreement.hpp"

#include <cmath>
#include <map>
#include <utility>

namespace respnet {
namespace {

double pairs(double n) { return n * (n - 1) / 2; }

// Σ over counts c of c log(c / n), the negative of n times an entropy.
double sum_c_log_c(const std::map<std::uint32_t, double>& counts, double n) {
  double s = 0;
  for (const auto& [label, c] : counts) s += c * std::log(c / n);
  return s;
}

}  // namespace

PartitionAgreement compare_partitions(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  PartitionAgreement result;
  result.items = a.size();
  if (a.size() != b.size() || a.size() < 2) return result;
  std::map<std::uint32_t, double> count_a;
  std::map<std::uint32_t, double> count_b;
  std::map<std::pair<std::uint32_t, std::uint32_t>, double> count_ab;
  for (std::size_t i = 0; i < a.size(); ++i) {
    ++count_a[a[i]];
    ++count_b[b[i]];
    ++count_ab[{a[i], b[i]}];
  }
  // The same partition under other labels: exactly 1, where the sums below could round off.
  if (count_ab.size() == count_a.size() && count_ab.size() == count_b.size()) {
    result.adjusted_rand = 1.0;
    result.normalized_mutual_information = 1.0;
    return result;
  }
  const double n = static_cast<double>(a.size());
  double index = 0;
  double mutual = 0;
  for (const auto& [labels, c] : count_ab) {
    index += pairs(c);
    mutual += c / n * std::log(c * n / (count_a[labels.first] * count_b[labels.second]));
  }
  double sum_a = 0;
  double sum_b = 0;
  for (const auto& [label, c] : count_a) sum_a += pairs(c);
  for (const auto& [label, c] : count_b) sum_b += pairs(c);
  const double expected = sum_a * sum_b / pairs(n);
  const double denominator = (sum_a + sum_b) / 2 - expected;
  result.adjusted_rand = denominator == 0 ? 1.0 : (index - expected) / denominator;
  const double entropies = -(sum_c_log_c(count_a, n) + sum_c_log_c(count_b, n)) / n;
  result.normalized_mutual_information = entropies <= 0 ? 1.0 : 2 * mutual / entropies;
  return result;
}

}  // namespace respnet
