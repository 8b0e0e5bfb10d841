#pragma once
// The network as JSON, schema "respnet.network/1": the contract of `respnet parse`.
#include <string>

#include "model/network.hpp"

namespace respnet {

/// Pretty-printed (2 spaces), UTF-8 unescaped, newline-terminated.
std::string write_network_json(const Network& network);

/// The document's file name without directories: outputs never carry paths.
std::string document_name(const std::string& source);

}  // namespace respnet
