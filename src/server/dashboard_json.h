// The dashboard's composite reads as JSON: the overview, a stock point's page, a line of
// the stock point list. Dates as "YYYY-MM-DD", quantities in the item's unit and money in
// the company currency as numbers.
#pragma once

#include "app/overview.h"
#include "app/stock_point_view.h"
#include "server/http_json.h"

namespace lagom::server {

Json OverviewJson(const app::Overview& overview);
Json StockPointViewJson(const app::StockPointView& view);
Json StockPointListJson(const store::StockPointListRow& row);

}  // namespace lagom::server
