#pragma once
// Seeded randomness that gives the same numbers on every platform: std::mt19937_64 is fully
// specified by the standard, the distributions are not, so they are written here.
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace respnet {

class Random {
 public:
  explicit Random(std::uint64_t seed) : m_engine(seed) {}

  /// Uniform in [0, 1).
  double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }

  /// Uniform in [0, n), n > 0 (rejection sampling, no modulo bias).
  std::uint64_t below(std::uint64_t n) {
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t r = m_engine();
    while (r >= limit) r = m_engine();
    return r % n;
  }

  /// Fisher-Yates.
  template <typename T>
  void shuffle(std::vector<T>& values) {
    for (std::size_t i = values.size(); i > 1; --i) std::swap(values[i - 1], values[below(i)]);
  }

 private:
  std::mt19937_64 m_engine;
};

}  // namespace respnet
