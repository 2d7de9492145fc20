#include "app/forecast_versions.h"

#include "core/period.h"
#include "store/forecast_versions.h"
#include "store/stock_point_store.h"

namespace lagom::app {

Result<std::vector<ForecastVersionRow>> StockPointForecastVersions(
    sqlite::Database& db, const std::string& item_code, const std::string& location_code,
    std::optional<std::int64_t> run_id) {
  auto point = store::FindStockPoint(db, item_code, location_code);
  if (!point) return point.error();
  auto versions = store::LoadForecastVersions(db, point->item_id, point->location_id, run_id);
  if (!versions) return versions.error();
  std::vector<ForecastVersionRow> rows;
  for (const store::ForecastVersion& v : *versions) {
    Date start = PeriodStart(v.as_of, v.period);
    for (std::size_t i = 0; i < v.statistical.size(); ++i) {
      rows.push_back({v.plan_run_id, v.as_of, start, static_cast<int>(i) + 1, v.statistical[i],
                      v.final_path[i]});
      start = NextPeriod(start, v.period);
    }
  }
  return rows;
}

}  // namespace lagom::app
