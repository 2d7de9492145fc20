#include "server/ledger_json.h"

#include <algorithm>
#include <map>

#include "app/ledger_operation.h"
#include "app/movement_codes.h"

namespace lagom::server {

namespace {

Json DateOrNull(const std::optional<Date>& date) {
  return date ? Json(FormatDate(*date)) : Json();
}

Result<Json> MovementJson(app::MovementCodes& codes, const store::MovementRow& m) {
  auto item = codes.Item(m.item_id);
  auto location = codes.Location(m.location_id);
  if (!item) return item.error();
  if (!location) return location.error();
  Json other;
  if (m.other_location_id) {
    auto code = codes.Location(*m.other_location_id);
    if (!code) return code.error();
    other = *code;
  }
  return Json{{"id", m.id},
              {"line", m.line},
              {"type", m.type},
              {"date", FormatDate(m.date)},
              {"item", *item},
              {"location", *location},
              {"lot", m.lot},
              {"expiry", DateOrNull(m.expiry)},
              {"quantity", Number(m.quantity)},
              {"unit_cost", Number(m.unit_cost)},
              {"amount", Number(m.amount)},
              {"other_location", other},
              {"reference", m.reference},
              {"user", m.user}};
}

Json LineJson(const app::ReceiptOutcome& r) {
  if (!r.against_order) return nullptr;
  return {{"ordered", Number(r.ordered)},
          {"received", Number(r.received)},
          {"closed", r.closed},
          {"on_time", r.on_time},
          {"in_full", r.in_full},
          {"lead_time_days", r.lead_time_days ? Json(*r.lead_time_days) : Json()}};
}

}  // namespace

Result<Json> PostedJson(sqlite::Database& db, const app::Posted& posted) {
  app::MovementCodes codes(db);
  Json movements = Json::array();
  for (const store::MovementRow& m : posted.movements) {
    auto json = MovementJson(codes, m);
    if (!json) return json.error();
    movements.push_back(std::move(*json));
  }
  std::string key = posted.movements.empty() ? "" : posted.movements.front().key;
  return Json{{"key", key}, {"replayed", posted.replayed}, {"movements", std::move(movements)}};
}

Result<Json> ReceiptJson(sqlite::Database& db, const app::ReceiptOutcome& receipt, Date today) {
  auto body = PostedJson(db, receipt.posted);
  if (!body) return body.error();
  (*body)["line"] = LineJson(receipt);
  if (receipt.posted.movements.empty()) return body;
  const store::MovementRow& m = receipt.posted.movements.front();
  auto stock = app::LoadAvailability(db, m.item_id, m.location_id, today);
  if (!stock) return stock.error();
  (*body)["stock"] = AvailabilityJson(*stock, today);
  return body;
}

Result<Json> CountJson(sqlite::Database& db, const app::CountOutcome& out) {
  app::MovementCodes codes(db);
  const store::CountRow& c = out.count;
  auto item = codes.Item(c.item_id);
  auto location = codes.Location(c.location_id);
  if (!item) return item.error();
  if (!location) return location.error();
  return Json{{"key", c.key},
              {"replayed", out.replayed},
              {"date", FormatDate(c.date)},
              {"item", *item},
              {"location", *location},
              {"lot", c.lot},
              {"system_quantity", Number(c.system_quantity)},
              {"counted", Number(c.counted)},
              {"difference", Number(out.difference())},
              {"movement", c.movement_id ? Json(*c.movement_id) : Json()}};
}

Json TagBatchJson(const app::TagBatch& batch) {
  Json tallies = Json::array();
  for (const app::TagTally& t : batch.tallies) {
    tallies.push_back({{"item", t.item},
                       {"lot", t.lot},
                       {"expiry", t.expiry ? Json(FormatDate(*t.expiry)) : Json()},
                       {"quantity", Number(t.quantity)}});
  }
  return Json{
      {"reads", batch.reads}, {"repeated", batch.repeated}, {"tallies", std::move(tallies)}};
}

Result<Json> ReservationJson(sqlite::Database& db, const store::ReservationRow& r, bool replayed) {
  app::MovementCodes codes(db);
  auto item = codes.Item(r.item_id);
  auto location = codes.Location(r.location_id);
  if (!item) return item.error();
  if (!location) return location.error();
  return Json{{"key", r.key},
              {"replayed", replayed},
              {"status", r.status},
              {"channel", r.channel},
              {"order_ref", r.order_ref},
              {"item", *item},
              {"location", *location},
              {"date", FormatDate(r.date)},
              {"requested", Number(r.requested)},
              {"promised", Number(r.promised)},
              {"backordered", Number(r.backordered)},
              {"open", Number(r.open)},
              {"fulfilled", Number(r.fulfilled)}};
}

void SendLedgerError(httplib::Response& res, const Error& error, const char* field) {
  if (error.code != ErrorCode::kConstraintViolated || app::IsKeyReused(error)) {
    return SendError(res, error);  // a key used for another request: 422
  }
  SendProblem(res, 409, error.message,
              Json::array({{{"field", field}, {"reason", error.message}}}));
}

Json AvailabilityJson(const app::Availability& stock, Date today) {
  Json lots = Json::array();
  for (const ledger::LotStock& lot : stock.lots) {
    lots.push_back({{"lot", lot.lot},
                    {"expiry", DateOrNull(lot.expiry)},
                    {"expired", ledger::IsExpired(lot.expiry, today)},
                    {"received", FormatDate(lot.received)},
                    {"on_hand", Number(lot.available)}});
  }
  return {{"date", FormatDate(today)},
          {"on_hand", Number(stock.on_hand)},
          {"usable", Number(stock.usable)},
          {"expired", Number(stock.expired)},
          {"reserved", Number(stock.reserved)},
          {"available_to_promise", Number(std::max(stock.atp(), Quantity()))},
          {"lots", std::move(lots)}};
}

Json AtpRowJson(const store::AtpRow& row) {
  return {{"item", row.item},
          {"location", row.location},
          {"on_hand", Number(row.on_hand)},
          {"expired", Number(row.expired)},
          {"reserved", Number(row.reserved)},
          {"available_to_promise", Number(std::max(row.atp(), Quantity()))}};
}

Json ScanMatchJson(const app::ScanMatch& match) {
  const app::ScannedGoods& g = match.goods;
  Json lines = Json::array();
  for (const store::LineToReceive& l : match.lines) {
    lines.push_back({{"po_number", l.po_number},
                     {"line", l.line},
                     {"supplier", l.supplier_code},
                     {"item", l.item_code},
                     {"name", l.item_name},
                     {"location", l.location_code},
                     {"ordered", QuantityNumber(l.ordered_milli)},
                     {"received", QuantityNumber(l.received_milli)},
                     {"open", QuantityNumber(l.ordered_milli - l.received_milli)},
                     {"unit_price", MoneyNumber(l.unit_price_raw)},
                     {"order_date", DateOrNull(l.order_date)},
                     {"due_date", FormatDate(l.due_date)}});
  }
  return {{"kind", app::ScanKindName(match.kind)},
          {"item", g.item.empty() ? Json() : Json(g.item)},
          {"gtin", g.gtin.empty() ? Json() : Json(g.gtin)},
          {"lot", g.lot.empty() ? Json() : Json(g.lot)},
          {"expiry", DateOrNull(g.expiry)},
          {"quantity", g.quantity ? Number(*g.quantity) : Json()},
          {"lines", std::move(lines)}};
}

}  // namespace lagom::server
