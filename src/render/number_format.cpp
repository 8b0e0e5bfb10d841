#include "render/number_format.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace respnet {

std::string format_exact(double value) {
  if (std::isnan(value)) return "";
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string format_fixed(double value, int decimals) {
  if (std::isnan(value)) return "-";
  // No "-0.0000": a value that rounds to zero prints as zero.
  if (std::abs(value) < 0.5 * std::pow(10.0, -decimals)) value = 0.0;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

}  // namespace respnet
