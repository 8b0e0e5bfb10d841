#pragma once
// How much two partitions of the same items agree (the clusters of two years over the units
// present in both). With n items, n_ij items in cluster i of A and j of B, a_i and b_j the
// cluster sizes:
// - adjusted Rand index (Hubert & Arabie 1985, J. Classification 2: 193):
//   ARI = (Σ C(n_ij,2) − Σ C(a_i,2) Σ C(b_j,2) / C(n,2))
//         / (½ [Σ C(a_i,2) + Σ C(b_j,2)] − Σ C(a_i,2) Σ C(b_j,2) / C(n,2));
//   1 for identical partitions, about 0 for chance agreement, negative below chance. When the
//   denominator is 0 (both partitions all singletons, or both one cluster) they are identical
//   and ARI = 1, as scikit-learn's adjusted_rand_score.
// - normalised mutual information (Danon et al. 2005, J. Stat. Mech. P09008):
//   NMI = 2 I(A;B) / (H(A) + H(B)), natural logarithms; 1 when both entropies are 0. This is
//   igraph's compare_communities(method="nmi") and scikit-learn's arithmetic normalisation.
// The same partition under other labels gives exactly 1 for both. Undefined (nullopt) for fewer
// than 2 items. Cost: O(n log n).
#include <cstdint>
#include <optional>
#include <vector>

namespace respnet {

struct PartitionAgreement {
  std::size_t items = 0;
  std::optional<double> adjusted_rand;
  std::optional<double> normalized_mutual_information;
};

/// The agreement of two labelings of the same items (a[i] and b[i] label item i).
PartitionAgreement compare_partitions(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b);

}  // namespace respnet
