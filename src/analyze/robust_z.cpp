#include "analyze/robust_z.hpp"

#include <algorithm>
#include <cmath>

namespace respnet {
namespace {

double median_of(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

}  // namespace

std::vector<double> compute_robust_z(const std::vector<double>& values) {
  std::vector<double> z(values.size(), 0.0);
  if (values.empty()) return z;
  const double median = median_of(values);
  std::vector<double> deviation(values.size());
  double mean_deviation = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    deviation[i] = std::abs(values[i] - median);
    mean_deviation += deviation[i];
  }
  mean_deviation /= static_cast<double>(values.size());
  const double mad = median_of(deviation);
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (mad > 0) {
      z[i] = 0.6745 * (values[i] - median) / mad;
    } else if (mean_deviation > 0) {
      z[i] = (values[i] - median) / (1.253314 * mean_deviation);
    }
  }
  return z;
}

}  // namespace respnet
