#include "app/plan_reason.h"

#include <fmt/format.h>

#include <cmath>

#include "core/quantity.h"

namespace lagom::app {

namespace {

std::string Units(std::int64_t milli) {
  return Quantity::FromRaw(milli).ToString();
}

}  // namespace

std::string ExplainReorder(const StockPointPolicyResult& p, const plan::ReorderInput& in,
                           const plan::ReorderDecision& out, const store::StockPointData& point) {
  const policy::StockPointInput& demand = p.input;
  double periods = demand.lead_time_mean + demand.review_period;
  std::string text = point.supply ? "" : "no supply terms: lead time taken as 0; ";
  text += fmt::format(
      "demand {:.2f}/period (σ {:.2f}) over {:.2f} periods ({:.2f} lead time ± {:.2f} + {:.2f} "
      "review) = {:.2f}; {}: safety stock {:.2f}, reorder point {:.2f} (achieved {:.3f}); {}: "
      "order up to {:.2f}; position {} on hand + {} on order",
      demand.demand_mean, std::sqrt(demand.demand_variance), periods, demand.lead_time_mean,
      demand.lead_time_sd, demand.review_period, demand.demand_mean * periods, p.summary,
      p.policy.safety_stock, p.policy.reorder_point, p.policy.achieved_service, p.order_rule_note,
      p.policy.order_up_to_level, Units(in.on_hand_milli), Units(in.on_order_milli));
  if (in.reserved_milli != 0) text += fmt::format(" − {} reserved", Units(in.reserved_milli));
  text +=
      fmt::format(" = {} ≤ {:.2f}: need {:.2f} → {} (MOQ {}{}, multiple {})",
                  Units(out.position_milli), in.reorder_point, out.raw_need,
                  Units(out.rounded.quantity_milli), Units(in.rules.min_order_milli),
                  out.rounded.raised_to_minimum ? " applied" : "", Units(in.rules.multiple_milli));
  return text;
}

}  // namespace lagom::app
