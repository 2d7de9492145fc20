#include "server/report_routes.h"

#include "app/as_of.h"
#include "app/ledger_check.h"
#include "app/valuation_report.h"
#include "server/query_params.h"
#include "server/report_json.h"
#include "server/schema.h"

namespace lagom::server {

namespace {

constexpr std::chrono::days kDefaultPeriod{90};

// ?method=fifo|lifo|lifo-periodic|wac; nullopt (each item's own) when absent.
Result<std::optional<ledger::CostMethod>> MethodParam(const httplib::Request& req) {
  if (!req.has_param("method")) return std::optional<ledger::CostMethod>();
  auto method = ledger::ParseCostMethod(req.get_param_value("method"));
  if (!method) return InvalidInput("method: fifo, lifo, lifo-periodic or wac");
  return method;
}

struct Period {
  Date from, to;
};

// ?<from_name>&<to_name>: `to` defaults to the review date (app/as_of.h: the latest planning
// run's as-of date, else today), `from` to `default_from(to)`.
Result<Period> PeriodParams(RequestContext& c, const char* from_name, const char* to_name,
                            Date (*default_from)(Date)) {
  auto asked = DateParam(c.req, to_name);
  if (!asked) return asked.error();
  auto to = app::ReviewDate(c.db, *asked, app::WallClockToday());
  if (!to) return to.error();
  auto from = DateParamOr(c.req, from_name, default_from(*to));
  if (!from) return from.error();
  if (*to < *from) return InvalidInput(std::string(to_name) + ": before " + from_name);
  return Period{*from, *to};
}

Date NinetyDaysBefore(Date to) {
  return to - kDefaultPeriod + std::chrono::days{1};
}

Date StartOfMonth(Date at) {
  std::chrono::year_month_day day{at};
  return Date{day.year() / day.month() / 1};
}

void GetValuation(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"method", "at", "from"}); !only) {
    return SendError(c.res, only.error());
  }
  auto method = MethodParam(c.req);
  if (!method) return SendError(c.res, method.error());
  auto period = PeriodParams(c, "from", "at", StartOfMonth);
  if (!period) return SendError(c.res, period.error());
  auto report = app::ReportValuation(c.db, *method, period->from, period->to);
  if (!report) return SendError(c.res, report.error());
  SendJson(c.res, ValuationJson(*report, *method, period->from, period->to));
}

Result<app::KpiGroup> GroupParam(const httplib::Request& req) {
  std::string by = req.has_param("by") ? req.get_param_value("by") : "item";
  if (by == "item") return app::KpiGroup::kItem;
  if (by == "location") return app::KpiGroup::kLocation;
  if (by == "group") return app::KpiGroup::kGroup;
  if (by == "class") return app::KpiGroup::kClass;
  if (by == "all") return app::KpiGroup::kAll;
  return InvalidInput("by: item, location, group, class or all");
}

void GetKpis(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"from", "to", "by", "method"}); !only) {
    return SendError(c.res, only.error());
  }
  auto method = MethodParam(c.req);
  if (!method) return SendError(c.res, method.error());
  auto by = GroupParam(c.req);
  if (!by) return SendError(c.res, by.error());
  auto period = PeriodParams(c, "from", "to", NinetyDaysBefore);
  if (!period) return SendError(c.res, period.error());
  auto rows = app::ComputeKpis(c.db, {period->from, period->to, *by, *method});
  if (!rows) return SendError(c.res, rows.error());
  SendJson(c.res, KpisJson(*rows, period->from, period->to));
}

void GetSupplierPerformance(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"from", "to"}); !only) {
    return SendError(c.res, only.error());
  }
  auto period = PeriodParams(c, "from", "to", NinetyDaysBefore);
  if (!period) return SendError(c.res, period.error());
  auto rows = app::SupplierPerformance(c.db, period->from, period->to);
  if (!rows) return SendError(c.res, rows.error());
  SendJson(c.res, SupplierPerformanceJson(*rows, period->from, period->to));
}

void GetCheck(RequestContext& c) {
  if (Status only = OnlyParams(c.req, {"date"}); !only) return SendError(c.res, only.error());
  auto date = DateParamOr(c.req, "date", app::WallClockToday());
  if (!date) return SendError(c.res, date.error());
  auto report = app::CheckLedger(c.db, *date);
  if (!report) return SendError(c.res, report.error());
  SendJson(c.res, CheckJson(*report, *date));
}

}  // namespace

void AddReportRoutes(Router& router) {
  using app::Permission;
  router.Add({"GET",
              "/api/v1/valuation",
              Permission::kRead,
              {"Inventory value at a date (`at`, default today) by cost method (default: each "
               "item's own), by item, location and group; cost of goods sold and losses since "
               "`from` (default: the first of the month)",
               "reports",
               {"method", "at", "from"},
               nullptr,
               SchemaRef("valuation")},
              GetValuation});
  router.Add({"GET",
              "/api/v1/kpis",
              Permission::kRead,
              {"Inventory KPIs over [from, to] (default: the 90 days to today) by item, location, "
               "group or all: turnover, days of inventory, GMROI, sell-through, accuracy, "
               "shrinkage, fill rate, stock-out days",
               "reports",
               {"from", "to", "by", "method"},
               nullptr,
               {{"type", "object"},
                {"properties", {{"items", {{"type", "array"}, {"items", SchemaRef("kpi-row")}}}}}}},
              GetKpis});
  router.Add({"GET",
              "/api/v1/supplier-performance",
              Permission::kRead,
              {"Receipts per supplier over [from, to] (default: the 90 days to today): on time, "
               "in full on time, lead time mean and standard deviation",
               "reports",
               {"from", "to"},
               nullptr,
               {{"type", "object"},
                {"properties",
                 {{"items", {{"type", "array"}, {"items", SchemaRef("supplier-performance")}}}}}}},
              GetSupplierPerformance});
  router.Add({"GET",
              "/api/v1/ledger-check",
              Permission::kAdmin,
              {"Prove that the ledger reconciles: balances against movements, value of the cost "
               "layers against movement values",
               "reports",
               {"date"},
               nullptr,
               SchemaRef("ledger-check")},
              GetCheck});
}

}  // namespace lagom::server
