// Quantity price breaks (all-units discounts: from a break's quantity on, the whole order costs
// the break's price) and the order quantity they make worth buying. A larger quantity wins when
// its yearly cost — purchase D·p(q) + ordering K·D/q + holding h·p(q)·q/2, the textbook
// all-units discount model — is lower than the need's, and only while the stock it leaves
// stays within the cover limit and the supplier's maximum. Quantities in milli-units, prices
// in Money raw (1/10000), yearly amounts in money units. Pure, thread-safe.
#pragma once

#include <cstdint>
#include <span>

#include "engine/plan/rounding.h"

namespace lagom::plan {

struct PriceBreak {
  std::int64_t min_milli = 0;  // > 0
  std::int64_t unit_price_raw = 0;
};

// The unit price of an order of `quantity_milli`: the price of the largest break at or below
// it, else `base_price_raw`. REQUIRES: `breaks` sorted by min_milli ascending.
std::int64_t PriceAt(std::int64_t base_price_raw, std::span<const PriceBreak> breaks,
                     std::int64_t quantity_milli);

struct PriceBreakInput {
  std::int64_t quantity_milli = 0;  // the need, rounded to the supplier's rules; > 0
  std::int64_t base_price_raw = 0;  // the supply terms' unit price
  std::span<const PriceBreak> breaks;
  SupplierRules rules;        // order multiple and maximum
  double demand_per_day = 0;  // units
  double position = 0;        // units on hand + on order − reserved, before this order
  double max_cover_days = 0;  // position + order must stay within this cover
  double ordering_cost = 0;   // per order, money
  double holding_rate = 0;    // per year, share of the unit price
};

// A yearly cost split, money units.
struct YearlyCost {
  double purchase = 0, ordering = 0, holding = 0;
  double Total() const { return purchase + ordering + holding; }
};

struct PriceBreakChoice {
  std::int64_t quantity_milli = 0;  // what to order
  std::int64_t unit_price_raw = 0;  // its price
  bool raised = false;              // a break made the larger quantity cheaper per year
  std::int64_t need_milli = 0, need_price_raw = 0;  // the need's quantity and price
  YearlyCost chosen, need;                          // set when raised
};

PriceBreakChoice ChoosePriceBreak(const PriceBreakInput& in);

}  // namespace lagom::plan
