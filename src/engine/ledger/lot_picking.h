// Choosing the lots an issue takes its quantity from. Expired stock is never picked: a lot
// with an expiry date is usable up to and including that day.
//
//   FEFO    first expiry, first out: the earliest expiry first (lots without expiry last),
//           then the earliest received, then by lot code — the default
//   FIFO    the earliest received first, then by lot code
//   manual  the one lot the caller names
//
// Pure, deterministic, thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/quantity.h"
#include "core/result.h"

namespace lagom::ledger {

enum class PickPolicy { kFefo, kFifo, kManual };

std::optional<PickPolicy> ParsePickPolicy(std::string_view name);  // "fefo", "fifo", "manual"

struct LotStock {
  std::string lot;  // "" = stock without a lot
  std::optional<Date> expiry;
  Date received;       // first receipt of the lot at this location
  Quantity available;  // what may be taken (on hand less what is promised elsewhere)
};

struct Pick {
  std::string lot;
  Quantity quantity;
};

inline bool IsExpired(const std::optional<Date>& expiry, Date today) {
  return expiry && *expiry < today;
}

// Picks `wanted` (> 0) from `lots`. Fails with ConstraintViolated "insufficient stock …"
// (naming what is available and what is expired) when the usable lots hold too little,
// and with ConstraintViolated/NotFound when the manual lot is expired/unknown.
Result<std::vector<Pick>> PickLots(std::span<const LotStock> lots, Quantity wanted,
                                   PickPolicy policy, Date today, std::string_view manual_lot = {});

}  // namespace lagom::ledger
