// Min/max (the (s, S) of ERP systems such as Odoo's reordering rules): min = the reorder
// point that meets the service target with the EOQ as cycle quantity, max = min + EOQ.
// Pure function, thread-safe.
#pragma once

#include "core/result.h"
#include "engine/policy/explanation.h"
#include "engine/policy/stock_point.h"

namespace lagom::policy {

struct MinMaxResult {
  double min = 0.0;
  double max = 0.0;
  double order_quantity = 0.0;  // EOQ = sqrt(2 K d / h) with d the mean demand per period
  StockPointPolicy service;     // the policy behind `min`, with its explanation
  Explanation explanation;
};

// `input.order_quantity` is replaced by the EOQ (K per order, h per unit per period).
Result<MinMaxResult> MinMax(StockPointInput input, double fixed_cost, double holding_cost);

}  // namespace lagom::policy
