#pragma once
// The role a list of units plays in a task: its own header, for the lexicon's words that say it.
#include <cstdint>

namespace respnet {

enum class ListRole : std::uint8_t {
  lead_first,  ///< 责任单位: the first leads, the rest support (unless a 牵头 list exists)
  lead,        ///< 牵头单位: every unit leads
  support,     ///< 配合单位: every unit supports
  shared,      ///< 按职责分工负责 / 等负责: every unit leads, and no single lead is named
};

}  // namespace respnet
