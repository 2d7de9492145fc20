#include "engine/plan/reorder.h"

#include <algorithm>
#include <cmath>

namespace lagom::plan {

std::int64_t RoundOrderQuantity(double need, std::int64_t minimum_milli,
                                std::int64_t multiple_milli, bool* raised_to_minimum) {
  auto need_milli = static_cast<std::int64_t>(std::ceil(need * 1000.0 - 1e-6));
  *raised_to_minimum = need_milli < minimum_milli;
  std::int64_t quantity = std::max(need_milli, minimum_milli);
  std::int64_t packs = (quantity + multiple_milli - 1) / multiple_milli;
  return packs * multiple_milli;
}

ReorderDecision DecideReorder(const ReorderInput& in) {
  ReorderDecision out;
  out.position_milli = in.on_hand_milli + in.on_order_milli - in.reserved_milli;
  double position = static_cast<double>(out.position_milli) / 1000.0;
  if (position > in.reorder_point) return out;
  out.raw_need = in.order_up_to - position;
  if (out.raw_need <= 0) return out;
  out.quantity_milli = RoundOrderQuantity(out.raw_need, in.min_order_milli,
                                          in.order_multiple_milli, &out.raised_to_minimum);
  return out;
}

}  // namespace lagom::plan
