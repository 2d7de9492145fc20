#include "app/ledger_posting.h"

#include "app/availability.h"
#include "app/production.h"
#include "app/request_fingerprint.h"
#include "app/transfer_order_posting.h"
#include "store/ledger_store.h"

namespace lagom::app {

namespace {

using ledger::MovementType;

struct StockPoint {
  std::int64_t item_id = 0;
  std::int64_t location_id = 0;
  std::optional<std::int64_t> other_location_id;
  store::ItemFacts item;
};

Result<StockPoint> Resolve(sqlite::Database& db, const MovementRequest& r) {
  StockPoint p;
  auto item = store::IdOfCode(db, "items", r.item);
  if (!item) return item.error();
  auto location = store::IdOfCode(db, "locations", r.location);
  if (!location) return location.error();
  p.item_id = *item;
  p.location_id = *location;
  if (!r.other_location.empty()) {
    auto other = store::IdOfCode(db, "locations", r.other_location);
    if (!other) return other.error();
    p.other_location_id = *other;
  }
  auto facts = store::LoadItem(db, p.item_id);
  if (!facts) return facts.error();
  p.item = std::move(*facts);
  return p;
}

store::MovementRow Row(MovementType type, const MovementRequest& r, const StockPoint& p) {
  store::MovementRow row;
  row.type = std::string(ledger::MovementTypeName(type));
  row.date = r.date;
  row.item_id = p.item_id;
  row.location_id = p.location_id;
  row.lot = r.lot;
  row.reference = r.reference;
  return row;
}

Status CheckQuantity(const MovementRequest& r) {
  if (r.type == MovementType::kWriteDown) {
    if (r.amount <= Money()) return InvalidInput("a write-down needs an amount above zero");
    return {};
  }
  bool signed_type = ledger::RequiredSign(r.type) == ledger::Sign::kEither;
  if (signed_type ? r.quantity == Quantity() : r.quantity <= Quantity()) {
    return InvalidInput(signed_type ? "the quantity must not be zero"
                                    : "the quantity must be above zero");
  }
  bool transfer = ledger::IsTransfer(r.type);
  if (transfer && r.other_location.empty()) {
    return InvalidInput("a transfer needs the other location");
  }
  return {};
}

Status CheckNotExpired(const MovementRequest& r) {
  if (!r.expiry || *r.expiry >= r.date || r.accept_expired) return {};
  return Error{ErrorCode::kConstraintViolated, "lot '" + r.lot + "' expired on " +
                                                   FormatDate(*r.expiry) +
                                                   ", before it came in on " + FormatDate(r.date) +
                                                   "; accept it explicitly (--accept-expired, API "
                                                   "accept_expired) or write it off"};
}

Status PostIn(MovementWriter& writer, const MovementRequest& r, const StockPoint& p,
              Quantity quantity) {
  if (Status fresh = CheckNotExpired(r); !fresh) return fresh;
  store::MovementRow row = Row(r.type, r, p);
  row.expiry = r.expiry;
  row.quantity = quantity;
  row.unit_cost = r.unit_cost.value_or(p.item.unit_cost);
  auto id = writer.Add(std::move(row));
  return id ? Status() : Status(id.error());
}

// A transfer's arrival: from the lots in transit to this location (the named lot, or
// lot by lot in order).
Status ArriveIn(MovementWriter& writer, const MovementRequest& r, const StockPoint& p) {
  auto lots = store::LotBalances(writer.db(), p.item_id, p.location_id);
  if (!lots) return lots.error();
  Quantity left = r.quantity;
  for (const store::LotBalance& lot : *lots) {
    if (left == Quantity() || lot.in_transit == Quantity()) continue;
    if (!r.lot.empty() && lot.lot != r.lot) continue;
    store::MovementRow row = Row(MovementType::kTransferIn, r, p);
    row.lot = lot.lot;
    row.quantity = std::min(left, lot.in_transit);
    row.other_location_id = p.other_location_id;
    left -= row.quantity;
    if (auto id = writer.Add(std::move(row)); !id) return id.error();
  }
  if (left > Quantity()) {
    return Error{ErrorCode::kConstraintViolated, "only " + (r.quantity - left).ToString() + " of " +
                                                     r.quantity.ToString() + " is in transit to " +
                                                     r.location};
  }
  return {};
}

Result<std::vector<ledger::Pick>> Choose(const MovementRequest& r, Availability stock,
                                         const std::optional<ReservationHold>& hold) {
  if (r.type == MovementType::kScrap && !r.lot.empty()) {
    for (const ledger::LotStock& lot : stock.lots) {
      if (lot.lot == r.lot && lot.available >= r.quantity) {
        return std::vector<ledger::Pick>{{r.lot, r.quantity}};
      }
    }
    return Error{ErrorCode::kConstraintViolated,
                 "lot '" + r.lot + "' holds less than " + r.quantity.ToString()};
  }
  if (hold) stock.reserved -= hold->quantity;
  if (r.type != MovementType::kScrap && r.quantity > stock.atp()) {
    return InsufficientStock(stock, r.quantity);
  }
  auto policy = r.lot.empty() ? r.pick : ledger::PickPolicy::kManual;
  return ledger::PickLots(stock.lots, r.quantity, policy, r.date, r.lot);
}

Status PostTransferArrival(MovementWriter& writer, const MovementRequest& r, const StockPoint& p,
                           const std::vector<store::MovementRow>& out) {
  for (const store::MovementRow& left : out) {
    store::MovementRow row = left;
    row.type = "transfer-in";
    row.location_id = *p.other_location_id;
    row.other_location_id = p.location_id;
    row.quantity = -left.quantity;
    row.reference = r.reference;
    if (auto id = writer.Add(std::move(row)); !id) return id.error();
  }
  return {};
}

Status PostMoves(MovementWriter& writer, const MovementRequest& r, const StockPoint& point) {
  switch (r.type) {
    case MovementType::kSale:
    case MovementType::kIssue:
    case MovementType::kConsume:
    case MovementType::kScrap:
    case MovementType::kTransferOut:
      return TakeOut(writer, r);
    case MovementType::kTransferIn:
      return ArriveIn(writer, r, point);
    case MovementType::kProduce: {
      auto produced = PostProduction(writer, r, r.date);
      return produced ? Status() : Status(produced.error());
    }
    case MovementType::kWriteDown: {
      store::MovementRow row = Row(r.type, r, point);
      row.amount = r.amount;
      auto id = writer.Add(std::move(row));
      return id ? Status() : Status(id.error());
    }
    default:
      return PostIn(writer, r, point, r.quantity);
  }
}

}  // namespace

Status PostInto(MovementWriter& writer, const MovementRequest& r) {
  if (Status ok = CheckQuantity(r); !ok) return ok;
  auto point = Resolve(writer.db(), r);
  if (!point) return point.error();
  if (Status moved = PostMoves(writer, r, *point); !moved) return moved;
  if (r.transfer_order.empty()) return {};
  return PostAgainstTransferOrder(
      writer.db(), r, {point->item_id, point->location_id, point->other_location_id.value_or(0)});
}

Status PostIncoming(MovementWriter& writer, const MovementRequest& r) {
  if (Status ok = CheckQuantity(r); !ok) return ok;
  auto point = Resolve(writer.db(), r);
  if (!point) return point.error();
  return PostIn(writer, r, *point, r.quantity);
}

Status TakeOut(MovementWriter& writer, const MovementRequest& r,
               std::optional<ReservationHold> hold) {
  auto point = Resolve(writer.db(), r);
  if (!point) return point.error();
  auto stock = LoadAvailability(writer.db(), point->item_id, point->location_id, r.date);
  if (!stock) return stock.error();
  auto picks = Choose(r, std::move(*stock), hold);
  if (!picks) return picks.error();
  std::vector<store::MovementRow> out;
  for (const ledger::Pick& pick : *picks) {
    store::MovementRow row = Row(r.type, r, *point);
    row.lot = pick.lot;
    row.quantity = -pick.quantity;
    row.other_location_id = point->other_location_id;
    if (hold) row.reservation_id = hold->reservation_id;
    if (r.type == MovementType::kSale) row.price = r.price ? r.price : point->item.price;
    if (auto id = writer.Add(row); !id) return id.error();
    out.push_back(std::move(row));
  }
  if (r.type == MovementType::kTransferOut && !r.in_transit) {
    return PostTransferArrival(writer, r, *point, out);
  }
  return {};
}

namespace {

// Every field of the request but its key and user: the same request again is a replay.
std::string Fingerprint(const MovementRequest& r) {
  auto money = [](const std::optional<Money>& m) { return m ? m->ToString() : std::string(); };
  RequestFingerprint f;
  f.Add("type", ledger::MovementTypeName(r.type)).Add("date", FormatDate(r.date));
  f.Add("item", r.item).Add("location", r.location).Add("other_location", r.other_location);
  f.Add("lot", r.lot).Add("expiry", r.expiry ? FormatDate(*r.expiry) : "");
  f.Add("quantity", r.quantity.ToString()).Add("unit_cost", money(r.unit_cost));
  f.Add("price", money(r.price)).Add("amount", r.amount.ToString());
  f.Add("in_transit", r.in_transit ? "1" : "0").Add("transfer_order", r.transfer_order);
  f.Add("pick", std::to_string(static_cast<int>(r.pick))).Add("reference", r.reference);
  f.Add("accept_expired", r.accept_expired ? "1" : "0");
  return f.Digest();
}

// What a write-off of expired stock asks: the same again is a replay.
std::string WriteOffFingerprint(Date date, const std::string& location, const std::string& item) {
  return RequestFingerprint()
      .Add("date", FormatDate(date))
      .Add("location", location)
      .Add("item", item)
      .Digest();
}

}  // namespace

Result<Posted> PostMovement(sqlite::Database& db, const MovementRequest& request) {
  return PostOnce(
      db, request.key, request.user,
      [&](MovementWriter& writer) { return PostInto(writer, request); }, Fingerprint(request));
}

Result<Posted> WriteOffExpired(sqlite::Database& db, const std::string& key, Date date,
                               const std::string& location, const std::string& item,
                               const std::string& user) {
  return PostOnce(
      db, key, user,
      [&](MovementWriter& writer) -> Status {
        auto location_id = store::IdOfCode(db, "locations", location);
        if (!location_id) return location_id.error();
        std::int64_t item_id = 0;
        if (!item.empty()) {
          auto found = store::IdOfCode(db, "items", item);
          if (!found) return found.error();
          item_id = *found;
        }
        auto expired = store::ExpiredStock(db, *location_id, item_id, date);
        if (!expired) return expired.error();
        for (const store::ExpiredLot& lot : *expired) {
          store::MovementRow row;
          row.type = "scrap";
          row.date = date;
          row.item_id = lot.item_id;
          row.location_id = *location_id;
          row.lot = lot.lot;
          row.quantity = -lot.on_hand;
          row.reference = "expired " + FormatDate(lot.expiry);
          if (auto id = writer.Add(std::move(row)); !id) return id.error();
        }
        return {};
      },
      WriteOffFingerprint(date, location, item));
}

}  // namespace lagom::app
