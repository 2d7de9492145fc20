// `lagom generate`: a deterministic synthetic catalogue for scale tests and benchmarks —
// items with smooth, seasonal, intermittent and lumpy weekly demand, several locations,
// suppliers with lead times, order days, MOQs, pack sizes and containers, stock on hand and
// open purchase orders; with --bom-levels, made items in multi-level BOMs, work centres and
// routings. The same options always give the same database (each item draws
// from its own seeded random stream).
#pragma once

#include <cstdint>
#include <functional>

#include "core/date.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::app {

struct GenerateOptions {
  std::int64_t stock_points = 10000;  // items × locations
  int locations = 1;
  int suppliers = 20;
  int weeks = 104;                    // of demand history, ending before as_of
  Date as_of = MakeDate(2026, 1, 5);  // a Monday
  std::uint64_t seed = 1;
  // A manufacturing catalogue (store/generated_bom.h): BOMs this many levels deep (0: none,
  // else 2 … 10) with about `components` lines per made item; only level 0 has demand.
  int bom_levels = 0;
  int components = 20;
  std::function<void(std::int64_t done, std::int64_t total)> on_progress;  // may be empty
};

struct GenerateSummary {
  std::int64_t items = 0, stock_points = 0, demand_rows = 0, purchase_orders = 0, bom_lines = 0;
};

// Fills an empty, weekly store. Fails if the store already holds items.
Result<GenerateSummary> Generate(sqlite::Database& db, const GenerateOptions& options);

}  // namespace lagom::app
