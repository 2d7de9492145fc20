// The checks Explode runs before planning: options in range, every number finite and in
// range, indices valid, no cycle, a BOM for every made stock point. Each failure is an
// InvalidInput error naming the stock point (ITEM@LOCATION) and the value.
#pragma once

#include "core/result.h"
#include "engine/mrp/explosion.h"

namespace lagom::mrp {

Status Validate(const Network& network, const Options& options);

// "ITEM@LOCATION".
std::string NodeName(const Node& node);

// "BIKE@P → FRAME@P → BIKE@P" for a cycle of node indices (first repeated last).
std::string CycleText(const Network& network, const std::vector<int>& cycle);

}  // namespace lagom::mrp
