#include "app/receiving.h"

#include "app/ledger_posting.h"
#include "app/order_checks.h"
#include "app/request_fingerprint.h"
#include "gs1/read_code.h"
#include "store/ledger_records.h"
#include "store/ledger_store.h"
#include "store/order_facts.h"

namespace lagom::app {

namespace {

// Fills what the request leaves open from its barcode; a barcode that contradicts the
// request is refused.
Status ApplyBarcode(sqlite::Database& db, ReceiptRequest& r) {
  if (r.barcode.empty()) return {};
  auto scanned = ReadBarcode(db, r.barcode, r.date);
  if (!scanned) return scanned.error();
  if (!scanned->item.empty()) {
    if (!r.item.empty() && r.item != scanned->item) {
      return InvalidInput("barcode is for item '" + scanned->item + "', not '" + r.item + "'");
    }
    r.item = scanned->item;
  }
  if (r.lot.empty()) r.lot = scanned->lot;
  if (!r.expiry) r.expiry = scanned->expiry;
  if (!r.quantity) r.quantity = scanned->quantity;
  return {};
}

Status CheckLine(const store::PoLine& line, const ReceiptRequest& r, Quantity quantity) {
  std::string name = r.po_number + "/" + std::to_string(r.po_line);
  if (line.status != "open") {
    return Error{ErrorCode::kConstraintViolated, "purchase order line " + name + " is closed"};
  }
  if (line.received + quantity > line.ordered && !r.allow_over_delivery) {
    return Error{ErrorCode::kConstraintViolated,
                 "over-delivery on " + name + ": " + line.ordered.ToString() + " ordered, " +
                     line.received.ToString() + " received, " + quantity.ToString() +
                     " more would make " + (line.received + quantity).ToString() +
                     " (allow over-delivery to accept it)"};
  }
  return {};
}

Status Match(const char* noun, const std::string& actual, std::string& given) {
  if (!given.empty() && given != actual) {
    return InvalidInput(std::string("the purchase order line is for ") + noun + " '" + actual +
                        "', not '" + given + "'");
  }
  given = actual;
  return {};
}

// The line's own item and location, checked against what the request names.
Status MatchLine(sqlite::Database& db, const store::PoLine& line, ReceiptRequest& r) {
  auto item = store::LoadItem(db, line.item_id);
  if (!item) return item.error();
  auto location = store::LoadLocationCode(db, line.location_id);
  if (!location) return location.error();
  if (Status ok = Match("item", item->code, r.item); !ok) return ok;
  return Match("location", *location, r.location);
}

// A whole-unit item is received in whole units (the request's field `quantity`).
Status CheckReceivedUnits(sqlite::Database& db, const ReceiptRequest& r) {
  auto uom = store::LoadItemUnit(db, r.item);
  if (!uom) return uom.error();
  return CheckWholeUnits(*r.quantity, *uom, "quantity");
}

MovementRequest ReceiptMovement(const ReceiptRequest& r, std::optional<Money> unit_cost,
                                std::string reference) {
  MovementRequest m;
  m.key = r.key;
  m.type = ledger::MovementType::kReceipt;
  m.date = r.date;
  m.item = r.item;
  m.location = r.location;
  m.lot = r.lot;
  m.expiry = r.expiry;
  m.quantity = *r.quantity;
  m.unit_cost = unit_cost;
  m.reference = std::move(reference);
  m.accept_expired = r.accept_expired;
  return m;
}

// Posts the receipt against the line and records it; fills `out`.
Status ReceiveAgainstLine(MovementWriter& writer, ReceiptRequest& r, ReceiptOutcome& out) {
  sqlite::Database& db = writer.db();
  auto line = store::LoadPoLine(db, r.po_number, r.po_line);
  if (!line) return line.error();
  if (Status ok = MatchLine(db, *line, r); !ok) return ok;
  if (Status ok = CheckReceivedUnits(db, r); !ok) return ok;
  if (Status ok = CheckLine(*line, r, *r.quantity); !ok) return ok;
  std::optional<Money> price = r.unit_cost;
  if (!price && line->unit_price > Money()) price = line->unit_price;
  std::string reference = "PO " + r.po_number + "/" + std::to_string(r.po_line);
  if (Status ok = PostInto(writer, ReceiptMovement(r, price, reference)); !ok) return ok;
  store::PoLine after = *line;
  after.received += *r.quantity;
  out.in_full = after.received >= after.ordered;
  if (out.in_full || r.close_line) after.status = "closed";
  out.against_order = true;
  out.ordered = after.ordered;
  out.received = after.received;
  out.closed = after.status == "closed";
  out.on_time = r.date <= line->due_date;
  if (line->order_date) out.lead_time_days = static_cast<int>((r.date - *line->order_date).count());
  store::ReceiptRow receipt{writer.rows().back().id, r.date, *r.quantity,
                            line->received,          *line,  out.closed};
  if (Status ok = store::InsertReceipt(db, receipt); !ok) return ok;
  return store::UpdatePoLine(db, after);
}

}  // namespace

Result<ScannedGoods> ReadBarcode(sqlite::Database& db, const std::string& barcode, Date today) {
  auto read = gs1::ReadCode(barcode, today);
  if (!read) return InvalidInput("barcode: " + read.error().message);
  const gs1::ElementString& scanned = read->content;
  ScannedGoods goods{{}, scanned.gtin, scanned.lot, scanned.serial, scanned.expiry, {}};
  if (!goods.expiry) goods.expiry = scanned.best_before;
  auto count = scanned.count ? scanned.count : scanned.trade_item_count;
  if (count) goods.quantity = Quantity::FromUnits(*count);
  if (scanned.gtin.empty()) return goods;
  auto item_id = store::ItemOfGtin(db, scanned.gtin);
  if (!item_id) return item_id.error();
  auto item = store::LoadItem(db, *item_id);
  if (!item) return item.error();
  goods.item = item->code;
  return goods;
}

namespace {

// Every field of the receipt as asked (after its barcode is read) but key and user.
std::string Fingerprint(const ReceiptRequest& r) {
  RequestFingerprint f;
  f.Add("date", FormatDate(r.date)).Add("po", r.po_number).Add("line", std::to_string(r.po_line));
  f.Add("item", r.item).Add("location", r.location).Add("lot", r.lot);
  f.Add("expiry", r.expiry ? FormatDate(*r.expiry) : "");
  f.Add("quantity", r.quantity ? r.quantity->ToString() : "");
  f.Add("unit_cost", r.unit_cost ? r.unit_cost->ToString() : "").Add("barcode", r.barcode);
  f.Add("close", r.close_line ? "1" : "0").Add("over", r.allow_over_delivery ? "1" : "0");
  f.Add("accept_expired", r.accept_expired ? "1" : "0");
  return f.Digest();
}

}  // namespace

Result<ReceiptOutcome> Receive(sqlite::Database& db, ReceiptRequest request) {
  if (Status scanned = ApplyBarcode(db, request); !scanned) return scanned.error();
  if (!request.quantity || *request.quantity <= Quantity()) {
    return InvalidInput("a receipt needs a quantity above zero");
  }
  ReceiptOutcome out;
  std::string fingerprint = Fingerprint(request);
  auto posted = PostOnce(
      db, request.key, request.user,
      [&](MovementWriter& writer) -> Status {
        if (!request.po_number.empty()) return ReceiveAgainstLine(writer, request, out);
        if (Status ok = CheckReceivedUnits(writer.db(), request); !ok) return ok;
        return PostInto(writer, ReceiptMovement(request, request.unit_cost, "free receipt"));
      },
      fingerprint);
  if (!posted) return posted.error();
  out.posted = std::move(*posted);
  return out;
}

}  // namespace lagom::app
