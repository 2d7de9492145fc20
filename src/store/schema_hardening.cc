#include "store/schema_hardening.h"

#include <fmt/format.h>

#include <string>
#include <vector>

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

// PostgreSQL's form of the same check: one statement in the function movements_limits().
std::string LimitCheck(std::string_view expression, double limit, std::string_view field,
                       const std::string& shown) {
  return fmt::format(
      "  IF ({0}) NOT BETWEEN -{1:.0f} AND {1:.0f} THEN\n"
      "    RAISE EXCEPTION '{2} is outside the limit of ±{3}' USING ERRCODE = 'check_violation';\n"
      "  END IF;\n",
      expression, limit, field, shown);
}

// The limits in raw units, each with the expression that must stay within it.
struct Limit {
  std::string_view name, expression;
  double limit;
  std::string_view field;
  std::string shown;
};

std::vector<Limit> MovementLimits() {
  using namespace limits;
  const double quantity = static_cast<double>(kMaxQuantity.raw());
  const double unit = static_cast<double>(kMaxUnitCost.raw());
  const double amount = static_cast<double>(kMaxAmount.raw());
  const double extended = amount * Quantity::kScale;
  return {
      {"quantity", "NEW.quantity", quantity, "quantity", kMaxQuantity.ToString()},
      {"unit_cost", "NEW.unit_cost", unit, "unit_cost", kMaxUnitCost.ToString()},
      {"price", "COALESCE(NEW.price, 0)", unit, "price", kMaxUnitCost.ToString()},
      {"amount", "NEW.amount", amount, "amount", kMaxAmount.ToString()},
      {"value", "NEW.quantity * 1.0 * NEW.unit_cost", extended, "quantity × unit_cost",
       kMaxAmount.ToString()},
      {"revenue", "NEW.quantity * 1.0 * COALESCE(NEW.price, 0)", extended, "quantity × price",
       kMaxAmount.ToString()},
  };
}

// The last line of defence behind app/ and store::InsertMovement (which check exactly and
// name the value): no path — CSV, API, CLI, SQL — stores a movement beyond the limits.
std::string LimitTriggers() {
  std::string sql;
  for (const Limit& l : MovementLimits()) {
    sql += LimitTrigger(l.name, l.expression, l.limit, l.field, l.shown);
  }
  return sql;
}

std::string PostgresLimitTriggers() {
  std::string sql =
      "CREATE FUNCTION movements_limits() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n";
  for (const Limit& l : MovementLimits())
    sql += LimitCheck(l.expression, l.limit, l.field, l.shown);
  return sql +
         "  RETURN NEW;\nEND $$;\n"
         "CREATE TRIGGER movements_limits BEFORE INSERT ON movements\n"
         "FOR EACH ROW EXECUTE FUNCTION movements_limits();\n";
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

std::string_view HardeningPostgresTriggersSql() {
  static const std::string sql = PostgresLimitTriggers();
  return sql;
}

std::string_view HardeningSchemaSql() {
  static const std::string sql = BuildSql();
  return sql;
}

}  // namespace lagom::store
