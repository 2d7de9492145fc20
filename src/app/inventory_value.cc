#include "app/inventory_value.h"

#include <algorithm>

#include "app/settings.h"
#include "core/limits.h"

namespace lagom::app {

namespace {

using ledger::MovementType;

Result<ledger::CostMethod> CompanyMethod(sqlite::Database& db) {
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  return *ledger::ParseCostMethod(settings->Text("valuation"));  // checked by LoadSettings
}

ledger::CostedMovement Costed(const store::MovementRow& m) {
  auto type = ledger::ParseMovementType(m.type).value_or(MovementType::kAdjustment);
  return {m.date, type, m.quantity, m.unit_cost, m.amount, m.lot, m.id};
}

Status Finish(sqlite::Database& db, ItemLedger& item, std::optional<ledger::CostMethod> method,
              ledger::CostMethod company, Date at) {
  auto facts = store::LoadItem(db, item.item_id);
  if (!facts) return facts.error();
  item.item = std::move(*facts);
  item.method = method.value_or(
      item.item.valuation ? ledger::ParseCostMethod(*item.item.valuation).value_or(company)
                          : company);
  std::vector<ledger::CostedMovement> costed;
  costed.reserve(item.movements.size());
  for (const store::MovementRow& m : item.movements) costed.push_back(Costed(m));
  auto valued = ledger::Value(costed, {item.method, at, PeriodKind::kMonth});
  if (!valued) {
    return Error{valued.error().code, "item " + item.item.code + ": " + valued.error().message};
  }
  item.valuation = std::move(*valued);
  return {};
}

}  // namespace

void PeriodTotals::Add(const store::MovementRow& m, Money value) {
  auto type = ledger::ParseMovementType(m.type).value_or(MovementType::kAdjustment);
  switch (type) {
    case MovementType::kSale:
      sold -= m.quantity;
      revenue += Extend(m.price.value_or(Money()), -m.quantity);
      cogs -= value;
      break;
    case MovementType::kIssue:
    case MovementType::kConsume:
      cogs -= value;
      break;
    case MovementType::kReceipt:
    case MovementType::kProduce:
      received += m.quantity;
      break;
    case MovementType::kScrap:
      scrapped -= value;
      break;
    case MovementType::kWriteDown:
      write_downs -= value;
      break;
    case MovementType::kCount:
    case MovementType::kAdjustment:
      if (m.quantity < Quantity()) {
        shrinkage -= value;
      } else {
        count_gains += value;
      }
      break;
    default:
      break;
  }
}

void ForEachInPeriod(const ItemLedger& item, Date from, Date to,
                     const std::function<void(const store::MovementRow&, Money)>& each) {
  for (std::size_t i = 0; i < item.movements.size(); ++i) {
    const store::MovementRow& m = item.movements[i];
    if (m.date >= from && m.date <= to) each(m, item.valuation.movement_values[i]);
  }
}

Result<std::vector<ItemLedger>> ValueItems(sqlite::Database& db,
                                           std::optional<ledger::CostMethod> method, Date at,
                                           const std::string& item_code) {
  std::int64_t only = 0;
  if (!item_code.empty()) {
    auto id = store::IdOfCode(db, "items", item_code);
    if (!id) return id.error();
    only = *id;
  }
  auto company = CompanyMethod(db);
  if (!company) return company.error();
  auto movements = store::ItemMovements(db, only, at);
  if (!movements) return movements.error();
  std::vector<ItemLedger> items;
  for (store::MovementRow& m : *movements) {
    if (items.empty() || items.back().item_id != m.item_id) {
      items.emplace_back();
      items.back().item_id = m.item_id;
    }
    items.back().movements.push_back(std::move(m));
  }
  for (ItemLedger& item : items) {
    if (Status done = Finish(db, item, method, *company, at); !done) return done.error();
  }
  std::sort(items.begin(), items.end(),
            [](const ItemLedger& a, const ItemLedger& b) { return a.item.code < b.item.code; });
  return items;
}

namespace {

ValueReport SumValues(const std::vector<ItemLedger>& items, Date from, Date at) {
  ValueReport report;
  for (const ItemLedger& item : items) {
    ItemValueRow row;
    row.item = item.item.code;
    row.method = item.method;
    row.quantity = item.valuation.quantity;
    row.value = item.valuation.value;
    Money sum;
    for (Money v : item.valuation.movement_values) sum += v;
    row.reconciled = sum == row.value;
    ForEachInPeriod(item, from, at, [&](const store::MovementRow& m, Money value) {
      row.period.Add(m, value);
      report.total.Add(m, value);
    });
    report.total_value += row.value;
    report.items.push_back(std::move(row));
  }
  return report;
}

}  // namespace

Result<ValueReport> ValueInventory(sqlite::Database& db, std::optional<ledger::CostMethod> method,
                                   Date from, Date at, const std::string& item_code) {
  auto items = ValueItems(db, method, at, item_code);
  if (!items) return items.error();
  return limits::WithinRange("the inventory's total value",
                             [&]() -> Result<ValueReport> { return SumValues(*items, from, at); });
}

}  // namespace lagom::app
