#pragma once
// RawDocument -> Network: resolves aliases, merges units, classifies groups, drops repeats.
#include <string>
#include <vector>

#include "model/network.hpp"
#include "parse/config.hpp"
#include "parse/lexicon.hpp"
#include "parse/raw_document.hpp"

namespace respnet {

/// Units get ids in order of first mention; a name used anywhere as an alias (in the
/// document or the configuration) resolves to its agency. A unit listed twice on one task is
/// kept once, at its first place, with a warning. Groups get their configured members.
/// sources names the documents the raw document was read from (SourceLocation::file).
Network build_network(const RawDocument& raw, const std::vector<std::string>& sources, const ReaderLexicon& lexicon,
                      const DocumentConfig& config, Diagnostics& diagnostics);

}  // namespace respnet
