// Inventory valuation of one item from its movements: cost layers, cost of goods sold per
// movement and the value on hand at any date, by one of four cost-flow methods.
//
//   FIFO            issues take the oldest layers first (perpetual and periodic agree)
//   LIFO perpetual  each issue takes the newest layers at the time it happens
//   LIFO periodic   each period's issues are costed at the period's end, newest layers
//                   first (so purchases later in the period are "sold" first); the last
//                   period ends at `as_of`. Not allowed under IFRS (IAS 2.25).
//   WAC             moving weighted average: every receipt re-averages the pool
//
// Exactness: a layer (or the average pool) holds a quantity and a value, never a unit cost;
// taking q of Q units takes round(value · q / Q) (halves away from zero) and the last unit
// takes what is left. Hence, exactly, ending value = Σ movement values: the reconciliation
// that `lagom check` proves. Stock is pooled per item across locations, so transfers are
// value-neutral. Pure, deterministic, thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/period.h"
#include "core/quantity.h"
#include "core/result.h"
#include "engine/ledger/movement.h"

namespace lagom::ledger {

enum class CostMethod { kFifo, kLifoPerpetual, kLifoPeriodic, kWeightedAverage };

// "fifo", "lifo" (perpetual), "lifo-periodic", "wac".
std::string_view CostMethodName(CostMethod method);
std::optional<CostMethod> ParseCostMethod(std::string_view name);
std::vector<std::string> CostMethodNames();

// What valuation needs of a movement.
struct CostedMovement {
  Date date;
  MovementType type = MovementType::kReceipt;
  Quantity quantity;    // signed effect on stock (see movement.h)
  Money unit_cost;      // for stock coming in; ignored for stock going out
  Money amount;         // write-downs only: the reduction in value (> 0)
  std::string lot;      // a write-down with a lot applies to that lot's layers only
  std::int64_t id = 0;  // the caller's name for it, said in errors
};

struct CostLayer {
  Date date;  // when the layer came in
  std::string lot;
  Quantity quantity;
  Money value;
};

struct ValuationOptions {
  CostMethod method = CostMethod::kFifo;
  Date as_of;                              // movements after as_of are ignored
  PeriodKind period = PeriodKind::kMonth;  // accounting period of LIFO periodic
};

struct Valuation {
  Quantity quantity;              // on hand at as_of
  Money value;                    // = Σ layers' value = Σ movement_values
  std::vector<CostLayer> layers;  // oldest first (WAC: one pool, dated at as_of)
  // Per input movement (same order; zero for those after as_of and for transfers): the
  // value it added (> 0) or took away (< 0, its cost of goods sold or write-down).
  std::vector<Money> movement_values;
};

// REQUIRES: `movements` sorted by date (ties in posting order). Fails (ConstraintViolated)
// if stock would go below zero, or a write-down exceeds the value it applies to, or a value
// leaves Money's range (a ledger written before core/limits.h held): the error names the
// movement (its id and date) instead of throwing.
Result<Valuation> Value(std::span<const CostedMovement> movements, const ValuationOptions& options);

}  // namespace lagom::ledger
