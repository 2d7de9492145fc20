// The input of an MRP run: a network of stock points (item@location) joined by bill-of-material
// lines (a parent made from components at its own location) and transfer links (a stock point
// replenished from the same item at another location), each with its stock, open supply,
// independent demand and planning rules. Plain values that app/ builds from the store.
// Units: quantities in the item's base unit; lead times and fences in days; dates as Date.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace lagom::mrp {

enum class Replenishment {
  kMake,      // produced here from its bill of material
  kBuy,       // bought from a supplier
  kTransfer,  // moved here from Node::source
};

// How a stock point's net requirements become planned orders (netting.h applies them).
enum class LotRule {
  kLotForLot,            // each period's net requirement
  kFixed,                // whole multiples of LotSizing::size
  kPeriodOrderQuantity,  // the net requirements of `size` periods (0: the EOQ in periods)
  kEoq,                  // sqrt(2 K D̄ / h), or the net requirement when that is larger
  kWagnerWhitin,         // the exact minimum of ordering plus holding cost (policy/lot_sizing.h)
  kSilverMeal,           // the Silver–Meal heuristic (policy/lot_sizing.h)
  kMinMax,               // up to the maximum `size` whenever stock would fall below the minimum
  kKanban,               // replenished by card signals, not by planned orders (kanban.h)
};

// The names of the rules, in the order above: the choices of the items' lot_sizing column.
inline constexpr std::string_view kLotRuleNames[] = {
    "lot-for-lot", "fixed", "poq", "eoq", "wagner-whitin", "silver-meal", "min-max", "kanban"};
std::string_view LotRuleName(LotRule rule);
std::optional<LotRule> ParseLotRule(std::string_view name);

struct LotSizing {
  LotRule rule = LotRule::kLotForLot;
  // fixed: the lot; poq: periods covered (0 = from the EOQ); min-max: the maximum stock;
  // kanban: the container quantity. Ignored by the other rules.
  double size = 0;
  double ordering_cost = 0;  // K, currency per order (EOQ, POQ, Wagner–Whitin, Silver–Meal)
  double holding_cost = 0;   // h, currency per unit and period
  double minimum = 0;        // each order at least this (a supplier's MOQ); 0 = none
  double multiple = 0;       // each order a whole multiple of this (pack size); 0 = none
};

enum class DemandKind { kSalesOrder, kForecast, kMps, kTransferOrder };
std::string_view DemandKindName(DemandKind kind);  // "sales-order", "forecast", "mps", …

// One element of independent demand: a sales order line, a period's unconsumed forecast, a
// master production schedule line, an open transfer order out of this location.
struct Demand {
  Date date;
  double quantity = 0;  // > 0
  DemandKind kind = DemandKind::kForecast;
  std::string ref;  // "SO-7/1", "2024-03-18", …: what pegging shows
};

// Open supply due at the stock point: a purchase order line, an inbound transfer.
struct Receipt {
  Date due;
  double quantity = 0;  // still to come
  std::string ref;
};

// A production order MRP never changes (firm planned or released): supply of its item on
// `due` and, because components are backflushed on completion, demand for its components
// from `start`.
struct FirmOrder {
  Date start, due;
  double quantity = 0;  // good output still to come
  std::string ref;
};

struct Node {
  std::string item, location;  // codes, for messages
  Replenishment replenishment = Replenishment::kBuy;
  int source = -1;                   // kTransfer: the index of the node it is replenished from
  double lead_time_days = 0;         // kMake: working days of the calendar; otherwise calendar days
  bool phantom = false;              // exploded through, never stocked or ordered (kMake only)
  double on_hand = 0;                // usable stock at the as-of date
  double allocated = 0;              // promised already (reservations, backorders)
  double safety_stock = 0;           // the projected balance is kept at or above it
  double yield = 1;                  // share of good output, (0, 1]: a start of q/yield makes q
  int planning_time_fence_days = 0;  // no new planned order is due before as_of + fence
  LotSizing lot;
  std::vector<Demand> demand;
  std::vector<Receipt> receipts;
  std::vector<FirmOrder> firm;
};

// `parent` is made from `quantity_per` of `component` per unit, plus scrap: a share `scrap`
// of what is issued is lost, so a parent unit needs quantity_per / (1 − scrap).
struct BomLine {
  int parent = 0, component = 0;             // node indices at the same location
  double quantity_per = 1;                   // > 0
  double scrap = 0;                          // [0, 1)
  std::optional<Date> valid_from, valid_to;  // inclusive; a parent order starting then uses it
  bool ValidOn(Date start) const {
    return (!valid_from || *valid_from <= start) && (!valid_to || start <= *valid_to);
  }
  double PerParentUnit() const { return quantity_per / (1.0 - scrap); }
};

struct Network {
  std::vector<Node> nodes;
  std::vector<BomLine> lines;
};

}  // namespace lagom::mrp
