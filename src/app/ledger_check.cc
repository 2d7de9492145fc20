#include "app/ledger_check.h"

#include "app/inventory_value.h"
#include "core/limits.h"
#include "store/ledger_audit.h"
#include "store/ledger_store.h"

namespace lagom::app {

namespace {

Status CheckBalances(sqlite::Database& db, CheckReport& report) {
  auto mismatches = store::BalanceMismatches(db);
  if (!mismatches) return mismatches.error();
  for (const store::BalanceMismatch& m : *mismatches) {
    report.problems.push_back(
        "balance of " + m.item + "@" + m.location + (m.lot.empty() ? "" : " lot " + m.lot) +
        ": movements say " + m.on_hand_movements.ToString() + " on hand and " +
        m.in_transit_movements.ToString() + " in transit, the cache " +
        m.on_hand_cached.ToString() + " and " + m.in_transit_cached.ToString());
  }
  return {};
}

void SumValues(const std::vector<ItemLedger>& items, CheckReport& report) {
  for (const ItemLedger& item : items) {
    Money sum;
    for (Money v : item.valuation.movement_values) sum += v;
    if (sum != item.valuation.value) {
      report.problems.push_back("value of " + item.item.code + ": layers " +
                                item.valuation.value.ToString() + ", movements " + sum.ToString());
    }
    report.value += item.valuation.value;
    ++report.items_valued;
  }
}

// Values every item; a movement it cannot value, or a sum out of range, is a problem of the
// report, not a failure of the check.
Status CheckValues(sqlite::Database& db, Date day, CheckReport& report) {
  auto items = ValueItems(db, std::nullopt, day);
  if (!items) {
    report.problems.push_back(items.error().message);
    return {};
  }
  Status summed = limits::WithinRange("the value of the ledger", [&]() -> Status {
    SumValues(*items, report);
    return {};
  });
  if (!summed) report.problems.push_back(summed.error().message);
  return {};
}

Status CheckPromises(sqlite::Database& db, Date day, CheckReport& report) {
  auto over = store::OverPromisedStock(db, day);
  if (!over) return over.error();
  for (const store::OverPromised& o : *over) {
    report.warnings.push_back(o.item + "@" + o.location + ": " + o.reserved.ToString() +
                              " reserved but only " + o.usable.ToString() + " usable");
  }
  auto expired = store::ExpiredStock(db, 0, 0, day);
  if (!expired) return expired.error();
  for (const store::ExpiredLot& e : *expired) {
    report.warnings.push_back(e.item + "@" + e.location + " lot " + e.lot + ": " +
                              e.on_hand.ToString() + " on hand expired on " + FormatDate(e.expiry) +
                              " (write it off)");
  }
  return {};
}

}  // namespace

Result<CheckReport> CheckLedger(sqlite::Database& db, Date day) {
  CheckReport report;
  auto count = store::CountMovements(db);
  if (!count) return count.error();
  report.movements = *count;
  Status checked = CheckBalances(db, report);
  if (checked) checked = CheckValues(db, day, report);
  if (checked) checked = CheckPromises(db, day, report);
  if (!checked) return checked.error();
  return report;
}

}  // namespace lagom::app
