#include "analyze/data_checks.hpp"

#include "analyze/name_variants.hpp"
#include "analyze/robust_z.hpp"

namespace respnet {
namespace {

constexpr double k_long_support_z = 3.5;

}  // namespace

Diagnostics check_assignments(const Network& network, const UnitParticipation& participation) {
  Diagnostics out;
  auto report = [&](Severity severity, SourceLocation where, std::string message) {
    out.push_back({severity, network.source_of(where), where, std::move(message)});
  };
  std::vector<std::uint32_t> leads(network.tasks.size(), 0);
  std::vector<double> supports(network.tasks.size(), 0.0);
  std::vector<TaskId> only_task(network.units.size());
  for (const Assignment& a : network.assignments) {
    const std::size_t t = index_of(a.task);
    if (a.role == Role::lead) ++leads[t];
    else supports[t] += 1;
    only_task[index_of(a.unit)] = a.task;
  }
  const std::vector<double> support_z = compute_robust_z(supports);
  for (std::size_t t = 0; t < network.tasks.size(); ++t) {
    const Task& task = network.tasks[t];
    if (leads[t] == 0) {
      report(Severity::warning, task.location, "task " + task.id + " has no lead unit.");
    }
    if (task.reading.guess && leads[t] > 0) {
      report(Severity::note, task.location,
             task.reading.basis == LeadBasis::by_name
                 ? "the units of task " + task.id + " were found by their names alone (no label, verb or column): check its lead by hand."
                 : "task " + task.id + " names no lead and the document states no rule: its first listed unit is taken as the lead; check it by hand.");
    }
    if (task.shared_lead) {
      report(Severity::note, task.location,
             "task " + task.id + " names no single lead: its " + std::to_string(leads[t]) +
                 " lead units share it (按职责分工负责).");
    }
    if (support_z[t] > k_long_support_z) {
      report(Severity::warning, task.location,
             "task " + task.id + " lists " + std::to_string(static_cast<int>(supports[t])) +
                 " supporting units, unusually many for this document: check that each of them "
                 "really takes part.");
    }
  }
  for (std::size_t u = 0; u < network.units.size(); ++u) {
    const Unit& unit = network.units[u];
    if (unit.kind == UnitKind::unit && participation.lead[u] == 0 && participation.support[u] > 0) {
      report(Severity::note, unit.location,
             "'" + unit.name + "' never leads: it supports " +
                 std::to_string(participation.support[u]) + " task(s).");
    }
    if (participation.tasks[u] == 1) {
      report(Severity::note, unit.location,
             "'" + unit.name + "' appears on one task only (" +
                 network.task(only_task[u]).id + ").");
    }
  }
  for (const NameVariants& variants : find_name_variants(network)) {
    const std::string& full = network.unit(variants.full).name;
    for (const UnitId other : variants.others) {
      const Unit& unit = network.unit(other);
      report(Severity::note, unit.location,
             "'" + unit.name + "' and '" + full + "' look like one agency written two ways; if they are, add \"" +
                 unit.name + "\" = \"" + full + "\" under [aliases] in the document's configuration.");
    }
  }
  return out;
}

}  // namespace respnet
