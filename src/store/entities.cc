#include "store/entities.h"

#include "engine/mrp/network.h"

namespace lagom::store {

namespace {

using T = FieldType;
constexpr std::string_view kItemTypes[] = {"raw", "wip", "finished", "mro"};
constexpr std::string_view kItemStatuses[] = {"active", "new", "phase-out", "obsolete"};
constexpr std::string_view kLocationTypes[] = {"warehouse", "store", "plant", "dc"};
constexpr std::string_view kOrderStatuses[] = {"open", "closed"};
constexpr std::string_view kCostMethods[] = {"fifo", "lifo", "lifo-periodic", "wac"};
constexpr std::string_view kMakeOrBuy[] = {"make", "buy"};
constexpr std::string_view kMovementTypes[] = {
    "opening", "receipt", "sale",    "issue",   "transfer-out", "transfer-in", "adjustment",
    "count",   "scrap",   "consume", "produce", "return",       "write-down"};

constexpr FieldSpec kItems[] = {
    {.column = "code", .sql_column = "code", .type = T::kCode, .required = true, .key = true},
    {.column = "name", .sql_column = "name", .type = T::kText},
    {.column = "type",
     .sql_column = "type",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .fallback = "finished",
     .choices = kItemTypes},
    {.column = "uom", .sql_column = "uom", .type = T::kCode, .sign = Sign::kAny, .fallback = "pcs"},
    {.column = "unit_cost", .sql_column = "unit_cost", .type = T::kMoney, .fallback = "0"},
    {.column = "price", .sql_column = "price", .type = T::kMoney},
    {.column = "volume_m3", .sql_column = "volume_m3", .type = T::kReal},
    {.column = "weight_kg", .sql_column = "weight_kg", .type = T::kReal},
    {.column = "shelf_life_days",
     .sql_column = "shelf_life_days",
     .type = T::kInteger,
     .sign = Sign::kPositive},
    {.column = "group", .sql_column = "item_group", .type = T::kText},
    {.column = "status",
     .sql_column = "status",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .fallback = "active",
     .choices = kItemStatuses},
    {.column = "gtin", .sql_column = "gtin", .type = T::kGtin},
    {.column = "valuation",
     .sql_column = "valuation",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .choices = kCostMethods},
    // How MRP plans the item (engine/mrp/network.h): made here from its BOM or bought; the
    // production lead time in working days; the lot rule and its size (fixed: the lot, poq:
    // periods, min-max: the maximum, kanban: the container); a phantom is exploded through,
    // never stocked; no new order is due within the planning time fence; yield: the share
    // of good output.
    {.column = "make_or_buy",
     .sql_column = "make_or_buy",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .fallback = "buy",
     .choices = kMakeOrBuy},
    {.column = "production_lead_time_days",
     .sql_column = "production_lead_time_days",
     .type = T::kInteger,
     .fallback = "0",
     .max = 3650},
    {.column = "lot_sizing",
     .sql_column = "lot_sizing",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .fallback = "lot-for-lot",
     .choices = mrp::kLotRuleNames},
    {.column = "lot_size", .sql_column = "lot_size", .type = T::kReal, .fallback = "0"},
    {.column = "phantom",
     .sql_column = "phantom",
     .type = T::kBool,
     .sign = Sign::kAny,
     .fallback = "false"},
    {.column = "planning_time_fence_days",
     .sql_column = "planning_time_fence_days",
     .type = T::kInteger,
     .fallback = "0",
     .max = 3650},
    {.column = "yield_pct",
     .sql_column = "yield_pct",
     .type = T::kReal,
     .sign = Sign::kPositive,
     .fallback = "100",
     .max = 100},
};

constexpr FieldSpec kLocations[] = {
    {.column = "code", .sql_column = "code", .type = T::kCode, .required = true, .key = true},
    {.column = "name", .sql_column = "name", .type = T::kText},
    {.column = "type",
     .sql_column = "type",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .fallback = "warehouse",
     .choices = kLocationTypes},
    {.column = "supplied_from", .sql_column = "supplied_from", .type = T::kLocationRef},
    {.column = "transfer_lead_time_days",
     .sql_column = "transfer_lead_time_days",
     .type = T::kReal,
     .fallback = "0",
     .max = 3650},
};

constexpr std::string_view kBelowMinimum[] = {"surpass", "hold"};
constexpr std::string_view kContainerFill[] = {"none", "greedy", "optimal"};

constexpr FieldSpec kSuppliers[] = {
    {.column = "code", .sql_column = "code", .type = T::kCode, .required = true, .key = true},
    {.column = "name", .sql_column = "name", .type = T::kText},
    {.column = "min_order_value",
     .sql_column = "min_order_value",
     .type = T::kMoney,
     .fallback = "0"},
    {.column = "order_days", .sql_column = "order_days", .type = T::kWeekdays},
    {.column = "below_minimum",
     .sql_column = "below_minimum",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .fallback = "surpass",
     .choices = kBelowMinimum},
    {.column = "free_freight_value",
     .sql_column = "free_freight_value",
     .type = T::kMoney,
     .fallback = "0"},
    {.column = "container_volume_m3",
     .sql_column = "container_volume_m3",
     .type = T::kReal,
     .fallback = "0"},
    {.column = "container_weight_kg",
     .sql_column = "container_weight_kg",
     .type = T::kReal,
     .fallback = "0"},
    {.column = "container_pallets",
     .sql_column = "container_pallets",
     .type = T::kReal,
     .fallback = "0"},
    {.column = "container_fill",
     .sql_column = "container_fill",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .fallback = "greedy",
     .choices = kContainerFill},
};

constexpr FieldSpec kSupplyTerms[] = {
    {.column = "item", .sql_column = "item_id", .type = T::kItemRef, .required = true, .key = true},
    {.column = "supplier",
     .sql_column = "supplier_id",
     .type = T::kSupplierRef,
     .required = true,
     .key = true},
    {.column = "location", .sql_column = "location_id", .type = T::kLocationRef, .key = true},
    {.column = "lead_time_days",
     .sql_column = "lead_time_days",
     .type = T::kReal,
     .required = true,
     .max = 3650},
    {.column = "lead_time_sd_days",
     .sql_column = "lead_time_sd_days",
     .type = T::kReal,
     .fallback = "0",
     .max = 3650},
    {.column = "moq", .sql_column = "min_order_quantity", .type = T::kQuantity, .fallback = "0"},
    {.column = "order_multiple",
     .sql_column = "order_multiple",
     .type = T::kQuantity,
     .sign = Sign::kPositive,
     .fallback = "1"},
    {.column = "unit_price", .sql_column = "unit_price", .type = T::kMoney, .fallback = "0"},
    {.column = "order_days", .sql_column = "order_days", .type = T::kWeekdays},
    {.column = "max_order_quantity",
     .sql_column = "max_order_quantity",
     .type = T::kQuantity,
     .fallback = "0"},
    {.column = "units_per_pallet",
     .sql_column = "units_per_pallet",
     .type = T::kReal,
     .fallback = "0"},
    // The unit the supplier sells in (a case) and how many stock units it holds: orders are
    // made in whole purchase units (core/units.h OrderPack) and shown in them.
    {.column = "purchase_unit", .sql_column = "purchase_unit", .type = T::kText, .fallback = ""},
    {.column = "purchase_unit_quantity",
     .sql_column = "purchase_unit_quantity",
     .type = T::kQuantity,
     .sign = Sign::kPositive,
     .fallback = "1"},
    {.column = "primary",
     .sql_column = "is_primary",
     .type = T::kBool,
     .sign = Sign::kAny,
     .fallback = "false"},
};

// All-units price breaks of a supply term (same item, supplier, location): from min_quantity
// on, the whole order costs unit_price each.
constexpr FieldSpec kPriceBreaks[] = {
    {.column = "item", .sql_column = "item_id", .type = T::kItemRef, .required = true, .key = true},
    {.column = "supplier",
     .sql_column = "supplier_id",
     .type = T::kSupplierRef,
     .required = true,
     .key = true},
    {.column = "location", .sql_column = "location_id", .type = T::kLocationRef, .key = true},
    {.column = "min_quantity",
     .sql_column = "min_quantity",
     .type = T::kQuantity,
     .required = true,
     .key = true,
     .sign = Sign::kPositive},
    {.column = "unit_price", .sql_column = "unit_price", .type = T::kMoney, .required = true},
};

constexpr FieldSpec kBoms[] = {
    {.column = "parent",
     .sql_column = "parent_item_id",
     .type = T::kItemRef,
     .required = true,
     .key = true},
    {.column = "component",
     .sql_column = "component_item_id",
     .type = T::kItemRef,
     .required = true,
     .key = true},
    {.column = "quantity_per",
     .sql_column = "quantity_per",
     .type = T::kQuantity,
     .required = true,
     .sign = Sign::kPositive},
    {.column = "scrap_pct",
     .sql_column = "scrap_pct",
     .type = T::kReal,
     .fallback = "0",
     .max = 99.999},
    // Engineering changes: a parent order starting outside [valid_from, valid_to] does not use
    // the line (empty = open-ended).
    {.column = "valid_from", .sql_column = "valid_from", .type = T::kDate},
    {.column = "valid_to", .sql_column = "valid_to", .type = T::kDate},
};

constexpr FieldSpec kStock[] = {
    {.column = "item", .sql_column = "item_id", .type = T::kItemRef, .required = true, .key = true},
    {.column = "location",
     .sql_column = "location_id",
     .type = T::kLocationRef,
     .required = true,
     .key = true},
    {.column = "lot",
     .sql_column = "lot",
     .type = T::kText,
     .key = true,
     .sign = Sign::kAny,
     .fallback = ""},
    {.column = "expiry", .sql_column = "expiry", .type = T::kDate},
    {.column = "quantity", .sql_column = "quantity", .type = T::kQuantity, .required = true},
    {.column = "date", .sql_column = "as_of", .type = T::kDate},
};

// A stock row is a snapshot: the ledger gets the difference to its balance as an opening
// movement dated by the row (default: the import's date), at the item's unit cost.
constexpr std::string_view kStockToLedger = R"sql(
WITH b (on_hand, date, key) AS (
  SELECT COALESCE((SELECT on_hand FROM balances WHERE item_id = :item_id
                   AND location_id = :location_id AND lot = :lot), 0),
         COALESCE(:as_of, :today),
         'stock-snapshot/' || (SELECT code FROM items WHERE id = :item_id) || '/'
           || (SELECT code FROM locations WHERE id = :location_id) || '/' || :lot || '/'
           || COALESCE(:as_of, :today))
INSERT INTO movements (key, line, type, date, item_id, location_id, lot, expiry, quantity,
                       unit_cost, reference)
SELECT b.key, (SELECT COUNT(*) FROM movements WHERE key = b.key) + 1, 'opening', b.date,
       :item_id, :location_id, :lot, CASE WHEN :lot = '' THEN NULL ELSE :expiry END,
       :quantity - b.on_hand, (SELECT unit_cost FROM items WHERE id = :item_id), 'stock snapshot'
FROM b WHERE :quantity <> b.on_hand)sql";

// A snapshot that differs from the ledger while movements of the stock point are dated after
// it would, through its opening movement, reverse them: refused unless forced.
constexpr std::string_view kStockReversesLater = R"sql(
SELECT COUNT(*) || ' movement(s) of this stock point are dated after the snapshot''s date ' ||
       COALESCE(:as_of, :today) || ' (the latest ' || MAX(m.date) || '); the snapshot would '
       || 'reverse them (import with --force to post the difference anyway, or export the '
       || 'stock again: it exports the ledger)'
FROM movements m
WHERE m.item_id = :item_id AND m.location_id = :location_id AND m.lot = :lot
  AND m.date > COALESCE(:as_of, :today)
  AND :quantity <> COALESCE((SELECT on_hand FROM balances WHERE item_id = :item_id
                             AND location_id = :location_id AND lot = :lot), 0)
HAVING COUNT(*) > 0)sql";

// What `lagom export stock` and GET /api/v1/stock read: the ledger's balances per lot (with
// the lot's expiry), dated by the stock point's latest movement, so that importing the file
// again changes nothing.
constexpr std::string_view kStockFromLedger = R"sql(
SELECT b.item_id, b.location_id, b.lot, l.expiry, b.on_hand AS quantity,
       (SELECT MAX(m.date) FROM movements m WHERE m.item_id = b.item_id
          AND m.location_id = b.location_id AND m.lot = b.lot) AS as_of
FROM balances b LEFT JOIN lots l ON l.item_id = b.item_id AND l.code = b.lot AND b.lot <> ''
WHERE b.on_hand <> 0)sql";

// Ledger movements, as posted by another system; see src/engine/ledger/movement.h for the
// types and the sign of their quantity.
constexpr FieldSpec kMovements[] = {
    {.column = "key", .sql_column = "key", .type = T::kCode, .required = true, .key = true},
    {.column = "line",
     .sql_column = "line",
     .type = T::kInteger,
     .key = true,
     .sign = Sign::kPositive,
     .fallback = "1"},
    {.column = "type",
     .sql_column = "type",
     .type = T::kEnum,
     .required = true,
     .sign = Sign::kAny,
     .choices = kMovementTypes},
    {.column = "date", .sql_column = "date", .type = T::kDate, .required = true},
    {.column = "item", .sql_column = "item_id", .type = T::kItemRef, .required = true},
    {.column = "location", .sql_column = "location_id", .type = T::kLocationRef, .required = true},
    {.column = "lot", .sql_column = "lot", .type = T::kText, .sign = Sign::kAny, .fallback = ""},
    {.column = "expiry", .sql_column = "expiry", .type = T::kDate},
    {.column = "quantity",
     .sql_column = "quantity",
     .type = T::kQuantity,
     .required = true,
     .sign = Sign::kAny},
    {.column = "unit_cost", .sql_column = "unit_cost", .type = T::kMoney, .fallback = "0"},
    {.column = "amount", .sql_column = "amount", .type = T::kMoney, .fallback = "0"},
    {.column = "price", .sql_column = "price", .type = T::kMoney},
    {.column = "other_location", .sql_column = "other_location_id", .type = T::kLocationRef},
    {.column = "reference", .sql_column = "reference", .type = T::kText},
    {.column = "user", .sql_column = "user", .type = T::kText},
};

// A lot coming in after its expiry date is refused unless forced (an import of movements
// already applied is not asked again).
constexpr std::string_view kMovementExpired = R"sql(
SELECT 'the lot ' || :lot || ' expired on ' || :expiry || ', before it came in on '
       || :date || ' (import with --force to accept it)'
WHERE :expiry IS NOT NULL AND :expiry < :date AND :quantity > 0
  AND NOT EXISTS (SELECT 1 FROM movements WHERE key = :key AND line IS :line))sql";

constexpr FieldSpec kPurchaseOrders[] = {
    {.column = "po_number",
     .sql_column = "po_number",
     .type = T::kCode,
     .required = true,
     .key = true},
    {.column = "line",
     .sql_column = "line",
     .type = T::kInteger,
     .required = true,
     .key = true,
     .sign = Sign::kPositive},
    {.column = "supplier", .sql_column = "supplier_id", .type = T::kSupplierRef, .required = true},
    {.column = "item", .sql_column = "item_id", .type = T::kItemRef, .required = true},
    {.column = "location", .sql_column = "location_id", .type = T::kLocationRef, .required = true},
    {.column = "quantity",
     .sql_column = "quantity",
     .type = T::kQuantity,
     .required = true,
     .sign = Sign::kPositive},
    {.column = "received", .sql_column = "received", .type = T::kQuantity, .fallback = "0"},
    {.column = "unit_price", .sql_column = "unit_price", .type = T::kMoney, .fallback = "0"},
    {.column = "order_date", .sql_column = "order_date", .type = T::kDate},
    {.column = "due_date", .sql_column = "due_date", .type = T::kDate, .required = true},
    {.column = "status",
     .sql_column = "status",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .fallback = "open",
     .choices = kOrderStatuses},
    // The supplier's unit the line was ordered in (supply-terms); quantities stay in stock
    // units.
    {.column = "purchase_unit", .sql_column = "purchase_unit", .type = T::kText, .fallback = ""},
    {.column = "purchase_unit_quantity",
     .sql_column = "purchase_unit_quantity",
     .type = T::kQuantity,
     .sign = Sign::kPositive,
     .fallback = "1"},
};

// Demand rows are events (a day's sales, an order line) or period totals; rows that fall
// into the same item, location and period are added up, and the sum replaces what the
// store held for that bucket.
constexpr FieldSpec kDemand[] = {
    {.column = "item", .sql_column = "item_id", .type = T::kItemRef, .required = true, .key = true},
    {.column = "location",
     .sql_column = "location_id",
     .type = T::kLocationRef,
     .required = true,
     .key = true},
    {.column = "date", .sql_column = "period", .type = T::kPeriod, .required = true, .key = true},
    {.column = "quantity",
     .sql_column = "quantity",
     .type = T::kQuantity,
     .required = true,
     .sign = Sign::kAny,
     .summed = true},
    {.column = "lines",
     .sql_column = "lines",
     .type = T::kInteger,
     .fallback = "1",
     .summed = true},
};

constexpr std::string_view kServiceKinds[] = {"cycle", "fill-rate", "days-of-cover", "fixed"};
constexpr std::string_view kOrderRules[] = {"cover", "up-to", "eoq", "fixed"};
constexpr std::string_view kDistributions[] = {"auto", "normal", "poisson", "negative-binomial",
                                               "gamma"};

// Per stock point overrides of the company's policy defaults; an empty cell keeps the
// default. service_target is α or β for cycle/fill-rate, periods for days-of-cover, units
// for fixed.
constexpr FieldSpec kPolicies[] = {
    {.column = "item", .sql_column = "item_id", .type = T::kItemRef, .required = true, .key = true},
    {.column = "location", .sql_column = "location_id", .type = T::kLocationRef, .key = true},
    {.column = "service_kind",
     .sql_column = "service_kind",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .choices = kServiceKinds},
    {.column = "service_target", .sql_column = "service_target", .type = T::kReal, .max = 100000},
    {.column = "order_rule",
     .sql_column = "order_rule",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .choices = kOrderRules},
    {.column = "cover_periods", .sql_column = "cover_periods", .type = T::kReal, .max = 1000},
    {.column = "fixed_quantity", .sql_column = "fixed_quantity", .type = T::kQuantity},
    {.column = "review_periods", .sql_column = "review_periods", .type = T::kReal, .max = 1000},
    {.column = "distribution",
     .sql_column = "distribution",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .choices = kDistributions},
};

constexpr std::string_view kBudgetScopes[] = {"company", "supplier", "group"};

// A purchasing budget per month for the company, a supplier (key = supplier code) or an
// item group (key = group name). month: any date in the month (stored as its first day).
constexpr FieldSpec kBudgets[] = {
    {.column = "scope",
     .sql_column = "scope",
     .type = T::kEnum,
     .required = true,
     .key = true,
     .sign = Sign::kAny,
     .choices = kBudgetScopes},
    {.column = "key", .sql_column = "key", .type = T::kText, .key = true},
    {.column = "month", .sql_column = "month", .type = T::kMonth, .required = true, .key = true},
    {.column = "amount", .sql_column = "amount", .type = T::kMoney, .required = true},
};

// Open transfers between locations (scheduled receipts at the receiving location).
constexpr FieldSpec kTransferOrders[] = {
    {.column = "number", .sql_column = "number", .type = T::kCode, .required = true, .key = true},
    {.column = "item", .sql_column = "item_id", .type = T::kItemRef, .required = true},
    {.column = "from", .sql_column = "from_location_id", .type = T::kLocationRef, .required = true},
    {.column = "to", .sql_column = "to_location_id", .type = T::kLocationRef, .required = true},
    {.column = "quantity",
     .sql_column = "quantity",
     .type = T::kQuantity,
     .required = true,
     .sign = Sign::kPositive},
    {.column = "shipped", .sql_column = "shipped", .type = T::kQuantity, .fallback = "0"},
    {.column = "received", .sql_column = "received", .type = T::kQuantity, .fallback = "0"},
    {.column = "order_date", .sql_column = "order_date", .type = T::kDate},
    {.column = "due_date", .sql_column = "due_date", .type = T::kDate, .required = true},
    {.column = "status",
     .sql_column = "status",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .fallback = "open",
     .choices = kOrderStatuses},
};

constexpr std::string_view kXyz[] = {"X", "Y", "Z"};

// The service target of an ABC class (and XYZ class; empty = any) of `lagom classify`: it
// replaces the company default for the stock points of the class, and a policies row still
// wins. abc: the class label ("A", "AB" for two dimensions, "N" new, "D" dead); a
// two-letter label without a row of its own takes its first letter's.
constexpr FieldSpec kServiceTargets[] = {
    {.column = "abc", .sql_column = "abc", .type = T::kCode, .required = true, .key = true},
    {.column = "xyz",
     .sql_column = "xyz",
     .type = T::kEnum,
     .key = true,
     .sign = Sign::kAny,
     .choices = kXyz},
    {.column = "service_kind",
     .sql_column = "service_kind",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .fallback = "fill-rate",
     .choices = kServiceKinds},
    {.column = "service_target",
     .sql_column = "service_target",
     .type = T::kReal,
     .required = true,
     .max = 100000},
};

// Days without counting work (cycle-count lists skip them besides the non-working weekdays
// of the setting count.working_days).
constexpr FieldSpec kHolidays[] = {
    {.column = "date", .sql_column = "date", .type = T::kDate, .required = true, .key = true},
    {.column = "name", .sql_column = "name", .type = T::kText},
};

// Customer orders: independent demand of the item at the location, by due date, for the
// quantity not yet delivered (forecast consumption: engine/mrp/demand.h).
constexpr FieldSpec kSalesOrders[] = {
    {.column = "number", .sql_column = "number", .type = T::kCode, .required = true, .key = true},
    {.column = "line",
     .sql_column = "line",
     .type = T::kInteger,
     .key = true,
     .sign = Sign::kPositive,
     .fallback = "1"},
    {.column = "item", .sql_column = "item_id", .type = T::kItemRef, .required = true},
    {.column = "location", .sql_column = "location_id", .type = T::kLocationRef, .required = true},
    {.column = "quantity",
     .sql_column = "quantity",
     .type = T::kQuantity,
     .required = true,
     .sign = Sign::kPositive},
    {.column = "delivered", .sql_column = "delivered", .type = T::kQuantity, .fallback = "0"},
    {.column = "due_date", .sql_column = "due_date", .type = T::kDate, .required = true},
    {.column = "status",
     .sql_column = "status",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .fallback = "open",
     .choices = kOrderStatuses},
};

// The master production schedule: the quantity of an item to have at a location by a date.
// Where an item has MPS lines they are its independent demand instead of forecast and orders.
constexpr FieldSpec kMps[] = {
    {.column = "item", .sql_column = "item_id", .type = T::kItemRef, .required = true, .key = true},
    {.column = "location",
     .sql_column = "location_id",
     .type = T::kLocationRef,
     .required = true,
     .key = true},
    {.column = "date", .sql_column = "date", .type = T::kDate, .required = true, .key = true},
    {.column = "quantity", .sql_column = "quantity", .type = T::kQuantity, .required = true},
};

// Work centres: hours available on each working day of their calendar, and the labour and
// overhead cost of an hour (added to the value of what production completes).
constexpr FieldSpec kWorkCentres[] = {
    {.column = "code", .sql_column = "code", .type = T::kCode, .required = true, .key = true},
    {.column = "name", .sql_column = "name", .type = T::kText},
    {.column = "capacity_hours_per_day",
     .sql_column = "capacity_hours_per_day",
     .type = T::kReal,
     .fallback = "8",
     .max = 24},
    {.column = "calendar",
     .sql_column = "calendar",
     .type = T::kWeekdays,
     .fallback = "Mon Tue Wed Thu Fri"},
    {.column = "cost_per_hour", .sql_column = "cost_per_hour", .type = T::kMoney, .fallback = "0"},
};

// Routings: the operations that make an item, each on a work centre, with its setup and its
// run time per unit.
constexpr FieldSpec kRoutings[] = {
    {.column = "item", .sql_column = "item_id", .type = T::kItemRef, .required = true, .key = true},
    {.column = "operation",
     .sql_column = "operation",
     .type = T::kInteger,
     .key = true,
     .sign = Sign::kPositive,
     .fallback = "10"},
    {.column = "work_centre",
     .sql_column = "work_centre_id",
     .type = T::kWorkCentreRef,
     .required = true},
    {.column = "setup_hours",
     .sql_column = "setup_hours",
     .type = T::kReal,
     .fallback = "0",
     .max = 10000},
    {.column = "run_hours_per_unit",
     .sql_column = "run_hours_per_unit",
     .type = T::kReal,
     .fallback = "0",
     .max = 10000},
};

constexpr std::string_view kProductionStatuses[] = {"planned", "released", "completed"};

// Production orders: planned (firm: MRP keeps it as it is), released to the shop floor,
// completed (components consumed and output received; app/production.h).
constexpr FieldSpec kProductionOrders[] = {
    {.column = "number", .sql_column = "number", .type = T::kCode, .required = true, .key = true},
    {.column = "item", .sql_column = "item_id", .type = T::kItemRef, .required = true},
    {.column = "location", .sql_column = "location_id", .type = T::kLocationRef, .required = true},
    {.column = "quantity",
     .sql_column = "quantity",
     .type = T::kQuantity,
     .required = true,
     .sign = Sign::kPositive},
    {.column = "completed", .sql_column = "completed", .type = T::kQuantity, .fallback = "0"},
    {.column = "start_date", .sql_column = "start_date", .type = T::kDate, .required = true},
    {.column = "due_date", .sql_column = "due_date", .type = T::kDate, .required = true},
    {.column = "status",
     .sql_column = "status",
     .type = T::kEnum,
     .sign = Sign::kAny,
     .fallback = "planned",
     .choices = kProductionStatuses},
};

constexpr FieldSpec kForecastOverrides[] = {
    {.column = "item", .sql_column = "item_id", .type = T::kItemRef, .required = true, .key = true},
    {.column = "location", .sql_column = "location_id", .type = T::kLocationRef, .key = true},
    {.column = "from",
     .sql_column = "from_period",
     .type = T::kPeriod,
     .required = true,
     .key = true},
    {.column = "to", .sql_column = "to_period", .type = T::kPeriod, .required = true},
    {.column = "quantity", .sql_column = "quantity", .type = T::kQuantity},
    {.column = "percent", .sql_column = "percent", .type = T::kReal, .sign = Sign::kAny},
    {.column = "total", .sql_column = "total", .type = T::kQuantity},
    {.column = "reason", .sql_column = "reason", .type = T::kText},
    {.column = "author", .sql_column = "author", .type = T::kText},
    {.column = "expires", .sql_column = "expires", .type = T::kDate},
};

// The rules of an override across its columns (the table's CHECKs, said for the row). The
// casts give PostgreSQL a type for a parameter bound as NULL.
constexpr std::string_view kForecastOverrideRules = R"sql(
SELECT CASE
  WHEN :to_period < :from_period
    THEN 'to (period ' || :to_period || ') is before from (period ' || :from_period || ')'
  WHEN (CASE WHEN CAST(:quantity AS TEXT) IS NULL THEN 0 ELSE 1 END) + (CASE WHEN CAST(:percent AS TEXT) IS NULL THEN 0 ELSE 1
    END) + (CASE WHEN CAST(:total AS TEXT) IS NULL THEN 0 ELSE 1 END) <> 1
    THEN 'give exactly one of quantity, percent or total'
  WHEN CAST(:percent AS REAL) < -100
    THEN 'percent ' || :percent || ' is below -100 (a forecast cannot fall below zero)'
  ELSE '' END
)sql";

constexpr std::string_view kEventTypes[] = {"promotion", "holiday", "closure", "price-change"};

constexpr FieldSpec kEvents[] = {
    {.column = "code", .sql_column = "code", .type = T::kCode, .required = true, .key = true},
    {.column = "type",
     .sql_column = "type",
     .type = T::kEnum,
     .required = true,
     .sign = Sign::kAny,
     .choices = kEventTypes},
    {.column = "items", .sql_column = "item_codes", .type = T::kText},
    {.column = "groups", .sql_column = "item_groups", .type = T::kText},
    {.column = "locations", .sql_column = "location_codes", .type = T::kText},
    {.column = "from", .sql_column = "from_date", .type = T::kDate, .required = true},
    {.column = "to", .sql_column = "to_date", .type = T::kDate, .required = true},
    {.column = "uplift_percent",
     .sql_column = "uplift_percent",
     .type = T::kReal,
     .sign = Sign::kAny},
};

// The rules of an event across its columns, and the codes its lists name (split on spaces,
// commas or semicolons by a recursive query both backends run).
constexpr std::string_view kEventRules = R"sql(
WITH RECURSIVE listed (kind, code, rest) AS (
  SELECT 'item', '', trim(replace(replace(IFNULL(:item_codes, ''), ',', ' '), ';', ' ')) || ' '
  UNION ALL
  SELECT 'location', '',
    trim(replace(replace(IFNULL(:location_codes, ''), ',', ' '), ';', ' ')) || ' '
  UNION ALL
  SELECT kind, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
  FROM listed WHERE rest <> '')
SELECT CASE
  WHEN :to_date < :from_date THEN 'to (' || :to_date || ') is before from (' || :from_date || ')'
  WHEN :uplift_percent < -100
    THEN 'uplift_percent ' || :uplift_percent || ' is below -100 (demand cannot fall below zero)'
  WHEN trim(IFNULL(:item_codes, '')) = '' AND trim(IFNULL(:item_groups, '')) = ''
    THEN 'name the items or the groups the event concerns'
  ELSE IFNULL((SELECT 'unknown ' || kind || ' ''' || code || '''' FROM listed
    WHERE code <> '' AND ((kind = 'item' AND code NOT IN (SELECT code FROM items))
      OR (kind = 'location' AND code NOT IN (SELECT code FROM locations))) LIMIT 1), '')
  END
)sql";

constexpr EntitySpec kEntities[] = {
    {"items", "items", KeyPolicy::kUnique, kItems},
    {"locations", "locations", KeyPolicy::kUnique, kLocations},
    {"suppliers", "suppliers", KeyPolicy::kUnique, kSuppliers},
    {"supply-terms", "supply_terms", KeyPolicy::kUnique, kSupplyTerms},
    {"price-breaks", "supply_price_breaks", KeyPolicy::kUnique, kPriceBreaks},
    {"boms", "boms", KeyPolicy::kUnique, kBoms},
    {"stock", "stock", KeyPolicy::kUnique, kStock, kStockToLedger, kStockReversesLater,
     kStockFromLedger},
    {"purchase-orders", "purchase_orders", KeyPolicy::kUnique, kPurchaseOrders},
    {"demand", "demand", KeyPolicy::kAggregate, kDemand},
    {"policies", "policies", KeyPolicy::kUnique, kPolicies},
    {"transfer-orders", "transfer_orders", KeyPolicy::kUnique, kTransferOrders},
    {"budgets", "budgets", KeyPolicy::kUnique, kBudgets},
    {"movements", "movements", KeyPolicy::kInsertOnce, kMovements, {}, kMovementExpired},
    {"service-targets", "service_targets", KeyPolicy::kUnique, kServiceTargets},
    {"holidays", "holidays", KeyPolicy::kUnique, kHolidays},
    {"sales-orders", "sales_orders", KeyPolicy::kUnique, kSalesOrders},
    {"mps", "mps", KeyPolicy::kUnique, kMps},
    {"work-centres", "work_centres", KeyPolicy::kUnique, kWorkCentres},
    {"routings", "routings", KeyPolicy::kUnique, kRoutings},
    {"production-orders", "production_orders", KeyPolicy::kUnique, kProductionOrders},
    {.name = "forecast-overrides",
     .table = "forecast_overrides",
     .key_policy = KeyPolicy::kUnique,
     .fields = kForecastOverrides,
     .refuse = kForecastOverrideRules},
    {.name = "events",
     .table = "events",
     .key_policy = KeyPolicy::kUnique,
     .fields = kEvents,
     .refuse = kEventRules},
};

constexpr FieldType kRefTypes[] = {FieldType::kItemRef, FieldType::kLocationRef,
                                   FieldType::kSupplierRef, FieldType::kWorkCentreRef};

}  // namespace

std::optional<RefTarget> RefTargetOf(FieldType type) {
  switch (type) {
    case FieldType::kItemRef:
      return RefTarget{"items", "item"};
    case FieldType::kLocationRef:
      return RefTarget{"locations", "location"};
    case FieldType::kSupplierRef:
      return RefTarget{"suppliers", "supplier"};
    case FieldType::kWorkCentreRef:
      return RefTarget{"work_centres", "work centre"};
    default:
      return std::nullopt;
  }
}

std::span<const FieldType> RefTypes() {
  return kRefTypes;
}

std::span<const EntitySpec> AllEntities() {
  return kEntities;
}

const EntitySpec* FindEntity(std::string_view name) {
  for (const EntitySpec& entity : kEntities) {
    if (entity.name == name) return &entity;
  }
  return nullptr;
}

}  // namespace lagom::store
