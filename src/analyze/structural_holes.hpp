#pragma once
// Burt's structural holes on P, weighted, exactly as networkx.constraint and
// networkx.effective_size with weight="weight" (Burt 1992, Structural Holes, ch. 2;
// Borgatti 1997 for the unweighted simplification NetworkX does not use when weighted).
// With p_ij = w_ij / sum_k w_ik (proportional tie strength) and m_ij = w_ij / max_k w_ik:
// - constraint(i) = sum over neighbours j of (p_ij + sum over neighbours q of p_iq p_qj)^2
// - effective_size(i) = sum over neighbours j of (1 - sum over neighbours q of p_iq m_jq)
// Both are undefined (NaN, null in JSON) for a unit without ties.
// Cost: O(sum over units of deg^2) with a dense scratch array.
#include <vector>

#include "analyze/projection.hpp"

namespace respnet {

struct StructuralHoles {
  std::vector<double> constraint;  ///< indexed by UnitId; NaN for isolated units
  std::vector<double> effective_size;
};

/// Constraint and effective size of every unit.
StructuralHoles compute_structural_holes(const UnitProjection& projection);

}  // namespace respnet
