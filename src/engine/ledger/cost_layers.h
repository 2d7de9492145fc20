// The cost layers of one item: quantities with their value, oldest first. Used by
// Value() (valuation.h); exact, see there. Not thread-safe; one per valuation.
#pragma once

#include <deque>
#include <vector>

#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"
#include "engine/ledger/valuation.h"

namespace lagom::ledger {

class CostLayers {
 public:
  // `pooled`: one layer holding everything (moving weighted average).
  explicit CostLayers(bool pooled) : pooled_(pooled) {}

  void Add(Date date, const std::string& lot, Quantity quantity, Money value);
  // Takes `quantity` (> 0) units, oldest or newest layers first; returns their value.
  // REQUIRES: quantity ≤ total().
  Money Take(Quantity quantity, bool newest_first);
  // Lowers the value of the layers of `lot` (all layers when empty or pooled) by `amount`,
  // in proportion to their value. Fails, changing nothing, if they are worth less.
  Status WriteDown(Money amount, const std::string& lot);

  Quantity total() const { return total_; }
  Money value() const;
  std::vector<CostLayer> layers() const { return {layers_.begin(), layers_.end()}; }

 private:
  bool pooled_;
  Quantity total_;
  std::deque<CostLayer> layers_;  // oldest first; both ends are taken from
};

}  // namespace lagom::ledger
