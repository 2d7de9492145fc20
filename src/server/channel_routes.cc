// Sales channels: available to promise and reservations (AddChannelRoutes, ledger_routes.h).
#include "app/as_of.h"
#include "app/availability.h"
#include "app/reservations.h"
#include "server/body_reader.h"
#include "server/ledger_json.h"
#include "server/ledger_routes.h"
#include "server/paging.h"
#include "server/query_params.h"
#include "server/schema.h"

namespace lagom::server {

namespace {

void GetAvailability(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"date"}); !only) return SendError(c.res, only.error());
  auto today = DateParamOr(c.req, "date", app::WallClockToday());
  if (!today) return SendError(c.res, today.error());
  auto stock = app::LoadAvailability(c.db, c.Param(0), c.Param(1), *today);
  if (!stock) return SendError(c.res, stock.error());
  Json body = {{"item", c.Param(0)}, {"location", c.Param(1)}};
  body.update(AvailabilityJson(*stock, *today));
  SendJson(c.res, body);
}

// The changes after ?since= are paged by cursor, not offset: a page ends at a cursor
// (app::ReadStockFeed) and the next request starts there. The cursor is read before the page,
// so a change landing in between comes again next time rather than never.
Result<store::AtpFilter> ReadFeedFilter(const httplib::Request& req, std::int64_t latest) {
  bool incremental = req.has_param("since");
  Status only = incremental ? OnlyParams(req, {"item", "location", "date", "limit", "since"})
                            : OnlyParams(req, {"item", "location", "date", "limit", "offset"});
  if (!only) return only.error();
  auto today = DateParamOr(req, "date", app::WallClockToday());
  if (!today) return today.error();
  store::AtpFilter filter{req.get_param_value("item"), req.get_param_value("location"), *today};
  if (!incremental) return filter;
  auto since = IntParam(req, "since", 0, 0, latest);
  if (!since) return since.error();
  filter.since = *since;
  return filter;
}

void GetStockFeed(RequestContext& c) {
  auto page = ParsePaging(c.req);
  if (!page) return SendError(c.res, page.error());
  auto latest = app::LatestStockChange(c.db);
  if (!latest) return SendError(c.res, latest.error());
  auto filter = ReadFeedFilter(c.req, *latest);
  if (!filter) return SendError(c.res, filter.error());
  auto feed = app::ReadStockFeed(c.db, *filter, page->limit, page->offset, *latest);
  if (!feed) return SendError(c.res, feed.error());
  Json items = Json::array();
  for (const store::AtpRow& row : feed->rows) items.push_back(AtpRowJson(row));
  Json body = PageJson(std::move(items), feed->total, page->limit, page->offset);
  body["date"] = FormatDate(filter->today);
  body["cursor"] = feed->cursor;
  SendJson(c.res, body);
}

void SendReservation(RequestContext& c, const Result<app::Reserved>& reserved, int status) {
  if (!reserved) return SendLedgerError(c.res, reserved.error(), "key");
  auto body = ReservationJson(c.db, reserved->reservation, reserved->replayed);
  if (!body) return SendError(c.res, body.error());
  SendJson(c.res, *body, reserved->replayed ? 200 : status);
}

void Reserve(RequestContext& c) {
  ExactJson body;
  if (!ReadObjectBody(c.req, c.res, body)) return;
  BodyReader in(body);
  app::ReserveRequest r;
  r.key = in.IdempotencyKey(c.req);
  r.channel = in.Text("channel");
  r.order_ref = in.Text("order_ref");
  r.item = in.Text("item", true);
  r.location = in.Text("location", true);
  r.date = in.OptionalDate("date").value_or(app::WallClockToday());
  r.quantity = in.OptionalQuantity("quantity", true).value_or(Quantity());
  r.allow_backorder = in.Flag("allow_backorder");
  r.user = c.user->name;
  if (body.value.contains("quantity") && r.quantity <= Quantity()) {
    in.Reject("quantity", "must be above zero");
  }
  if (SendProblems(c.res, in)) return;
  auto reserved = app::Reserve(c.db, r);
  if (!reserved) return SendLedgerError(c.res, reserved.error(), "quantity");
  SendReservation(c, reserved, 201);
}

void GetReservation(RequestContext& c) {
  auto found = app::FindReservation(c.db, c.Param(0));
  if (!found) return SendError(c.res, found.error());
  if (!*found) return SendProblem(c.res, 404, "no reservation '" + c.Param(0) + "'");
  SendReservation(c, app::Reserved{std::move(**found), false}, 200);
}

void Release(RequestContext& c) {
  SendReservation(c, app::Release(c.db, c.Param(0)), 200);
}

void Fulfil(RequestContext& c) {
  ExactJson body;
  if (!c.req.body.empty() && !ReadObjectBody(c.req, c.res, body)) return;
  BodyReader in(body);
  Date date = in.OptionalDate("date").value_or(app::WallClockToday());
  ledger::PickPolicy pick = ReadPick(in);
  if (SendProblems(c.res, in)) return;
  auto posted = app::Fulfil(c.db, c.Param(0), date, pick, c.user->name);
  if (!posted) return SendLedgerError(c.res, posted.error(), "key");
  auto answer = PostedJson(c.db, *posted);
  if (!answer) return SendError(c.res, answer.error());
  SendJson(c.res, *answer, posted->replayed ? 200 : 201);
}

}  // namespace

void AddChannelRoutes(Router& router) {
  using app::Permission;
  router.Add({"GET",
              "/api/v1/availability/{item}/{location}",
              Permission::kRead,
              {"What a stock point holds on a date: on hand by lot, expired, reserved, available "
               "to promise",
               "channels",
               {"date"},
               nullptr,
               SchemaRef("availability")},
              GetAvailability});
  router.Add({"GET",
              "/api/v1/stock-feed",
              Permission::kRead,
              {"Available to promise per stock point for sales channels, by item and location, "
               "with a `cursor`; `since` a cursor: only the stock points changed after it, by "
               "change, paged by passing each answer's cursor (no offset)",
               "channels",
               {"item", "location", "date", "limit", "offset", "since"},
               nullptr,
               SchemaRef("atp-page")},
              GetStockFeed});
  router.Add({"POST",
              "/api/v1/reservations",
              Permission::kWarehouse,
              {"Reserve stock for a sales order under an idempotency key; never oversells (409 "
               "insufficient stock) unless backorders are allowed",
               "channels",
               {},
               SchemaRef("reservation-request"),
               SchemaRef("reservation"),
               201,
               true},
              Reserve});
  router.Add({"GET",
              "/api/v1/reservations/{key}",
              Permission::kRead,
              {"A reservation by its key", "channels", {}, nullptr, SchemaRef("reservation")},
              GetReservation});
  router.Add({"POST",
              "/api/v1/reservations/{key}/release",
              Permission::kWarehouse,
              {"Give an open reservation's stock back (again: no change)",
               "channels",
               {},
               nullptr,
               SchemaRef("reservation")},
              Release});
  router.Add({"POST",
              "/api/v1/reservations/{key}/fulfil",
              Permission::kWarehouse,
              {"Ship what the reservation promised as a sale (lots FEFO unless `pick`)",
               "channels",
               {},
               SchemaRef("fulfil-request"),
               SchemaRef("posted"),
               201,
               true},
              Fulfil});
}

}  // namespace lagom::server
