#include "app/alerts.h"

#include <map>

#include "core/money.h"
#include "engine/ledger/movement.h"
#include "store/analysis_facts.h"

namespace lagom::app {

namespace {

using Facts = std::map<store::PointKey, analysis::StockPointFacts>;

double Units(std::int64_t milli) {
  return static_cast<double>(milli) / 1000.0;
}

// Days of cover: the position (on hand + on order) over the demand estimate, not capped
// at the projection's horizon.
analysis::PlanFacts PlanFactsOf(const store::StockPointData& point,
                                const plan::StockPointPlan& plan, const store::PlanningData& data,
                                const AlertSettings& settings, int history_periods) {
  double position = Units(plan.position_milli);
  double cover = plan.demand_mean > 0 ? position / plan.demand_mean : 0;
  return {.safety_stock = plan.safety_stock,
          .reorder_point = plan.reorder_point,
          .order_up_to = plan.order_up_to,
          .position = position,
          .first_stockout = plan.first_stockout,
          .earliest_receipt = plan.lead_time,
          .cover_days = cover * DaysPerPeriod(data.period),
          .demand_per_period = plan.demand_mean,
          .tracking_signal =
              analysis::TrackingSignal(point.history, history_periods, settings.tracking_periods),
          .due_date = plan.due_date};
}

// Stock points of the run with their plans, then the store's other facts.
Result<Facts> CollectFacts(sqlite::Database& db, const store::PlanningData& data,
                           std::span<const plan::StockPointPlan> plans, Date as_of,
                           const AlertSettings& settings, int history_periods) {
  Facts facts;
  auto values = store::LoadItemValues(db);
  if (!values) return values.error();
  auto at = [&](const store::PointKey& key) -> analysis::StockPointFacts& {
    analysis::StockPointFacts& f = facts[key];
    f.as_of = as_of;
    f.period = data.period;
    if (auto v = values->find(key.first); v != values->end()) {
      f.unit_cost = Money::FromRaw(v->second.unit_cost_raw).ToDouble();
      f.unit_price = Money::FromRaw(v->second.price_raw).ToDouble();
    }
    return f;
  };
  for (std::size_t i = 0; i < data.stock_points.size(); ++i) {
    const store::StockPointData& point = data.stock_points[i];
    analysis::StockPointFacts& f = at({point.item_id, point.location_id});
    f.on_hand = Units(point.on_hand_milli);
    if (plans[i].error.empty()) {
      f.plan = PlanFactsOf(point, plans[i], data, settings, history_periods);
    }
  }
  auto on_hand = store::LoadOnHand(db);
  std::vector<std::string> use_types;
  for (ledger::MovementType type : ledger::AllMovementTypes()) {
    if (ledger::IsUse(type)) use_types.emplace_back(ledger::MovementTypeName(type));
  }
  auto last_sales = store::LoadLastUse(db, PeriodStart(as_of, data.period), as_of, use_types);
  auto lots = store::LoadExpiringLots(db, as_of + std::chrono::days{settings.limits.expiry_days});
  auto late = store::LoadLateLines(db, as_of);
  if (!on_hand) return on_hand.error();
  if (!last_sales) return last_sales.error();
  if (!lots) return lots.error();
  if (!late) return late.error();
  for (const auto& [key, milli] : *on_hand) {
    if (!facts.contains(key)) at(key).on_hand = Units(milli);
  }
  for (const auto& [key, last] : *last_sales) at(key).last_use = last;
  for (const auto& lot : *lots) {
    at(lot.key).lots.push_back({lot.lot, lot.expiry, Units(lot.quantity_milli)});
  }
  for (const auto& line : *late) {
    at(line.key).late_lines.push_back({line.po_line, line.due, Units(line.outstanding_milli)});
  }
  return facts;
}

// Evaluates the rules from `first` on, for about `chunk_points` stock points ending with the
// last stock point of an item, into `found`; returns where the next chunk starts.
Facts::const_iterator EvaluateChunk(const Facts& facts, Facts::const_iterator first,
                                    std::size_t chunk_points, const analysis::AlertLimits& limits,
                                    std::vector<store::AlertRecord>& found) {
  std::size_t points = 0;
  auto it = first;
  for (; it != facts.end(); ++it, ++points) {
    if (points >= chunk_points && it->first.first != std::prev(it)->first.first) break;
    for (analysis::Alert& a : analysis::EvaluateAlerts(it->second, limits)) {
      store::AlertRecord r;
      r.rule = std::move(a.rule);
      r.item_id = it->first.first;
      r.location_id = it->first.second;
      r.subject = std::move(a.subject);
      r.severity = std::move(a.severity);
      r.value = a.value;
      r.limit = a.limit;
      r.quantity = a.quantity;
      r.message = std::move(a.message);
      r.value_at_risk = a.value_at_risk;
      found.push_back(std::move(r));
    }
  }
  return it;
}

}  // namespace

AlertSettings AlertSettingsOf(const Settings& settings) {
  AlertSettings s;
  s.limits.expiry_days = settings.Integer("alert.expiry_days");
  s.limits.dead_stock_months = settings.Integer("alert.dead_stock_months");
  s.limits.overstock_cover_days = settings.Number("alert.overstock_cover_days");
  s.limits.tracking_limit = settings.Number("alert.tracking_limit");
  s.tracking_periods = settings.Integer("alert.tracking_periods");
  return s;
}

Result<store::AlertSync> RaiseAlerts(sqlite::Database& db, const store::PlanningData& data,
                                     const Settings& company,
                                     std::span<const plan::StockPointPlan> plans, Date as_of,
                                     std::int64_t run_id, int history_periods,
                                     std::size_t chunk_points,
                                     std::span<const store::PointKey> planned_use) {
  AlertSettings settings = AlertSettingsOf(company);
  auto facts = CollectFacts(db, data, plans, as_of, settings, history_periods);
  if (!facts) return facts.error();
  for (const store::PointKey& key : planned_use) {
    if (auto found = facts->find(key); found != facts->end()) found->second.planned_use = true;
  }
  auto tx = sqlite::Transaction::Begin(db);
  if (!tx) return tx.error();
  store::AlertSync total;
  store::ItemRange range;  // from the lowest item id; ends at a chunk's last item
  Facts::const_iterator next = facts->cbegin();
  do {
    std::vector<store::AlertRecord> found;
    next = EvaluateChunk(*facts, next, chunk_points, settings.limits, found);
    // Items between chunks' stock points belong to the earlier chunk: their open alerts resolve.
    range.last = next == facts->cend() ? store::ItemRange{}.last : next->first.first - 1;
    auto sync = store::SyncAlertsOfItems(db, found, as_of, run_id, range);
    if (!sync) return sync.error();
    total += *sync;
    if (next != facts->cend()) range.first = range.last + 1;  // the last range ends at max
  } while (next != facts->cend());
  if (Status committed = tx->Commit(); !committed) return committed.error();
  return total;
}

}  // namespace lagom::app
