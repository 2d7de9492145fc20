#include "app/kanban.h"

#include <chrono>
#include <cmath>

#include "app/ledger_operation.h"
#include "app/plan_adapter.h"
#include "app/production.h"
#include "app/request_fingerprint.h"
#include "app/settings.h"
#include "engine/mrp/calendar.h"
#include "engine/plan/order_calendar.h"
#include "store/count_store.h"
#include "store/plan_store.h"
#include "store/production_store.h"

namespace lagom::app {

namespace {

Result<mrp::WorkCalendar> ProductionCalendar(sqlite::Database& db) {
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  auto weekdays = plan::OrderCalendar::Parse(settings->Text("mrp.working_days"));
  if (!weekdays) return weekdays.error();
  auto holidays = store::LoadHolidays(db);
  if (!holidays) return holidays.error();
  std::array<bool, 7> working{};
  for (int d = 0; d < 7; ++d) {
    working[d] = weekdays->IsOrderDay(MakeDate(2024, 1, 1) + std::chrono::days{d});
  }
  return mrp::WorkCalendar(working, {holidays->begin(), holidays->end()});
}

Date AfterDays(Date start, double days) {
  return start + std::chrono::days{static_cast<int>(std::ceil(days - 1e-9))};
}

// The order of one container, as the stock point is replenished.
Status Place(sqlite::Database& db, const store::KanbanFacts& f, KanbanReplenishment& r) {
  store::ProposalRecord order;  // the fields the order tables take
  order.item_id = f.item_id;
  order.location_id = f.location_id;
  order.quantity_milli = r.quantity.raw();
  order.order_date = r.start;
  const bool made = f.make && (f.location_type == "plant" || !f.supplied_from);
  if (made) {
    auto calendar = ProductionCalendar(db);
    if (!calendar) return calendar.error();
    r.kind = "production";
    r.due = calendar->AddWorkingDays(r.start, f.production_lead_time_days);
    return CreateProductionOrder(
        db, {r.number, f.item_id, f.location_id, r.quantity.raw(), r.start, r.due, "released"});
  }
  if (f.supplied_from) {
    r.kind = "transfer";
    r.due = AfterDays(r.start, f.transfer_lead_time_days);
    order.source_location_id = f.supplied_from;
    order.due_date = r.due;
    return store::InsertTransferOrder(db, r.number, order);
  }
  auto points =
      store::LoadMrpStockPoints(db, {{f.item_id, f.location_id}}, r.start, 1, PeriodKind::kWeek);
  if (!points) return points.error();
  const auto& supply = points->front().supply;
  if (!supply) {
    return Error{ErrorCode::kConstraintViolated,
                 "the kanban part is bought but has no supply terms (lagom import supply-terms)"};
  }
  r.kind = "purchase";
  r.due = AfterDays(r.start, supply->lead_time_days);
  BuyUnder(*supply, order);
  order.unit_price_raw = supply->unit_price_raw;
  order.due_date = r.due;
  return store::InsertPurchaseOrder(db, r.number, 1, order);
}

// Every field of the signal but its key: the same signal again is a replay.
std::string Fingerprint(const KanbanSignal& s) {
  return RequestFingerprint()
      .Add("item", s.item)
      .Add("location", s.location)
      .Add("date", FormatDate(s.date))
      .Digest();
}

}  // namespace

Result<KanbanReplenishment> SignalKanban(sqlite::Database& db, const KanbanSignal& signal) {
  if (signal.key.empty()) return InvalidInput("an idempotency key is required");
  return InTransaction<KanbanReplenishment>(db, [&]() -> Result<KanbanReplenishment> {
    auto facts = store::LoadKanbanFacts(db, signal.item, signal.location);
    if (!facts) return facts.error();
    if (facts->lot_sizing != "kanban" || facts->container <= 0) {
      return InvalidInput("item '" + signal.item +
                          "' is not a kanban part: its lot_sizing must be kanban and its "
                          "lot_size the container quantity");
    }
    KanbanReplenishment r;
    r.number = "KB-" + signal.key;
    r.start = signal.date;
    auto container = Quantity::FromDouble(facts->container, "container");
    if (!container) return container.error();
    r.quantity = *container;
    auto earlier = store::OrderKindOfNumber(db, r.number);
    if (!earlier) return earlier.error();
    const std::string kept_as = "kanban/" + signal.key;
    if (!earlier->empty()) {
      if (Status same = SameRequest(db, kept_as, Fingerprint(signal), signal.key); !same) {
        return same.error();
      }
      r.kind = *earlier;
      r.replayed = true;
      return r;
    }
    if (Status kept = KeepRequest(db, kept_as, Fingerprint(signal)); !kept) return kept.error();
    if (Status placed = Place(db, *facts, r); !placed) return placed.error();
    return r;
  });
}

}  // namespace lagom::app
