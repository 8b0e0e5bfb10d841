#pragma once
// RawDocument -> Network: resolves aliases, merges units, classifies groups, drops repeats.
#include <string_view>

#include "model/network.hpp"
#include "parse/config.hpp"
#include "parse/lexicon.hpp"
#include "parse/raw_document.hpp"

namespace respnet {

/// Units get ids in order of first mention; a name used anywhere as an alias (in the
/// document or the configuration) resolves to its agency. A unit listed twice on one task is
/// kept once, at its first place, with a warning. Groups get their configured members.
Network build_network(const RawDocument& raw, std::string_view source_name, const ReaderLexicon& lexicon,
                      const DocumentConfig& config, Diagnostics& diagnostics);

}  // namespace respnet
