#include "store/forecast_store.h"

namespace lagom::store {

namespace {

constexpr const char* kFilter = R"sql(
  FROM plan_forecasts f JOIN items i ON i.id = f.item_id JOIN locations l ON l.id = f.location_id
  WHERE (?1 = '' OR i.code = ?1) AND (?2 = '' OR l.code = ?2) AND (?3 = '' OR f.model = ?3))sql";

void BindQuery(sqlite::Statement& stmt, const ForecastQuery& q) {
  stmt.Bind(1, std::string_view(q.item));
  stmt.Bind(2, std::string_view(q.location));
  stmt.Bind(3, std::string_view(q.model));
}

}  // namespace

Result<std::vector<StockPointForecast>> FindForecasts(sqlite::Database& db,
                                                      const ForecastQuery& query) {
  auto stmt = db.Prepare(
      std::string("SELECT i.code, l.code, f.model, f.mean_per_period, f.sigma, f.plan_run_id") +
      kFilter + " ORDER BY i.code, l.code LIMIT ?4 OFFSET ?5");
  if (!stmt) return stmt.error();
  BindQuery(*stmt, query);
  stmt->Bind(4, query.limit);
  stmt->Bind(5, query.offset);
  std::vector<StockPointForecast> out;
  Status read = stmt->ForEach([&] {
    out.push_back(
        {stmt->Text(0), stmt->Text(1), stmt->Text(2), stmt->Real(3), stmt->Real(4), stmt->Int(5)});
  });
  if (!read) return read.error();
  return out;
}

Result<std::int64_t> CountForecasts(sqlite::Database& db, const ForecastQuery& query) {
  auto stmt = db.Prepare(std::string("SELECT COUNT(*)") + kFilter);
  if (!stmt) return stmt.error();
  BindQuery(*stmt, query);
  auto row = stmt->Step();
  if (!row) return row.error();
  return stmt->Int(0);
}

}  // namespace lagom::store
