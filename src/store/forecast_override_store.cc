#include "store/forecast_override_store.h"

namespace lagom::store {

namespace {

constexpr const char* kSelect =
    "SELECT id, item_id, location_id, from_period, to_period, quantity, percent, total, reason, "
    "author, expires FROM forecast_overrides ";

Result<OverrideRecord> ReadOverride(const sqlite::Statement& row) {
  OverrideRecord o;
  o.id = row.Int(0);
  o.item_id = row.Int(1);
  o.location_id = row.OptionalInt(2);
  auto from = ParseDate(row.Text(3));
  auto to = ParseDate(row.Text(4));
  if (!from) return from.error();
  if (!to) return to.error();
  o.from = *from;
  o.to = *to;
  if (!row.IsNull(5)) {
    o.kind = "quantity";
    o.value = static_cast<double>(row.Int(5)) / 1000.0;
  } else if (!row.IsNull(6)) {
    o.kind = "percent";
    o.value = row.Real(6);
  } else {
    o.kind = "total";
    o.value = static_cast<double>(row.Int(7)) / 1000.0;
  }
  o.reason = row.Text(8);
  o.author = row.Text(9);
  if (!row.IsNull(10)) {
    auto expires = ParseDate(row.Text(10));
    if (!expires) return expires.error();
    o.expires = *expires;
  }
  return o;
}

Result<std::vector<OverrideRecord>> ReadAll(sqlite::Statement& stmt) {
  std::vector<OverrideRecord> out;
  Status read = stmt.ForEach([&]() -> Status {
    auto o = ReadOverride(stmt);
    if (!o) return o.error();
    out.push_back(std::move(*o));
    return {};
  });
  if (!read) return read.error();
  return out;
}

}  // namespace

Result<std::vector<OverrideRecord>> LoadActiveOverrides(sqlite::Database& db, Date as_of,
                                                        Date period_start) {
  auto stmt = db.Prepare(std::string(kSelect) +
                         "WHERE (expires IS NULL OR expires > ?1) AND to_period >= ?2 ORDER BY id");
  if (!stmt) return stmt.error();
  stmt->Bind(1, as_of);
  stmt->Bind(2, period_start);
  return ReadAll(*stmt);
}

Result<std::vector<OverrideRecord>> LoadAllOverrides(sqlite::Database& db) {
  auto stmt = db.Prepare(std::string(kSelect) + "ORDER BY id");
  if (!stmt) return stmt.error();
  return ReadAll(*stmt);
}

}  // namespace lagom::store
