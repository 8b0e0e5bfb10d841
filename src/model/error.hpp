#pragma once
// respnet's exception: only for the environment (unreadable file, render failure), never for input.
#include <stdexcept>
#include <string>

namespace respnet {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace respnet
