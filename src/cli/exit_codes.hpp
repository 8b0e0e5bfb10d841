#pragma once
// respnet's exit codes; CLI11 keeps its own (105-109) for usage errors.

namespace respnet::cli {

constexpr int k_exit_ok = 0;
constexpr int k_exit_bad_input = 1;
constexpr int k_exit_io_failure = 2;

}  // namespace respnet::cli
