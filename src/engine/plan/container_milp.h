// The optimal container fill, as a mixed-integer program solved by COIN-OR CBC: choose extra
// packs x_i per line (0 ≤ x_i ≤ what the line may take) to maximise the load score of
// `containers` containers subject to their volume, weight and pallet capacity, pallets
// counted per line as integers p_i ≥ (q_i + x_i·pack_i) / units per pallet. It measures the
// greedy fill (container.h) and fills containers exactly where the planner asks for it.
// Deterministic; allocates; single-threaded CBC.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/result.h"
#include "engine/plan/container.h"

namespace lagom::plan {

struct OptimalFill {
  std::vector<std::int64_t> packs_added;  // per line
  double score = 0;                       // LoadScore after the fill
  bool proven_optimal = false;            // false when the time limit stopped the search
};

// REQUIRES: the lines' current load fits into `containers` containers.
Result<OptimalFill> SolveOptimalFill(std::span<const OrderLine> lines, const ContainerSpec& spec,
                                     int containers, double seconds_limit = 10);

}  // namespace lagom::plan
