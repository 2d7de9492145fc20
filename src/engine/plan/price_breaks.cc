#include "engine/plan/price_breaks.h"

namespace lagom::plan {

namespace {

constexpr double kDaysPerYear = 365.0;
constexpr double kMoneyPerRaw = 1.0 / 10000.0;

YearlyCost CostPerYear(const PriceBreakInput& in, std::int64_t quantity_milli,
                       std::int64_t price_raw) {
  double demand = in.demand_per_day * kDaysPerYear;
  double quantity = static_cast<double>(quantity_milli) / 1000.0;
  double price = static_cast<double>(price_raw) * kMoneyPerRaw;
  return {demand * price, in.ordering_cost * demand / quantity,
          in.holding_rate * price * quantity / 2.0};
}

// The break's quantity rounded up to the order multiple.
std::int64_t OrderableFrom(const PriceBreak& b, const SupplierRules& rules) {
  std::int64_t multiple = rules.multiple_milli > 0 ? rules.multiple_milli : 1;
  return (b.min_milli + multiple - 1) / multiple * multiple;
}

bool WithinLimits(const PriceBreakInput& in, std::int64_t quantity_milli) {
  if (in.rules.max_order_milli > 0 && quantity_milli > in.rules.max_order_milli) return false;
  double stock_after = in.position + static_cast<double>(quantity_milli) / 1000.0;
  return stock_after <= in.max_cover_days * in.demand_per_day;
}

}  // namespace

std::int64_t PriceAt(std::int64_t base_price_raw, std::span<const PriceBreak> breaks,
                     std::int64_t quantity_milli) {
  std::int64_t price = base_price_raw;
  for (const PriceBreak& b : breaks) {
    if (b.min_milli > quantity_milli) break;
    price = b.unit_price_raw;
  }
  return price;
}

PriceBreakChoice ChoosePriceBreak(const PriceBreakInput& in) {
  PriceBreakChoice choice;
  choice.need_milli = choice.quantity_milli = in.quantity_milli;
  choice.need_price_raw = choice.unit_price_raw =
      PriceAt(in.base_price_raw, in.breaks, in.quantity_milli);
  if (in.quantity_milli <= 0 || in.demand_per_day <= 0) return choice;
  YearlyCost need = CostPerYear(in, in.quantity_milli, choice.need_price_raw);
  YearlyCost best = need;
  for (const PriceBreak& b : in.breaks) {
    std::int64_t quantity = OrderableFrom(b, in.rules);
    if (quantity <= in.quantity_milli || !WithinLimits(in, quantity)) continue;
    std::int64_t price = PriceAt(in.base_price_raw, in.breaks, quantity);
    YearlyCost cost = CostPerYear(in, quantity, price);
    if (cost.Total() < best.Total()) {
      best = cost;
      choice.quantity_milli = quantity;
      choice.unit_price_raw = price;
      choice.raised = true;
    }
  }
  if (choice.raised) {
    choice.chosen = best;
    choice.need = need;
  }
  return choice;
}

}  // namespace lagom::plan
