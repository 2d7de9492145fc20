#include "app/plan_adapter.h"

namespace lagom::app {

namespace {

template <class E, std::size_t N>
E Choice(const Settings& settings, std::string_view name, const Named<E> (&table)[N]) {
  // LoadSettings checked the value against the same table.
  return *ValueNamed<E>(table, settings.Text(name));
}

std::optional<plan::Supply> SupplyOf(const store::StockPointData& point,
                                     const store::PlanningData& data) {
  if (!point.supply || point.source_location_id) return std::nullopt;
  const store::SupplyOption& s = *point.supply;
  plan::Supply supply{.supplier_code = s.supplier_code,
                      .lead_time_days = s.lead_time_days,
                      .lead_time_sd_days = s.lead_time_sd_days,
                      .min_order_milli = s.min_order_milli,
                      .order_multiple_milli = s.order_multiple_milli,
                      .max_order_milli = s.max_order_milli,
                      .units_per_pallet = s.units_per_pallet,
                      .unit_price_raw = s.unit_price_raw,
                      .receipt_lead_times_days = s.receipt_lead_times_days};
  for (const store::PriceBreakRow& b : s.price_breaks) {
    supply.price_breaks.push_back({b.min_milli, b.unit_price_raw});
  }
  auto rules = data.suppliers.find(s.supplier_id);
  if (rules != data.suppliers.end()) supply.order_days = rules->second.order_days;
  return supply;
}

}  // namespace

PolicySettings CompanyPolicy(const Settings& settings) {
  return {.service_kind = Choice(settings, "policy.service_kind", kServiceKinds),
          .service_target = settings.Number("policy.service_target"),
          .order_rule = Choice(settings, "policy.order_rule", kOrderRules),
          .cover_periods = settings.Number("policy.cover_periods"),
          .review_periods = settings.Number("policy.review_periods"),
          .distribution = Choice(settings, "policy.distribution", kDistributionChoices)};
}

Result<plan::PlanParameters> PlanParametersOf(const Settings& settings, Date as_of,
                                              int history_periods,
                                              const std::optional<std::string>& forecast_method) {
  plan::PlanParameters p;
  p.as_of = as_of;
  p.period = settings.Period();
  auto forecast = plan::RunForecastOptions(
      forecast_method.value_or(settings.Text("forecast.method")),
      settings.Integer("forecast.season_length"), p.period, history_periods);
  if (!forecast) return forecast.error();
  p.forecast = *forecast;
  p.company = CompanyPolicy(settings);
  p.ordering_cost = settings.Number("policy.ordering_cost");
  p.holding_rate = settings.Number("policy.holding_rate");
  p.round_down_fraction = settings.Number("plan.round_down_fraction");
  p.free_freight_top_up = settings.Number("plan.free_freight_top_up");
  p.max_cover_days = settings.Number("plan.max_cover_days");
  p.horizon_periods = settings.Integer("plan.horizon_periods");
  p.excess_cover_days = settings.Number("plan.excess_cover_days");
  return p;
}

plan::StockPointFacts FactsOf(const store::StockPointData& point, const store::PlanningData& data,
                              const PolicySettings& company) {
  plan::StockPointFacts facts;
  facts.unit_cost_raw = point.unit_cost_raw;
  facts.volume_m3 = point.volume_m3;
  facts.weight_kg = point.weight_kg;
  facts.by_transfer = point.source_location_id.has_value();
  facts.transfer_lead_time_days = point.transfer_lead_time_days;
  facts.history = point.history;
  facts.on_hand_milli = point.on_hand_milli;
  facts.reserved_milli = point.reserved_milli;
  facts.on_order_milli = point.on_order_milli;
  facts.receipts.reserve(point.receipts.size());
  for (const store::ScheduledReceipt& r : point.receipts) {
    facts.receipts.push_back({r.due, r.quantity_milli});
  }
  facts.supply = SupplyOf(point, data);
  facts.policy = plan::ResolvePolicy(company, point.policy).settings;
  return facts;
}

void BuyUnder(const store::SupplyOption& supply, store::ProposalRecord& proposal) {
  proposal.supplier_id = supply.supplier_id;
  proposal.supplier_code = supply.supplier_code;
  proposal.purchase_unit = supply.purchase_unit;
  proposal.purchase_unit_milli = supply.purchase_unit_milli;
}

std::string WhereOf(const store::StockPointData& point) {
  return point.item_code + "@" + point.location_code;
}

}  // namespace lagom::app
