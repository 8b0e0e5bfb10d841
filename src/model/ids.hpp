#pragma once
// Strong ids for the sides of the network, dense and in order of first appearance.
#include <cstddef>
#include <cstdint>

namespace respnet {

enum class LeaderId : std::uint32_t {};
enum class TaskId : std::uint32_t {};
enum class UnitId : std::uint32_t {};

/// The position of an id in its vector.
template <typename Id>
constexpr std::size_t index_of(Id id) {
  return static_cast<std::size_t>(id);
}

/// The id at a position in its vector.
template <typename Id>
constexpr Id id_at(std::size_t index) {
  return static_cast<Id>(index);
}

}  // namespace respnet
