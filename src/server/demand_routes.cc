#include "server/demand_routes.h"

#include "app/as_of.h"
#include "app/forecast_accuracy.h"
#include "app/forecast_versions.h"
#include "server/query_params.h"
#include "server/schema.h"

namespace lagom::server {

namespace {

Json OptionalNumber(const std::optional<double>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json MeasuresJson(const analysis::AccuracyMeasures& m) {
  return {{"count", m.count},
          {"mae", m.mae},
          {"mase", OptionalNumber(m.mase)},
          {"bias", OptionalNumber(m.bias)},
          {"tracking_signal", OptionalNumber(m.tracking_signal)},
          {"wmape", OptionalNumber(m.wmape)}};
}

void GetAccuracy(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"by", "lag", "as_of"}); !only) {
    return SendError(c.res, only.error());
  }
  auto by = app::ParseAccuracyBy(c.req.has_param("by") ? c.req.get_param_value("by") : "company");
  if (!by) return SendError(c.res, by.error());
  auto lag = IntParam(c.req, "lag", 1, 1, 52);
  if (!lag) return SendError(c.res, lag.error());
  auto asked = DateParam(c.req, "as_of");
  if (!asked) return SendError(c.res, asked.error());
  auto as_of = app::ReviewDate(c.db, *asked, app::WallClockToday());
  if (!as_of) return SendError(c.res, as_of.error());
  auto rows = app::MeasureForecastAccuracy(c.db, {*as_of, *by, static_cast<int>(*lag)});
  if (!rows) return SendError(c.res, rows.error());
  Json items = Json::array();
  for (const app::AccuracyRow& r : *rows) {
    items.push_back({{"key", r.key},
                     {"lag", r.lag},
                     {"statistical", MeasuresJson(r.statistical)},
                     {"final", MeasuresJson(r.final_forecast)}});
  }
  SendJson(c.res, {{"as_of", FormatDate(*as_of)}, {"items", items}});
}

void GetVersions(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"item", "location", "run"}); !only) {
    return SendError(c.res, only.error());
  }
  if (!c.req.has_param("item") || !c.req.has_param("location")) {
    return SendError(c.res, InvalidInput("item and location are required"));
  }
  std::optional<std::int64_t> run;
  if (c.req.has_param("run")) {
    auto id = PositiveId(c.req.get_param_value("run"), "run");
    if (!id) return SendError(c.res, id.error());
    run = *id;
  }
  auto rows = app::StockPointForecastVersions(c.db, c.req.get_param_value("item"),
                                              c.req.get_param_value("location"), run);
  if (!rows) return SendError(c.res, rows.error());
  Json items = Json::array();
  for (const app::ForecastVersionRow& r : *rows) {
    items.push_back({{"run", r.plan_run_id},
                     {"as_of", FormatDate(r.as_of)},
                     {"period", FormatDate(r.period_start)},
                     {"lag", r.lag},
                     {"statistical", r.statistical},
                     {"final", r.final_forecast}});
  }
  SendJson(c.res, {{"items", items}});
}

Json ItemsOf(Json row) {
  return {{"type", "object"}, {"properties", {{"items", {{"type", "array"}, {"items", row}}}}}};
}

}  // namespace

void AddDemandRoutes(Router& router) {
  using app::Permission;
  Json measures = ObjectSchema({{"count", "integer"},
                                {"mae", "number"},
                                {"mase", "number"},
                                {"bias", "number"},
                                {"tracking_signal", "number"},
                                {"wmape", "number"}});
  Json accuracy_row = ObjectSchema({{"key", "string"}, {"lag", "integer"}});
  accuracy_row["properties"]["statistical"] = measures;
  accuracy_row["properties"]["final"] = measures;
  router.Add({"GET",
              "/api/v1/forecast-accuracy",
              Permission::kRead,
              {"Accuracy of past runs' forecasts for lags 1..lag (default 1) by stock-point, "
               "class, group or company (default): MAE, MASE, bias (forecast ÷ actual), "
               "tracking signal, wMAPE by value; statistical and final forecast (their "
               "difference is the forecast value added). Periods before as_of's (default: the "
               "latest run's as-of date) count",
               "demand",
               {"by", "lag", "as_of"},
               nullptr,
               ItemsOf(accuracy_row)},
              GetAccuracy});
  router.Add({"GET",
              "/api/v1/forecast-versions",
              Permission::kRead,
              {"A stock point's forecasts as past planning runs made them, per period: "
               "statistical and final; only run `run`'s when given",
               "demand",
               {"item", "location", "run"},
               nullptr,
               ItemsOf(ObjectSchema({{"run", "integer"},
                                     {"as_of", "string"},
                                     {"period", "string"},
                                     {"lag", "integer"},
                                     {"statistical", "number"},
                                     {"final", "number"}}))},
              GetVersions});
}

}  // namespace lagom::server
