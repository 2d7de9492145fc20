// Inventory KPI formulas over one period, from totals the caller has summed. Each returns
// nullopt when it is undefined (a zero denominator) rather than inventing a number.
// Money in, ratios out as double (reporting, not the ledger). Pure; thread-safe.
#pragma once

#include <optional>
#include <span>

#include "core/date.h"
#include "core/money.h"
#include "core/quantity.h"

namespace lagom::ledger {

// Average inventory value: (value at the start + value at the end) / 2.
Money AverageInventory(Money begin_value, Money end_value);

// Inventory turnover = cost of goods sold / average inventory value (times per period).
std::optional<double> Turnover(Money cogs, Money average_inventory);

// Days of inventory (DSI) = average inventory / cost of goods sold × days in the period.
std::optional<double> DaysOfInventory(Money cogs, Money average_inventory, int days);

// GMROI = gross margin (revenue − cost of goods sold) / average inventory value.
std::optional<double> Gmroi(Money revenue, Money cogs, Money average_inventory);

// Sell-through = units sold / (units on hand at the start + units received).
std::optional<double> SellThrough(Quantity sold, Quantity begin_on_hand, Quantity received);

// Inventory-record accuracy = counts whose system quantity matched / counts.
std::optional<double> RecordAccuracy(int matching_counts, int counts);

// Shrinkage rate = shrinkage / sales revenue; gross (losses) or net (less gains) as given.
std::optional<double> ShrinkageRate(Money shrinkage, Money revenue);

// Fill rate = quantity served from stock when requested / quantity requested.
std::optional<double> FillRate(Quantity requested, Quantity backordered);

struct DatedDelta {
  Date date;
  Quantity delta;  // change of on hand on that day
};

// Days in [from, to] (both inclusive) that end with nothing on hand, given the quantity on
// hand at the start of `from` and the day's changes — counted only from `stocked_since` on,
// the stock point's first movement: before it the ledger knows nothing of the stock point,
// which is not a stock-out. REQUIRES: deltas sorted by date.
int StockOutDays(Quantity opening, std::span<const DatedDelta> deltas, Date from, Date to,
                 Date stocked_since);

struct MeanSd {
  double mean = 0;
  double sd = 0;  // sample standard deviation (n − 1); 0 with fewer than two values
  int n = 0;
};
// Lead times (days) of receipts: their mean and spread, which feed the policy engine.
MeanSd LeadTimeStats(std::span<const double> lead_times_days);

}  // namespace lagom::ledger
