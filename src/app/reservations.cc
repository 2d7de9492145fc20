#include "app/reservations.h"

#include <algorithm>

#include "app/availability.h"
#include "app/ledger_posting.h"
#include "app/request_fingerprint.h"
#include "store/ledger_store.h"

namespace lagom::app {

namespace {

Error NotOpen(const store::ReservationRow& r) {
  return {ErrorCode::kConstraintViolated, "reservation '" + r.key + "' is " + r.status};
}

Result<store::ReservationRow> Load(sqlite::Database& db, const std::string& key) {
  auto found = store::FindReservation(db, key);
  if (!found) return found.error();
  if (!*found) return NotFound("no reservation '" + key + "'");
  return std::move(**found);
}

Result<Reserved> NewReservation(sqlite::Database& db, const ReserveRequest& r) {
  store::ReservationRow row;
  row.key = r.key;
  row.channel = r.channel;
  row.order_ref = r.order_ref;
  auto item = store::IdOfCode(db, "items", r.item);
  if (!item) return item.error();
  auto location = store::IdOfCode(db, "locations", r.location);
  if (!location) return location.error();
  row.item_id = *item;
  row.location_id = *location;
  row.date = r.date;
  row.requested = r.quantity;
  row.user = r.user;
  auto stock = LoadAvailability(db, *item, *location, r.date);
  if (!stock) return stock.error();
  Quantity free = std::max(stock->atp(), Quantity());
  if (r.quantity > free && !r.allow_backorder) return InsufficientStock(*stock, r.quantity);
  row.promised = row.open = std::min(r.quantity, free);
  row.backordered = r.quantity - row.promised;
  auto id = store::InsertReservation(db, row);
  if (!id) return id.error();
  row.id = *id;
  return Reserved{std::move(row), false};
}

// A replay must be the same reservation: what it holds, where, for whom.
Status SameReservation(const store::ReservationRow& kept, const ReserveRequest& r,
                       std::int64_t item_id, std::int64_t location_id) {
  if (kept.item_id == item_id && kept.location_id == location_id && kept.requested == r.quantity &&
      kept.channel == r.channel && kept.order_ref == r.order_ref) {
    return {};
  }
  return KeyReused(r.key, "reservation (" + kept.requested.ToString() + " requested)");
}

Result<Reserved> Replay(sqlite::Database& db, store::ReservationRow kept, const ReserveRequest& r) {
  auto item = store::IdOfCode(db, "items", r.item);
  auto location = store::IdOfCode(db, "locations", r.location);
  std::int64_t item_id = item ? *item : 0;
  std::int64_t location_id = location ? *location : 0;
  if (Status same = SameReservation(kept, r, item_id, location_id); !same) return same.error();
  return Reserved{std::move(kept), true};
}

}  // namespace

Result<Reserved> Reserve(sqlite::Database& db, const ReserveRequest& request) {
  if (request.key.empty()) return InvalidInput("an idempotency key is required");
  if (request.quantity <= Quantity()) return InvalidInput("the quantity must be above zero");
  return InTransaction<Reserved>(db, [&]() -> Result<Reserved> {
    auto earlier = store::FindReservation(db, request.key);
    if (!earlier) return earlier.error();
    if (*earlier) return Replay(db, std::move(**earlier), request);
    return NewReservation(db, request);
  });
}

Result<std::optional<store::ReservationRow>> FindReservation(sqlite::Database& db,
                                                             const std::string& key) {
  return store::FindReservation(db, key);
}

Result<Reserved> Release(sqlite::Database& db, const std::string& key) {
  return InTransaction<Reserved>(db, [&]() -> Result<Reserved> {
    auto row = Load(db, key);
    if (!row) return row.error();
    if (row->status == "released") return Reserved{std::move(*row), true};
    if (row->status != "open") return NotOpen(*row);
    row->open = Quantity();
    row->status = "released";
    if (Status updated = store::UpdateReservation(db, *row); !updated) return updated.error();
    return Reserved{std::move(*row), false};
  });
}

namespace {

// What a fulfilment asks besides its reservation: the same again is a replay.
std::string FulfilFingerprint(Date date, ledger::PickPolicy pick) {
  return RequestFingerprint()
      .Add("date", FormatDate(date))
      .Add("pick", std::to_string(static_cast<int>(pick)))
      .Digest();
}

}  // namespace

Result<Posted> Fulfil(sqlite::Database& db, const std::string& key, Date date,
                      ledger::PickPolicy pick, const std::string& user) {
  return PostOnce(
      db, "fulfil/" + key, user,
      [&](MovementWriter& writer) -> Status {
        auto row = Load(db, key);
        if (!row) return row.error();
        if (row->status != "open") return NotOpen(*row);
        if (row->open == Quantity()) {
          return Error{ErrorCode::kConstraintViolated,
                       "reservation '" + key + "' holds nothing in stock (all backordered)"};
        }
        auto item = store::LoadItem(db, row->item_id);
        if (!item) return item.error();
        auto location = store::LoadLocationCode(db, row->location_id);
        if (!location) return location.error();
        MovementRequest sale;
        sale.type = ledger::MovementType::kSale;
        sale.date = date;
        sale.item = item->code;
        sale.location = *location;
        sale.quantity = row->open;
        sale.pick = pick;
        sale.reference =
            row->channel.empty() ? row->order_ref : row->channel + " " + row->order_ref;
        if (Status taken = TakeOut(writer, sale, ReservationHold{row->id, row->open}); !taken) {
          return taken;
        }
        row->fulfilled += row->open;
        row->open = Quantity();
        row->status = "fulfilled";
        return store::UpdateReservation(db, *row);
      },
      FulfilFingerprint(date, pick));
}

}  // namespace lagom::app
