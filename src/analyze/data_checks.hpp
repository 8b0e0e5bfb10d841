#pragma once
// Data checks in the manner of a RACI review, as diagnostics pointing at the source:
// - warning: a task with no lead unit (the parser reports a task without units itself);
// - warning: a task whose support list is unusually long (robust z of the support-list length
//   among tasks > 3.5, analyze/robust_z.hpp);
// - note: a task whose lead was taken on a guess (TaskReading::guess: the first of several units
//   with no rule stated, or units found by their names alone): to check by hand;
// - note: a task that names no single lead (按职责分工负责: its units share the lead);
// - note: a unit (kind unit) that only ever supports; a unit that appears on one task only;
// - note: units whose names look like one agency written two ways (市发改委, 市发展和改革委员会;
//   analyze/name_variants.hpp), with the [aliases] line that would merge them.
// A unit listed twice on one task is reported by the parser, which keeps it once.
#include "analyze/participation.hpp"
#include "model/network.hpp"

namespace respnet {

/// The findings, in unit and task order.
Diagnostics check_assignments(const Network& network, const UnitParticipation& participation);

}  // namespace respnet
