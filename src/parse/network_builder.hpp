#pragma once
// RawDocument -> Network: resolves aliases, merges units, classifies groups, drops repeats.
#include <string_view>

#include "model/network.hpp"
#include "parse/lexicon.hpp"
#include "parse/raw_document.hpp"

namespace respnet {

/// Units get ids in order of first mention; a name used anywhere as an alias resolves to
/// its agency. A unit listed twice on one task is kept once, at its first place, with a warning.
Network build_network(const RawDocument& raw, std::string_view source_name,
                      const ReaderLexicon& lexicon, Diagnostics& diagnostics);

}  // namespace respnet
