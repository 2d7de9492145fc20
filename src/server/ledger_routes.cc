#include "server/ledger_routes.h"

#include "app/as_of.h"
#include "app/counting.h"
#include "app/ledger_posting.h"
#include "app/receiving.h"
#include "app/receiving_scan.h"
#include "app/tag_reads.h"
#include "server/body_reader.h"
#include "server/ledger_json.h"
#include "server/query_params.h"
#include "server/schema.h"

namespace lagom::server {

namespace {

// 201 for a first post, 200 for a replayed key.
void SendWritten(RequestContext& c, const Result<Json>& body, bool replayed) {
  if (!body) return SendError(c.res, body.error());
  SendJson(c.res, *body, replayed ? 200 : 201);
}

std::optional<ledger::MovementType> ReadType(BodyReader& in) {
  std::string name = in.Text("type", true);
  if (name.empty()) return std::nullopt;
  if (name == "transfer") return ledger::MovementType::kTransferOut;
  auto type = ledger::ParseMovementType(name);
  bool postable =
      type && *type != ledger::MovementType::kOpening && *type != ledger::MovementType::kCount;
  if (!postable) in.Reject("type", "'" + name + "' is not a movement type that can be posted");
  return postable ? type : std::nullopt;
}

void ReadMovementFacts(BodyReader& in, app::MovementRequest& r) {
  r.date = in.OptionalDate("date").value_or(app::WallClockToday());
  r.item = in.Text("item", true);
  r.location = in.Text("location", true);
  r.other_location = in.Text("other_location");
  r.lot = in.Text("lot");
  r.expiry = in.OptionalDate("expiry");
  r.unit_cost = in.OptionalMoney("unit_cost");
  r.price = in.OptionalMoney("price");
  r.amount = in.OptionalMoney("amount").value_or(Money());
  r.in_transit = in.Flag("in_transit");
  r.accept_expired = in.Flag("accept_expired");
  r.transfer_order = in.Text("transfer_order");
  r.pick = ReadPick(in);
  r.reference = in.Text("reference");
}

void PostMovement(RequestContext& c) {
  ExactJson body;
  if (!ReadObjectBody(c.req, c.res, body)) return;
  BodyReader in(body);
  app::MovementRequest r;
  r.key = in.IdempotencyKey(c.req);
  auto type = ReadType(in);
  bool write_down = type == ledger::MovementType::kWriteDown;
  r.quantity = in.OptionalQuantity("quantity", !write_down).value_or(Quantity());
  ReadMovementFacts(in, r);
  r.user = c.user->name;
  if (SendProblems(c.res, in)) return;
  r.type = *type;
  auto posted = app::PostMovement(c.db, r);
  if (!posted) return SendLedgerError(c.res, posted.error(), "quantity");
  SendWritten(c, PostedJson(c.db, *posted), posted->replayed);
}

app::ReceiptRequest ReadReceipt(RequestContext& c, BodyReader& in) {
  app::ReceiptRequest r;
  r.key = in.IdempotencyKey(c.req);
  r.date = in.OptionalDate("date").value_or(app::WallClockToday());
  r.po_number = in.Text("po_number");
  r.po_line = static_cast<int>(in.OptionalInteger("line").value_or(0));
  r.item = in.Text("item");
  r.location = in.Text("location");
  r.lot = in.Text("lot");
  r.expiry = in.OptionalDate("expiry");
  r.quantity = in.OptionalQuantity("quantity");
  r.unit_cost = in.OptionalMoney("unit_cost");
  r.accept_expired = in.Flag("accept_expired");
  r.barcode = in.Text("barcode");
  r.close_line = in.Flag("close_line");
  r.allow_over_delivery = in.Flag("allow_over_delivery");
  r.user = c.user->name;
  if (!r.po_number.empty() && r.po_line == 0) in.Reject("line", "required with po_number");
  if (r.po_number.empty() && (r.location.empty() || (r.item.empty() && r.barcode.empty()))) {
    in.Reject("po_number", "name a purchase order line, or the item (or barcode) and location");
  }
  return r;
}

void PostReceipt(RequestContext& c) {
  ExactJson body;
  if (!ReadObjectBody(c.req, c.res, body)) return;
  BodyReader in(body);
  app::ReceiptRequest request = ReadReceipt(c, in);
  if (SendProblems(c.res, in)) return;
  Date today = request.date;
  auto receipt = app::Receive(c.db, std::move(request));
  if (!receipt) return SendError(c.res, receipt.error());
  SendWritten(c, ReceiptJson(c.db, *receipt, today), receipt->posted.replayed);
}

void PostCount(RequestContext& c) {
  ExactJson body;
  if (!ReadObjectBody(c.req, c.res, body)) return;
  BodyReader in(body);
  app::CountRequest r;
  r.key = in.IdempotencyKey(c.req);
  r.date = in.OptionalDate("date").value_or(app::WallClockToday());
  r.item = in.Text("item", true);
  r.location = in.Text("location", true);
  r.lot = in.Text("lot");
  r.counted = in.OptionalQuantity("counted", true).value_or(Quantity());
  r.user = c.user->name;
  if (SendProblems(c.res, in)) return;
  auto count = app::RecordCount(c.db, r);
  if (!count) return SendError(c.res, count.error());
  SendWritten(c, CountJson(c.db, *count), count->replayed);
}

// A portal's batch of tag reads (see app/tag_reads.h), from the body {location, reads, date}.
std::optional<app::TagPosting> ReadTagPosting(RequestContext& c) {
  ExactJson body;
  if (!ReadObjectBody(c.req, c.res, body)) return std::nullopt;
  BodyReader in(body);
  app::TagPosting posting;
  posting.key = in.IdempotencyKey(c.req);
  posting.date = in.OptionalDate("date").value_or(app::WallClockToday());
  posting.location = in.Text("location", true);
  posting.reads = in.TextList("reads", true);
  posting.user = c.user->name;
  if (SendProblems(c.res, in)) return std::nullopt;
  return posting;
}

void PostTagReceipt(RequestContext& c) {
  auto posting = ReadTagPosting(c);
  if (!posting) return;
  auto out = app::ReceiveTags(c.db, *posting);
  if (!out) return SendLedgerError(c.res, out.error(), "reads");
  auto body = PostedJson(c.db, out->posted);
  if (body) (*body)["tags"] = TagBatchJson(out->batch);
  SendWritten(c, body, out->posted.replayed);
}

void PostTagCount(RequestContext& c) {
  auto posting = ReadTagPosting(c);
  if (!posting) return;
  auto out = app::CountTags(c.db, *posting);
  if (!out) return SendLedgerError(c.res, out.error(), "reads");
  Json counts = Json::array();
  bool replayed = !out->counts.empty();
  for (const app::CountOutcome& count : out->counts) {
    auto json = CountJson(c.db, count);
    if (!json) return SendError(c.res, json.error());
    counts.push_back(std::move(*json));
    replayed = replayed && count.replayed;
  }
  Json body{{"key", posting->key},
            {"replayed", replayed},
            {"tags", TagBatchJson(out->batch)},
            {"counts", std::move(counts)}};
  SendWritten(c, body, replayed);
}

void Scan(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"code", "date"}); !only) {
    return SendError(c.res, only.error());
  }
  auto today = DateParamOr(c.req, "date", app::WallClockToday());
  if (!today) return SendError(c.res, today.error());
  auto match = app::MatchScan(c.db, c.req.get_param_value("code"), *today);
  if (!match) return SendError(c.res, match.error());
  SendJson(c.res, ScanMatchJson(*match));
}

}  // namespace

void AddLedgerRoutes(Router& router) {
  using app::Permission;
  router.Add({"POST",
              "/api/v1/movements/post",
              Permission::kWarehouse,
              {"Post one movement of stock by the ledger's rules (lots picked FEFO, never below "
               "available to promise), under an idempotency key",
               "ledger",
               {},
               SchemaRef("movement-request"),
               SchemaRef("posted"),
               201,
               true},
              PostMovement});
  router.Add({"POST",
              "/api/v1/receipts",
              Permission::kWarehouse,
              {"Receive goods against a purchase order line (or free); a GS1 `barcode` may give "
               "the item, lot, expiry and quantity",
               "ledger",
               {},
               SchemaRef("receipt-request"),
               SchemaRef("receipt"),
               201,
               true},
              PostReceipt});
  router.Add({"POST",
              "/api/v1/counts",
              Permission::kWarehouse,
              {"Record a cycle count; the difference to the ledger is posted",
               "ledger",
               {},
               SchemaRef("count-request"),
               SchemaRef("count"),
               201,
               true},
              PostCount});
  router.Add({"POST",
              "/api/v1/receipts/tags",
              Permission::kWarehouse,
              {"Receive what an RFID portal read (EPC hex or URN, Digital Link, GS1 strings): "
               "reads of one tag count once; one free receipt per item and lot, all or nothing, "
               "under one idempotency key",
               "ledger",
               {},
               SchemaRef("tag-batch-request"),
               SchemaRef("tag-receipt"),
               201,
               true},
              PostTagReceipt});
  router.Add({"POST",
              "/api/v1/counts/tags",
              Permission::kWarehouse,
              {"Count what an RFID portal read: one count per item and lot seen (items not seen "
               "are not touched); posting the batch again under its key completes it, never "
               "counts twice",
               "ledger",
               {},
               SchemaRef("tag-batch-request"),
               SchemaRef("tag-count"),
               201,
               true},
              PostTagCount});
  router.Add({"GET",
              "/api/v1/receiving/scan",
              Permission::kRead,
              {"What a scanned or typed code matches (GS1 element string, GTIN, item code or "
               "purchase order number) and the open purchase order lines for it",
               "ledger",
               {"code", "date"},
               nullptr,
               SchemaRef("scan")},
              Scan});
}

}  // namespace lagom::server
