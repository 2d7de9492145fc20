// Valuing the stock from the ledger: each item's movements up to a date run through its
// cost method (engine/ledger/valuation.h) — the method asked for, else the item's own, else
// the company's `valuation` setting. Reads only. Thread-safety: as sqlite::Database.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"
#include "engine/ledger/valuation.h"
#include "store/ledger_store.h"
#include "store/sqlite.h"

namespace lagom::app {

struct ItemLedger {
  std::int64_t item_id = 0;
  store::ItemFacts item;
  ledger::CostMethod method = ledger::CostMethod::kFifo;
  std::vector<store::MovementRow> movements;  // up to the valuation date, by date
  ledger::Valuation valuation;                // movement_values aligned with `movements`
};

// Every item with movements (or only `item_code`), valued at `at`, by item code.
Result<std::vector<ItemLedger>> ValueItems(sqlite::Database& db,
                                           std::optional<ledger::CostMethod> method, Date at,
                                           const std::string& item_code = {});

// What a period's movements did to value, by kind.
struct PeriodTotals {
  Money cogs;         // sales, issues and consumption at cost
  Money revenue;      // sales at their price
  Money write_downs;  // value-only write-downs
  Money scrapped;     // scrap and write-offs at cost
  // Shrinkage, two definitions (both reported, each named): gross = stock lost in counts and
  // negative adjustments, at cost; net = gross less the stock counts and positive
  // adjustments found (gains), at cost — what the shelf really lost.
  Money shrinkage;    // gross
  Money count_gains;  // found in counts and positive adjustments, at cost
  Quantity sold, received;
  void Add(const store::MovementRow& m, Money value);
  Money net_shrinkage() const { return shrinkage - count_gains; }
};

// Calls `each(movement, value)` for the item's movements dated within [from, to].
void ForEachInPeriod(const ItemLedger& item, Date from, Date to,
                     const std::function<void(const store::MovementRow&, Money)>& each);

struct ItemValueRow {
  std::string item;
  ledger::CostMethod method = ledger::CostMethod::kFifo;
  Quantity quantity;
  Money value;
  PeriodTotals period;
  bool reconciled = false;  // Σ movement values = value of the layers
};

struct ValueReport {
  std::vector<ItemValueRow> items;
  Money total_value;
  PeriodTotals total;
};

// The value at `at` and what happened to it in [from, at].
Result<ValueReport> ValueInventory(sqlite::Database& db, std::optional<ledger::CostMethod> method,
                                   Date from, Date at, const std::string& item_code = {});

}  // namespace lagom::app
