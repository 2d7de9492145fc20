// One stock point's line in a supplier order, as the supplier-order stages see it: what it
// proposes, and how much more it could take when an order is brought up to a minimum value,
// a free-freight threshold or a full container ("bring forward"). Quantities in the item's
// base unit (milli-units where exact), money in Money raw units (1/10000).
#pragma once

#include <cstdint>
#include <limits>
#include <span>

namespace lagom::plan {

struct OrderLine {
  std::int64_t quantity_milli = 0;  // proposed after rounding; 0 for a bring-forward candidate
  std::int64_t pack_milli = 1000;   // > 0
  std::int64_t max_milli = 0;       // the line never exceeds this (0 = no maximum)
  std::int64_t unit_price_raw = 0;
  double position = 0;          // units before this order: on hand + on order − reserved
  double demand_per_day = 0;    // forecast
  double max_cover_days = 0;    // bringing forward stops at this cover (0 = no limit)
  double volume_m3 = 0;         // per unit
  double weight_kg = 0;         // per unit
  double units_per_pallet = 0;  // 0 = not palletised
  // What the stages did:
  std::int64_t brought_forward_milli = 0;
  bool held = false;
};

// Days the line's position plus its order lasts; +∞ without demand.
inline double CoverDays(const OrderLine& line) {
  if (line.demand_per_day <= 0) return std::numeric_limits<double>::infinity();
  return (line.position + static_cast<double>(line.quantity_milli) / 1000.0) / line.demand_per_day;
}

// Value of the lines that are not held, in Money raw units.
std::int64_t OrderValueRaw(std::span<const OrderLine> lines);

}  // namespace lagom::plan
