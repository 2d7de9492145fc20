#include "engine/plan/rounding.h"

#include <algorithm>
#include <cmath>

namespace lagom::plan {

Rounded RoundToSupplierRules(double need, const SupplierRules& rules) {
  Rounded out;
  // A millionth of a milli-unit of tolerance absorbs floating-point noise (12.000000001).
  out.need_milli = static_cast<std::int64_t>(std::ceil(need * 1000.0 - 1e-6));
  if (out.need_milli <= 0) return out;
  const std::int64_t pack = rules.multiple_milli;
  std::int64_t lower = out.need_milli / pack * pack;
  std::int64_t excess = out.need_milli - lower;
  std::int64_t quantity = excess == 0 ? lower : lower + pack;
  if (excess > 0 && lower > 0 &&
      static_cast<double>(excess) <= rules.round_down_fraction * static_cast<double>(pack)) {
    quantity = lower;
    out.rounded_down = true;
  }
  if (quantity < rules.min_order_milli) {
    quantity = (rules.min_order_milli + pack - 1) / pack * pack;
    out.raised_to_minimum = true;
    out.rounded_down = false;
  }
  if (rules.max_order_milli > 0 && quantity > rules.max_order_milli) {
    quantity = std::max<std::int64_t>(rules.max_order_milli / pack * pack, 0);
    out.capped_at_maximum = true;
  }
  out.quantity_milli = quantity;
  return out;
}

}  // namespace lagom::plan
