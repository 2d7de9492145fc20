#include "app/supplier_choice.h"

#include <fmt/format.h>

#include <vector>

#include "core/money.h"
#include "engine/plan/projection.h"

namespace lagom::app {

namespace {

struct Candidate {
  int alternative;  // -1: the preferred terms
  const store::SupplyOption* terms;
  double lead_periods;
  bool in_time;
};

std::vector<Candidate> Candidates(const store::StockPointData& point,
                                  const plan::StockPointPlan& plan, double days_per_period) {
  // The preferred supplier's lead time as the plan saw it (measured, and the wait for its
  // next order day); the others' from their terms.
  std::vector<Candidate> all = {
      {-1, &*point.supply, plan.lead_time,
       !plan::StockoutBeforeReceipt(plan.first_stockout, plan.lead_time)}};
  for (std::size_t i = 0; i < point.alternatives.size(); ++i) {
    // Terms without a lead time or a price say nothing about speed or cost: never chosen.
    const store::SupplyOption& terms = point.alternatives[i];
    if (terms.lead_time_days <= 0 || terms.unit_price_raw <= 0) continue;
    double periods = terms.lead_time_days / days_per_period;
    all.push_back({static_cast<int>(i), &point.alternatives[i], periods,
                   !plan::StockoutBeforeReceipt(plan.first_stockout, periods)});
  }
  return all;
}

// Of `all` (restricted to those in time when `in_time_only`), the best by `better`; the
// preferred on a tie since it comes first.
template <class Better>
const Candidate* Best(const std::vector<Candidate>& all, bool in_time_only, Better better) {
  const Candidate* best = nullptr;
  for (const Candidate& c : all) {
    if (in_time_only && !c.in_time) continue;
    if (!best || better(c, *best)) best = &c;
  }
  return best;
}

bool Faster(const Candidate& a, const Candidate& b) {
  return a.lead_periods < b.lead_periods;
}

bool Cheaper(const Candidate& a, const Candidate& b) {
  if (a.terms->unit_price_raw != b.terms->unit_price_raw) {
    return a.terms->unit_price_raw < b.terms->unit_price_raw;
  }
  return Faster(a, b);
}

std::string Days(const Candidate& c) {
  return fmt::format("{:g} days", c.terms->lead_time_days);
}

std::string Price(const Candidate& c) {
  return Money::FromRaw(c.terms->unit_price_raw).ToString();
}

}  // namespace

SupplierChoice SupplierChoiceSetting(const Settings& settings) {
  return ValueNamed<SupplierChoice>(kSupplierChoices, settings.Text("plan.supplier_choice"))
      .value_or(SupplierChoice::kPrimary);
}

SupplierChosen ChooseSupplier(SupplierChoice rule, const store::StockPointData& point,
                              const plan::StockPointPlan& plan,
                              const plan::PlanParameters& parameters) {
  if (!point.supply || point.alternatives.empty() || point.source_location_id ||
      plan.rounded.quantity_milli <= 0) {
    return {};
  }
  std::vector<Candidate> all = Candidates(point, plan, DaysPerPeriod(parameters.period));
  const Candidate& preferred = all.front();
  if (rule == SupplierChoice::kPrimary) {
    if (preferred.in_time) return {};
    const Candidate* fastest = Best(all, true, Faster);
    if (!fastest) return {};
    return {
        fastest->alternative,
        fmt::format("{} ({}) cannot deliver before the stock runs out; ordered from {} ({}, "
                    "{} instead of {})",
                    preferred.terms->supplier_code, Days(preferred), fastest->terms->supplier_code,
                    Days(*fastest), Price(*fastest), Price(preferred))};
  }
  bool any_in_time = Best(all, true, Faster) != nullptr;
  const Candidate* best = any_in_time ? Best(all, true, Cheaper) : Best(all, false, Faster);
  if (best->alternative < 0) return {};
  std::string why = any_in_time ? "the cheapest that delivers before the stock runs out"
                                : "none delivers before the stock runs out: the fastest";
  return {best->alternative,
          fmt::format("ordered from {} at {} ({}), {}; preferred {} at {} ({})",
                      best->terms->supplier_code, Price(*best), Days(*best), why,
                      preferred.terms->supplier_code, Price(preferred), Days(preferred)),
          any_in_time};
}

}  // namespace lagom::app
