// Production orders: a planned (firm) order, made by approving a production proposal or
// imported, is released to the shop floor and completed. Completing posts, in one
// transaction under one idempotency key:
//   - the consumption of each component, backflushed from the bill of material valid on the
//     order's start date: output / yield × quantity per / (1 − scrap), rounded up to the
//     thousandth; lots first-expiry-first-out, never expired or reserved stock; a phantom's
//     own stock first, the rest through its components;
//   - the output, valued at what the components cost under their items' cost methods (the
//     value the consumption took out of stock) plus the routing's hours at their work
//     centres' cost per hour (setup once, run per unit); its unit cost is that total divided
//     by the quantity, rounded to the unit of Money.
// `lagom move produce` is the same without an order (the item's BOM valid that day).
// Thread-safety: as sqlite::Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/ledger_operation.h"
#include "app/ledger_posting.h"
#include "core/date.h"
#include "core/money.h"
#include "core/quantity.h"
#include "store/production_store.h"

namespace lagom::app {

// "LM<run>-<proposal>": the production order an approved production proposal becomes.
Status CreateProductionOrder(sqlite::Database& db, const store::NewProductionOrder& order);

// Production orders in `status` (all when empty), by due date.
Result<std::vector<store::ProductionOrderRow>> ListProductionOrders(sqlite::Database& db,
                                                                    const std::string& status);

// planned → released. Conflict when the order is not planned; NotFound when unknown.
Result<store::ProductionOrderRow> ReleaseProductionOrder(sqlite::Database& db,
                                                         const std::string& number);

struct CompletionRequest {
  std::string key;                   // idempotency key, required
  std::string number;                // the production order
  std::optional<Quantity> quantity;  // good output; default: what is still to complete
  Date date;
  std::string lot;             // of the output, optional
  std::optional<Date> expiry;  // of the output's lot
  std::string user;
};

struct Completion {
  Posted posted;  // consumption lines, then the output line
  Money components_cost, routing_cost, unit_cost;
  store::ProductionOrderRow order;  // as it stands after (on a replay: as it stands now)
};

// Only a released order completes (Conflict otherwise), at most what is still open. The key
// again with another order, quantity, date, lot or expiry is refused (KeyReused).
Result<Completion> CompleteProductionOrder(sqlite::Database& db, const CompletionRequest& request);

struct ProductionCost {
  Money components, routing;  // zero when the item has no bill of material
  Money unit_cost;            // of the output
};

// The produce movement of `request` (type kProduce) for an operation open in `writer`:
// backflush by the BOM valid on `bom_date` and value as above when there are such lines,
// else plain output at the given or the item's unit cost. A given unit cost overrides the
// computed one.
Result<ProductionCost> PostProduction(MovementWriter& writer, const MovementRequest& request,
                                      Date bom_date);

}  // namespace lagom::app
