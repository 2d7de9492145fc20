// A kanban card signal: an empty container of a kanban part (lot sizing `kanban`, container =
// its lot_size) is scanned and one container's worth is replenished as the stock point is:
// a released production order where it is made, a transfer order from the location it is
// supplied from, a purchase order line with its supplier where it is bought. Due after the
// lead time (production: working days of setting mrp.working_days less holidays). The card
// count N = ⌈D·L·(1+α)/C⌉ is shown with the MRP record (app/mrp_views.h). One signal is one
// order: the same key again answers the first ("KB-<key>"). Thread-safety: as
// sqlite::Database.
#pragma once

#include <string>

#include "core/date.h"
#include "core/quantity.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::app {

struct KanbanSignal {
  std::string key;  // idempotency key, required
  std::string item, location;
  Date date;
};

struct KanbanReplenishment {
  std::string kind;    // production, transfer or purchase
  std::string number;  // "KB-<key>"
  Quantity quantity;   // one container
  Date start, due;
  bool replayed = false;
};

// InvalidInput when the item is not a kanban part or has no container quantity;
// ConstraintViolated when a bought part has no supply terms, or when the key was signalled
// before for another item, location or date (KeyReused).
Result<KanbanReplenishment> SignalKanban(sqlite::Database& db, const KanbanSignal& signal);

}  // namespace lagom::app
