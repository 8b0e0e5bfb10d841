#pragma once
// The backbone of P: the ties worth drawing when all of them would be a hairball.
// - disparity (default): the disparity filter (Serrano, Boguñá & Vespignani 2009, PNAS 106:
//   6483): a tie i-j is significant for i when alpha_ij = (1 - w_ij / s_i)^(k_i - 1) < alpha
//   (s_i strength, k_i degree; a unit with one tie keeps it); kept when significant for either
//   end.
// - spanning: the maximum spanning forest (Kruskal, heaviest ties first, ties by id).
// - off: every tie.
// Then every unit keeps its strongest tie (ties by partner id), and at most max_ties ties remain
// (the heaviest; every unit's strongest tie first). Ties below min_weight are never drawn.
// Cost: O(E log E).
#include <cstdint>
#include <vector>

#include "analyze/projection.hpp"

namespace respnet {

enum class BackboneMethod : std::uint8_t { off, disparity, spanning };

struct BackboneOptions {
  BackboneMethod method = BackboneMethod::disparity;
  double alpha = 0.05;
  std::size_t max_ties = 200;
  double min_weight = 0;
};

struct Backbone {
  std::vector<std::size_t> edges;  ///< indices into UnitProjection::edges, in that order
  std::size_t total = 0;           ///< ties in P
};

/// The ties of P to draw.
Backbone extract_backbone(const UnitProjection& projection, const BackboneOptions& options);

}  // namespace respnet
