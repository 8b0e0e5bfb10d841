#include <doctest/doctest.h>

#include "analyze/robust_z.hpp"

using namespace respnet;

TEST_SUITE("analyze::robust_z") {
  TEST_CASE("0.6745 (x - median) / MAD") {
    // median 3, deviations {2, 1, 0, 1, 7}: MAD 1
    const auto z = compute_robust_z({1, 2, 3, 4, 10});
    CHECK(z[0] == doctest::Approx(-1.349));
    CHECK(z[2] == 0.0);
    CHECK(z[4] == doctest::Approx(4.7215));
  }

  TEST_CASE("where MAD is 0, the mean absolute deviation scaled by 1.253314") {
    // median 1, MAD 0, mean deviation 9/5
    const auto z = compute_robust_z({1, 1, 1, 1, 10});
    CHECK(z[4] == doctest::Approx(9 / (1.253314 * 1.8)));
    CHECK(z[0] == 0.0);
  }

  TEST_CASE("all equal: every score is 0; an even count takes the middle mean") {
    CHECK(compute_robust_z({2, 2, 2}) == std::vector<double>{0, 0, 0});
    // median (2 + 4) / 2 = 3, deviations {2, 1, 1, 3}: MAD 1.5
    CHECK(compute_robust_z({1, 2, 4, 6})[3] == doctest::Approx(0.6745 * 3 / 1.5));
  }
}
