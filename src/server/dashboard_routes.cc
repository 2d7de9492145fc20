#include "server/dashboard_routes.h"

#include "app/as_of.h"
#include "server/dashboard_json.h"
#include "server/paging.h"
#include "server/query_params.h"
#include "server/schema.h"

namespace lagom::server {

namespace {

// ?as_of, else the review date (app/as_of.h).
Result<Date> AsOf(RequestContext& c) {
  auto named = DateParam(c.req, "as_of");
  if (!named) return named.error();
  return app::ReviewDate(c.db, *named, app::WallClockToday());
}

Result<app::OverviewOptions> ReadOverviewOptions(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"as_of", "window", "excess_cover"}); !only) {
    return only.error();
  }
  auto as_of = AsOf(c);
  if (!as_of) return as_of.error();
  auto window = IntParam(c.req, "window", 12, 1, 520);
  if (!window) return window.error();
  auto cover = IntParam(c.req, "excess_cover", 26, 1, 1000);
  if (!cover) return cover.error();
  return app::OverviewOptions{*as_of, static_cast<int>(*window), static_cast<double>(*cover)};
}

void GetOverview(RequestContext& c) {
  auto options = ReadOverviewOptions(c);
  if (!options) return SendError(c.res, options.error());
  auto overview = app::LoadOverview(c.db, *options);
  if (!overview) return SendError(c.res, overview.error());
  SendJson(c.res, OverviewJson(*overview));
}

Result<app::StockPointViewOptions> ReadViewOptions(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"as_of", "history", "window", "horizon"}); !only) {
    return only.error();
  }
  auto as_of = AsOf(c);
  if (!as_of) return as_of.error();
  auto history = IntParam(c.req, "history", 104, 1, 520);
  if (!history) return history.error();
  auto window = IntParam(c.req, "window", 12, 1, 520);
  if (!window) return window.error();
  auto horizon = IntParam(c.req, "horizon", 26, 1, 260);
  if (!horizon) return horizon.error();
  return app::StockPointViewOptions{*as_of, static_cast<int>(*history), static_cast<int>(*window),
                                    static_cast<int>(*horizon)};
}

void GetStockPoint(RequestContext& c) {
  auto options = ReadViewOptions(c);
  if (!options) return SendError(c.res, options.error());
  auto view = app::LoadStockPointView(c.db, c.Param(0), c.Param(1), *options);
  if (!view) return SendError(c.res, view.error());
  SendJson(c.res, StockPointViewJson(*view));
}

void ListStockPoints(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"search", "limit", "offset"}); !only) {
    return SendError(c.res, only.error());
  }
  auto page = ParsePaging(c.req);
  if (!page) return SendError(c.res, page.error());
  std::string search = c.req.get_param_value("search");
  auto total = app::CountStockPoints(c.db, search);
  if (!total) return SendError(c.res, total.error());
  auto rows = app::SearchStockPoints(c.db, search, page->limit, page->offset);
  if (!rows) return SendError(c.res, rows.error());
  Json items = Json::array();
  for (const auto& row : *rows) items.push_back(StockPointListJson(row));
  SendJson(c.res, PageJson(items, *total, page->limit, page->offset));
}

}  // namespace

Json DashboardSchemas() {
  return {{"overview", ObjectSchema({{"as_of", "string"},
                                     {"period", "string"},
                                     {"stock_value", "number"},
                                     {"stock_points_with_stock", "integer"},
                                     {"open_orders", "object"},
                                     {"stock_points", "integer"},
                                     {"stock_outs", "integer"},
                                     {"excess", "object"},
                                     {"last_run", "object"},
                                     {"proposals", "object"}})},
          {"stock-point", ObjectSchema({{"item", "object"},
                                        {"location", "object"},
                                        {"unit_cost", "number"},
                                        {"as_of", "string"},
                                        {"period", "string"},
                                        {"history", "array"},
                                        {"forecast", "array"},
                                        {"policy_settings", "object"},
                                        {"supply", "object"},
                                        {"plan", "object"},
                                        {"stock", "object"},
                                        {"open_orders", "array"},
                                        {"projection", "array"},
                                        {"projection_summary", "object"},
                                        {"latest_proposal", "object"}})},
          {"stock-point-row", ObjectSchema({{"item", "string"},
                                            {"name", "string"},
                                            {"location", "string"},
                                            {"on_hand", "number"}})}};
}

void AddDashboardRoutes(Router& router) {
  using app::Permission;
  router.Add({"GET",
              "/api/v1/overview",
              Permission::kRead,
              {"KPIs, exceptions and the last planning run, as of a date (default: the last "
               "run's)",
               "dashboard",
               {"as_of", "window", "excess_cover"},
               nullptr,
               SchemaRef("overview")},
              GetOverview});
  router.Add({"GET",
              "/api/v1/stock-points",
              Permission::kRead,
              {"Stock points whose item code or name contains `search`",
               "dashboard",
               {"search", "limit", "offset"},
               nullptr,
               PageSchema(SchemaRef("stock-point-row"))},
              ListStockPoints});
  router.Add({"GET",
              "/api/v1/stock-points/{item}/{location}",
              Permission::kRead,
              {"One stock point: demand history and forecast, policy and how it was set, stock, "
               "open orders, projected balance, latest proposal",
               "dashboard",
               {"as_of", "history", "window", "horizon"},
               nullptr,
               SchemaRef("stock-point")},
              GetStockPoint});
}

}  // namespace lagom::server
