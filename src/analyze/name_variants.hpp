#pragma once
// Variants of one agency's name in one document: 市发改委, 市发展改革委, 市发展和改革委员会.
// Two units (kind unit) are variants when, their long endings shortened (委员会 -> 委,
// 办公室 -> 办), they differ and the shorter, of three characters at least, is a subsequence
// of the longer with the same first two and last characters: an abbreviation keeps the level,
// the first character of the first word and the agency's kind (市场监管局 of 市场监督管理局,
// 市住建局 of 市住房和城乡建设局), where distinct agencies differ in one of them (市财政局 and
// 市税务局; 市交通局 and 市公安交通管理局). Names without a level (发改委) are thus only matched
// when their first words agree. Variants form groups by transitivity (union-find); a group's
// full name is its longest, ties by first appearance. Cost: units are bucketed by their second
// and last characters, O(sum of bucket sizes squared x name length).
#include <vector>

#include "model/network.hpp"

namespace respnet {

/// A set of units that look like one agency: the full name, then the others in unit order.
struct NameVariants {
  UnitId full;
  std::vector<UnitId> others;
};

/// The groups, in order of their first unit.
std::vector<NameVariants> find_name_variants(const Network& network);

}  // namespace respnet
