// Supplier-order rules over all of one supplier's lines: a minimum order value (reached by
// bringing forward the most urgent items — AGR's "surpass" — or the order is held), and a
// free-freight threshold (an order close to it is topped up to it). "Most urgent" is the
// line with the fewest days of cover; a line is brought forward one pack at a time, never
// past its maximum or its maximum cover. Pure, deterministic (ties by line order).
#pragma once

#include <cstdint>
#include <functional>
#include <span>

#include "engine/plan/order_line.h"

namespace lagom::plan {

enum class BelowMinimum { kSurpass, kHold };

struct MinimumOrderOutcome {
  std::int64_t value_before_raw = 0;
  std::int64_t value_after_raw = 0;
  bool surpassed = false;  // brought forward to reach the minimum
  bool held = false;       // every line held: below the minimum and not (or not able to be)
                           // surpassed
};

MinimumOrderOutcome ApplyMinimumOrderValue(std::span<OrderLine> lines, std::int64_t minimum_raw,
                                           BelowMinimum policy);

struct FreeFreightOutcome {
  std::int64_t value_before_raw = 0;
  std::int64_t value_after_raw = 0;
  bool topped_up = false;
};

// Tops the order up to `threshold_raw` when it is at least `top_up_fraction` of it already;
// leaves it unchanged if the lines cannot take enough.
FreeFreightOutcome ApplyFreeFreight(std::span<OrderLine> lines, std::int64_t threshold_raw,
                                    double top_up_fraction);

// Adds packs to the most urgent lines while `accept(lines)` says the next pack is allowed,
// until `done(lines)`; returns whether `done` was reached. Shared by the rules above and
// the container fill.
bool BringForward(std::span<OrderLine> lines, const std::function<bool()>& done,
                  const std::function<bool(const OrderLine&)>& accept_pack);

}  // namespace lagom::plan
