#include "engine/plan/reorder.h"

#include <algorithm>
#include <cmath>

#include "engine/policy/normal.h"

namespace lagom::plan {

std::int64_t RoundOrderQuantity(double need, std::int64_t minimum_milli,
                                std::int64_t multiple_milli, bool* raised_to_minimum) {
  // 1e-6 milli-units of tolerance absorbs binary floating-point noise such as 12.000000001.
  auto need_milli = static_cast<std::int64_t>(std::ceil(need * 1000.0 - 1e-6));
  *raised_to_minimum = need_milli < minimum_milli;
  std::int64_t quantity = std::max(need_milli, minimum_milli);
  std::int64_t packs = (quantity + multiple_milli - 1) / multiple_milli;
  return packs * multiple_milli;
}

ReorderDecision DecideReorder(const ReorderInput& in) {
  ReorderDecision out;
  double demand = std::max(in.demand_per_period, 0.0);
  out.z = policy::InverseNormalCdf(in.service_target);
  out.protection_periods = in.lead_time_periods + in.review_periods;
  out.safety_stock =
      std::max(0.0, out.z * in.demand_sd_per_period * std::sqrt(out.protection_periods));
  out.reorder_point = demand * out.protection_periods + out.safety_stock;
  out.order_up_to = out.reorder_point + demand * in.review_periods;
  out.position_milli = in.on_hand_milli + in.on_order_milli - in.reserved_milli;
  double position = static_cast<double>(out.position_milli) / 1000.0;
  if (position > out.reorder_point) return out;
  out.raw_need = out.order_up_to - position;
  if (out.raw_need <= 0) return out;
  out.quantity_milli = RoundOrderQuantity(out.raw_need, in.min_order_milli,
                                          in.order_multiple_milli, &out.raised_to_minimum);
  return out;
}

}  // namespace lagom::plan
