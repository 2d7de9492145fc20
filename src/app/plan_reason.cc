#include "app/plan_reason.h"

#include <fmt/format.h>

#include "core/quantity.h"

namespace lagom::app {

namespace {

std::string Units(std::int64_t milli) {
  return Quantity::FromRaw(milli).ToString();
}

}  // namespace

std::string ExplainReorder(const plan::ReorderInput& in, const plan::ReorderDecision& out,
                           const store::StockPointData& point) {
  std::string text;
  if (!point.supply) text += "no supply terms: lead time taken as 0; ";
  text += fmt::format(
      "demand {:.2f}/period (σ {:.2f}) × {:.2f} periods ({:.2f} lead time + {:.2f} review) = "
      "{:.2f}; safety stock z {:.3f} × σ {:.2f} × √{:.2f} = {:.2f}; reorder point {:.2f}; "
      "position {} on hand + {} on order = {} ≤ {:.2f}; order up to {:.2f}: need {:.2f} → {}",
      in.demand_per_period, in.demand_sd_per_period, out.protection_periods, in.lead_time_periods,
      in.review_periods, in.demand_per_period * out.protection_periods, out.z,
      in.demand_sd_per_period, out.protection_periods, out.safety_stock, out.reorder_point,
      Units(in.on_hand_milli), Units(in.on_order_milli), Units(out.position_milli),
      out.reorder_point, out.order_up_to, out.raw_need, Units(out.quantity_milli));
  if (in.reserved_milli != 0) text += fmt::format(" (after {} reserved)", Units(in.reserved_milli));
  text += fmt::format(" (MOQ {}{}, multiple {})", Units(in.min_order_milli),
                      out.raised_to_minimum ? " applied" : "", Units(in.order_multiple_milli));
  return text;
}

}  // namespace lagom::app
