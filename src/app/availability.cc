#include "app/availability.h"

#include "store/ledger_records.h"
#include "store/ledger_store.h"

namespace lagom::app {

Result<Availability> LoadAvailability(sqlite::Database& db, std::int64_t item_id,
                                      std::int64_t location_id, Date today) {
  auto lots = store::LotBalances(db, item_id, location_id);
  if (!lots) return lots.error();
  auto reserved = store::OpenReserved(db, item_id, location_id);
  if (!reserved) return reserved.error();
  Availability out;
  out.reserved = *reserved;
  for (const store::LotBalance& lot : *lots) {
    if (lot.on_hand == Quantity()) continue;
    out.lots.push_back({lot.lot, lot.expiry, lot.first_in, lot.on_hand});
    out.on_hand += lot.on_hand;
    (ledger::IsExpired(lot.expiry, today) ? out.expired : out.usable) += lot.on_hand;
  }
  return out;
}

Result<Availability> LoadAvailability(sqlite::Database& db, const std::string& item_code,
                                      const std::string& location_code, Date today) {
  auto item = store::IdOfCode(db, "items", item_code);
  if (!item) return item.error();
  auto location = store::IdOfCode(db, "locations", location_code);
  if (!location) return location.error();
  return LoadAvailability(db, *item, *location, today);
}

Error InsufficientStock(const Availability& stock, Quantity requested) {
  std::string text = "insufficient stock: " + stock.atp().ToString() + " available to promise (" +
                     stock.usable.ToString() + " on hand";
  if (stock.reserved > Quantity()) text += ", " + stock.reserved.ToString() + " reserved";
  if (stock.expired > Quantity()) text += ", " + stock.expired.ToString() + " more expired";
  return {ErrorCode::kConstraintViolated, text + "), " + requested.ToString() + " requested"};
}

}  // namespace lagom::app
