// What the MRP screens and commands show, computed on request from a fresh MRP run as of a
// date (app/mrp_run.h): the period-by-period MRP record of a stock point (`lagom mrp`), the
// pegging of its orders both ways (`lagom pegging`), the bill-of-material tree of an item
// with stock and planned orders per level, and the rough-cut capacity load per work centre
// and week. Reads only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/mrp_run.h"

namespace lagom::app {

struct MrpPeriodRow {
  Date start;
  double gross = 0, scheduled = 0, projected = 0, net = 0, receipts = 0, releases = 0;
};

struct MrpOrderRow {
  std::string kind;  // production, purchase, transfer; "phantom" or "kanban" when not proposed
  double quantity = 0, release_quantity = 0;
  Date start, due;
  bool past_due = false;
  std::string reason;
};

struct MrpRecordView {
  std::string item, location, replenishment;  // make, buy, transfer
  std::string source;                         // transfer: the location it comes from
  int low_level_code = 0;
  double lead_time_days = 0;
  bool working_days = false;  // the lead time counts working days (production)
  std::string lot_sizing;
  double lot_size = 0, on_hand = 0, allocated = 0, safety_stock = 0;
  std::vector<MrpPeriodRow> periods;
  std::vector<MrpOrderRow> orders;
  std::optional<int> kanban_cards;  // lot sizing kanban: N = ⌈D·L·(1+α)/C⌉
  std::string kanban_formula;       // the numbers of it
};

// The records of `item` at `location` (every location MRP plans it at when empty).
// NotFound when MRP does not plan the item there.
Result<std::vector<MrpRecordView>> MrpRecords(const MrpRun& run, const std::string& item,
                                              const std::string& location);

struct PegStepView {
  int depth = 0;
  std::string kind;  // demand, planned, firm, scheduled, on-hand
  std::string item, location;
  double quantity = 0;
  std::optional<Date> date;  // demand: when needed; orders: due
  std::string ref;           // sales order line, forecast period, MPS, order number
};

struct PeggedOrderView {
  std::string kind;  // planned or firm
  std::string ref;   // firm: its number
  double quantity = 0;
  Date start, due;
  std::vector<PegStepView> what_for;   // up to independent demand (first step: the order)
  std::vector<PegStepView> what_from;  // down to the supplies of its components
  bool truncated = false;
};

struct PeggingView {
  std::string item, location;
  std::vector<PeggedOrderView> orders;
};

Result<PeggingView> MrpPegging(const MrpRun& run, const std::string& item,
                               const std::string& location);

struct BomTreeRow {
  int depth = 0;
  std::string item, location, replenishment;
  double quantity_per = 1;  // per unit of the top item, scrap included
  int low_level_code = 0;
  double on_hand = 0, planned = 0;  // planned: Σ planned order receipts over the horizon
  int planned_orders = 0;
};

// The tree below `item` at `location`, depth first, components in BOM order.
Result<std::vector<BomTreeRow>> MrpBomTree(const MrpRun& run, const std::string& item,
                                           const std::string& location);

struct CapacityRow {
  std::string work_centre;
  Date week;
  double capacity = 0, load = 0;
  bool overloaded = false;
  std::vector<std::string> orders;  // the orders loading it, most hours first
};

std::vector<CapacityRow> MrpCapacity(const MrpRun& run);

}  // namespace lagom::app
