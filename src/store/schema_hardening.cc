#include "store/schema_hardening.h"

#include <fmt/format.h>

#include <string>

#include "core/limits.h"

namespace lagom::store {

namespace {

// One trigger refusing movements whose `expression` (raw units) lies outside ±`limit`, with
// a message naming the field. Comparisons in REAL where a product could pass 2^63 (SQLite
// turns an overflowing integer product into REAL anyway); BETWEEN avoids abs(INT64_MIN).
std::string LimitTrigger(std::string_view name, std::string_view expression, double limit,
                         std::string_view field, const std::string& shown) {
  return fmt::format(
      "CREATE TRIGGER movements_limit_{0} BEFORE INSERT ON movements\n"
      "WHEN ({1}) NOT BETWEEN -{2:.0f} AND {2:.0f}\n"
      "BEGIN SELECT RAISE(ABORT, '{3} is outside the limit of ±{4}'); END;\n",
      name, expression, limit, field, shown);
}

// The last line of defence behind app/ and store::InsertMovement (which check exactly and
// name the value): no path — CSV, API, CLI, SQL — stores a movement beyond the limits.
std::string LimitTriggers() {
  using namespace limits;
  const double quantity = static_cast<double>(kMaxQuantity.raw());
  const double unit = static_cast<double>(kMaxUnitCost.raw());
  const double amount = static_cast<double>(kMaxAmount.raw());
  const double extended = amount * Quantity::kScale;
  return LimitTrigger("quantity", "NEW.quantity", quantity, "quantity", kMaxQuantity.ToString()) +
         LimitTrigger("unit_cost", "NEW.unit_cost", unit, "unit_cost", kMaxUnitCost.ToString()) +
         LimitTrigger("price", "COALESCE(NEW.price, 0)", unit, "price", kMaxUnitCost.ToString()) +
         LimitTrigger("amount", "NEW.amount", amount, "amount", kMaxAmount.ToString()) +
         LimitTrigger("value", "NEW.quantity * 1.0 * NEW.unit_cost", extended,
                      "quantity × unit_cost", kMaxAmount.ToString()) +
         LimitTrigger("revenue", "NEW.quantity * 1.0 * COALESCE(NEW.price, 0)", extended,
                      "quantity × price", kMaxAmount.ToString());
}

// The request first applied under each idempotency key (its fingerprint), so that the key
// reused for a different request is refused instead of answered as a replay.
constexpr std::string_view kOperationRequests = R"sql(
CREATE TABLE operation_requests (
  key         TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// Accounts that may no longer log in or use their tokens, kept for the record.
constexpr std::string_view kDisabledUsers = R"sql(
ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
)sql";

std::string BuildSql() {
  return LimitTriggers() + std::string(kOperationRequests) + std::string(kDisabledUsers);
}

}  // namespace

std::string_view HardeningSchemaSql() {
  static const std::string sql = BuildSql();
  return sql;
}

}  // namespace lagom::store
