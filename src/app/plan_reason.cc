#include "app/plan_reason.h"

#include <fmt/format.h>

#include "core/money.h"
#include "core/quantity.h"
#include "core/units.h"

namespace lagom::app {

namespace {

std::string Units(std::int64_t milli) {
  return Quantity::FromRaw(milli).ToString();
}

std::string Source(const plan::StockPointPlan& plan, const store::StockPointData& point) {
  if (point.source_location_id) {
    return fmt::format("transfer (lead time {:g} days); ", point.transfer_lead_time_days);
  }
  if (!point.supply) return "no supply terms: lead time taken as 0; ";
  if (plan.measured_lead_time) {
    return fmt::format("lead time measured from {} receipts; ",
                       point.supply->receipt_lead_times_days.size());
  }
  return "";
}

std::string Rounding(const plan::Rounded& r) {
  std::string notes;
  if (r.raised_to_minimum) notes += ", raised to the MOQ";
  if (r.rounded_down) notes += ", rounded down within the threshold";
  if (r.capped_at_maximum) notes += ", capped at the maximum";
  return notes;
}

// A unit price as a buyer reads it: at least two decimals, more when it has them (0.0125).
std::string Price(std::int64_t raw) {
  std::string text = Money::FromRaw(raw).ToString();
  std::size_t point = text.find('.');
  if (point == std::string::npos) return text + ".00";
  return text + std::string(text.size() - point < 3 ? 3 - (text.size() - point) : 0, '0');
}

// The order's price when a break sets it, and why a break raised the quantity: the yearly
// purchase, ordering and holding costs of the need's quantity against the chosen one.
std::string PriceNote(const plan::PriceBreakChoice& price, std::int64_t base_price_raw) {
  if (price.raised) {
    return fmt::format(
        "; price break: {} at {} instead of {} at {} costs {:.2f} less a year (purchase "
        "{:.2f} → {:.2f}, ordering {:.2f} → {:.2f}, holding {:.2f} → {:.2f})",
        Units(price.quantity_milli), Price(price.unit_price_raw), Units(price.need_milli),
        Price(price.need_price_raw), price.need.Total() - price.chosen.Total(), price.need.purchase,
        price.chosen.purchase, price.need.ordering, price.chosen.ordering, price.need.holding,
        price.chosen.holding);
  }
  if (price.quantity_milli > 0 && price.unit_price_raw != base_price_raw) {
    return "; at the break price " + Price(price.unit_price_raw);
  }
  return "";
}

// The reservations the position subtracts, when there are any.
std::string Reserved(std::int64_t reserved_milli) {
  return reserved_milli > 0 ? " − " + Units(reserved_milli) + " reserved" : "";
}

// ", = 10 case of 12" when the supplier sells in a purchase unit; "" otherwise.
std::string InPurchaseUnits(const plan::StockPointPlan& p, const store::StockPointData& point) {
  const store::SupplyOption& s = *point.supply;
  if (s.purchase_unit.empty()) return "";
  return fmt::format(", = {} {} of {}",
                     Units(InPurchaseUnitsMilli(p.rounded.quantity_milli, s.purchase_unit_milli)),
                     s.purchase_unit, Units(s.purchase_unit_milli));
}

}  // namespace

std::string ExplainProposal(const plan::StockPointPlan& p, const store::StockPointData& point) {
  double periods = p.lead_time + p.review;
  std::string text = Source(p, point);
  for (const std::string& note : p.forecast_notes) text += note + "; ";
  text += fmt::format(
      "demand {:.2f}/period (σ {:.2f}) over {:.2f} periods ({:.2f} lead time ± {:.2f} + {:.2f} "
      "review) = {:.2f}; {}: safety stock {:.2f}, reorder point {:.2f} (achieved {:.3f}), order "
      "up to {:.2f}; position {} on hand + {} on order{} = {}",
      p.demand_mean, p.demand_sd, periods, p.lead_time, p.lead_time_sd, p.review,
      p.demand_mean * periods, p.policy, p.safety_stock, p.reorder_point, p.achieved, p.order_up_to,
      Units(point.on_hand_milli), Units(point.on_order_milli), Reserved(point.reserved_milli),
      Units(p.position_milli));
  if (p.rounded.quantity_milli > 0) {
    text += fmt::format(" ≤ {:.2f}: need {:.2f} → {}{}", p.reorder_point, p.raw_need,
                        Units(p.rounded.quantity_milli), Rounding(p.rounded));
    if (point.supply && !point.source_location_id) {
      text += fmt::format(" (MOQ {}, multiple {}{})", Units(point.supply->min_order_milli),
                          Units(point.supply->order_multiple_milli), InPurchaseUnits(p, point));
      text += PriceNote(p.price, point.supply->unit_price_raw);
    }
  } else {
    text += fmt::format(" > {:.2f}: no need of its own", p.reorder_point);
  }
  if (!p.adjustments.empty()) text += "; " + p.adjustments;
  if (!p.hold_reason.empty()) text += "; " + p.hold_reason;
  return text;
}

}  // namespace lagom::app
