// Micro-benchmarks of the inner kernels (Google Benchmark), on the bundled document and on
// generated ones: `scripts/bench --micro` builds and runs them. RESPNET_BENCH_DOC names a
// larger document (scripts/generate_document.py) for the parse and shortest-path kernels.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "analyze/bipartite_centrality.hpp"
#include "analyze/clusters.hpp"
#include "analyze/metrics.hpp"
#include "analyze/projection.hpp"
#include "analyze/projection_centrality.hpp"
#include "analyze/structural_holes.hpp"
#include "parse/document.hpp"

namespace {

using namespace respnet;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The bundled document, and RESPNET_BENCH_DOC's when it is set (else the bundled one again).
const std::string& document_text(bool large) {
  static const std::string bundled = read_file(RESPNET_SOURCE_DIR "/graphs/zhoushan-2022.txt");
  static const std::string generated = std::getenv("RESPNET_BENCH_DOC") ? read_file(std::getenv("RESPNET_BENCH_DOC")) : bundled;
  return large ? generated : bundled;
}

const Network& network_of(bool large) {
  static const Network bundled = parse_document(document_text(false), "bundled.txt").network;
  static const Network generated = parse_document(document_text(true), "generated.txt").network;
  return large ? generated : bundled;
}

void parse(benchmark::State& state) {
  const std::string& text = document_text(state.range(0) != 0);
  for (auto _ : state) benchmark::DoNotOptimize(parse_document(text, "document.txt"));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void bipartite_centrality(benchmark::State& state) {
  const Network& network = network_of(state.range(0) != 0);
  PathOptions paths;
  paths.threads = 1;
  for (auto _ : state) benchmark::DoNotOptimize(compute_bipartite_centrality(network, paths));
  state.counters["vertices"] = static_cast<double>(network.tasks.size() + network.leaders.size() + network.units.size());
}

void projection(benchmark::State& state) {
  const Network& network = network_of(state.range(0) != 0);
  for (auto _ : state) benchmark::DoNotOptimize(project_units(network, ProjectionWeighting::shared_tasks));
}

void projection_centrality(benchmark::State& state) {
  const Network& network = network_of(state.range(0) != 0);
  const UnitProjection p = project_units(network, ProjectionWeighting::shared_tasks);
  PathOptions paths;
  paths.threads = 1;
  for (auto _ : state) benchmark::DoNotOptimize(compute_projection_centrality(p, network.source, paths));
}

void structural_holes(benchmark::State& state) {
  const UnitProjection p = project_units(network_of(state.range(0) != 0), ProjectionWeighting::shared_tasks);
  for (auto _ : state) benchmark::DoNotOptimize(compute_structural_holes(p));
}

void clusters(benchmark::State& state) {
  const NetworkStructure structure = compute_structure(network_of(state.range(0) != 0), {});
  for (auto _ : state) benchmark::DoNotOptimize(compute_clusters(structure, {}));
}

// Argument 0: the bundled document; 1: RESPNET_BENCH_DOC.
BENCHMARK(parse)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(bipartite_centrality)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(projection)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(projection_centrality)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(structural_holes)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(clusters)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
