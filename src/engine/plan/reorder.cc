#include "engine/plan/reorder.h"

namespace lagom::plan {

ReorderDecision DecideReorder(const ReorderInput& in) {
  ReorderDecision out;
  out.position_milli = in.on_hand_milli + in.on_order_milli - in.reserved_milli;
  double position = static_cast<double>(out.position_milli) / 1000.0;
  if (position > in.reorder_point) return out;
  out.raw_need = in.order_up_to - position;
  if (out.raw_need <= 0) return out;
  out.rounded = RoundToSupplierRules(out.raw_need, in.rules);
  return out;
}

}  // namespace lagom::plan
