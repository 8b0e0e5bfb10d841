#pragma once
// The one place floats become text.
#include <string>

namespace respnet {

/// Shortest text that reads back as the same double ("0.1", "25.9", "1e-07"); "" for NaN.
std::string format_exact(double value);

/// Fixed decimals for people ("0.1235"); "-" for NaN.
std::string format_fixed(double value, int decimals = 4);

}  // namespace respnet
