// MRP records, pegging, bill-of-material trees and capacity load as JSON, shared by the API
// and the `--format json` of `lagom mrp`, `lagom pegging` and `lagom capacity`.
#pragma once

#include <span>

#include "app/mrp_views.h"
#include "app/production.h"
#include "server/http_json.h"

namespace lagom::server {

// {"item", "location", "replenishment", "source", "low_level_code", "lead_time_days",
// "lead_time_in", "lot_sizing", "lot_size", "on_hand", "allocated", "safety_stock",
// "periods": [{"start", "gross", "scheduled", "projected", "net", "planned_receipts",
// "planned_releases"}], "planned_orders": [{"kind", "quantity", "release_quantity", "start",
// "due", "past_due", "reason"}], "kanban": null or {"cards", "formula"}}
Json MrpRecordJson(const app::MrpRecordView& record);
// {"item", "location", "orders": [{"kind", "ref", "quantity", "start", "due", "truncated",
// "what_for": [step], "what_from": [step]}]}; step: {"depth", "kind", "item", "location",
// "quantity", "date", "ref"}
Json PeggingJson(const app::PeggingView& pegging);
// [{"depth", "item", "location", "replenishment", "quantity_per", "low_level_code",
// "on_hand", "planned", "planned_orders"}]
Json BomTreeJson(std::span<const app::BomTreeRow> rows);
// [{"work_centre", "week", "capacity_hours", "load_hours", "overloaded", "orders"}]
Json CapacityJson(std::span<const app::CapacityRow> rows);
// {"number", "item", "location", "quantity", "completed", "start_date", "due_date", "status"}
Json ProductionOrderJson(const store::ProductionOrderRow& order);

}  // namespace lagom::server
