// The ranges of the exact numbers Lagom accepts, in one place. Every entry (CLI, CSV, API)
// refuses a value outside them, naming the field and the limit; the ledger's database
// triggers refuse them too (store/schema_hardening.cc), so no path can store one.
//
// Why these numbers: a movement's value (quantity × unit cost or price, or a write-down's
// amount) is at most kMaxAmount = 10^11, i.e. 10^15 in Money's raw units, so one movement can
// never overflow, and the 64-bit sums the reports make (value of an item, totals, cost of
// goods sold; max ≈ 9.2 · 10^14 currency units) hold at least 9,223 movements at the limit —
// any real ledger. Products are formed in 128 bits (Extend); sums are checked, and a report
// that still meets an overflow answers an error naming the movement (engine/ledger/valuation).
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"

namespace lagom::limits {

// The largest quantity of one movement, order line or stock figure, either sign (units).
inline constexpr std::int64_t kMaxQuantityUnits = 1'000'000'000;
// The largest unit cost or unit price (currency units).
inline constexpr std::int64_t kMaxUnitCostUnits = 1'000'000'000;
// The largest value of one movement: |quantity| × unit cost (or price), or a write-down.
inline constexpr std::int64_t kMaxAmountUnits = 100'000'000'000;

inline constexpr Quantity kMaxQuantity = Quantity::FromRaw(kMaxQuantityUnits * Quantity::kScale);
inline constexpr Money kMaxUnitCost = Money::FromRaw(kMaxUnitCostUnits * Money::kScale);
inline constexpr Money kMaxAmount = Money::FromRaw(kMaxAmountUnits * Money::kScale);

// The longest free text (a reference, a name, a note) in bytes: CSV cells, API members and
// the ledger's own guard alike.
inline constexpr std::size_t kMaxTextBytes = 1000;

// Each fails (InvalidInput) with "<field> <value> is outside the limit of ±<limit>".
Status CheckQuantity(Quantity quantity, std::string_view field);
Status CheckUnitCost(Money unit_cost, std::string_view field);
Status CheckAmount(Money amount, std::string_view field);
// "<field> is longer than 1000 bytes" beyond kMaxTextBytes.
Status CheckText(std::string_view text, std::string_view field);
// |unit × quantity| ≤ kMaxAmount, exact (128-bit), without overflowing; `field` names both,
// e.g. "quantity × unit_cost".
Status CheckExtended(Money unit, Quantity quantity, std::string_view field);

// Runs `compute` (returning a Result); an overflow of the checked arithmetic inside becomes
// ConstraintViolated "<what> leaves the range of exact numbers (<detail>)" rather than an
// exception: for report totals, the sums a per-movement error cannot name.
template <class Compute>
auto WithinRange(std::string_view what, Compute compute) -> decltype(compute()) {
  try {
    return compute();
  } catch (const std::overflow_error& e) {
    return Error{ErrorCode::kConstraintViolated,
                 std::string(what) + " leaves the range of exact numbers (" + e.what() + ")"};
  }
}

}  // namespace lagom::limits
