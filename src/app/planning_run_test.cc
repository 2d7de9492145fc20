// The planning run end to end on a small store, against numbers computed by hand.
#include "app/planning_run.h"

#include <gtest/gtest.h>

#include <cmath>

#include "app/receiving.h"
#include "app/settings.h"
#include "app/stock_point_view.h"
#include "store/test_store.h"

namespace lagom::app {
namespace {

using store::testing::Load;

// The run's proposal for `item` (the fixture plans it at one location), nullptr if none.
const store::ProposalRecord* ProposalOf(const PlanRunResult& run, std::string_view item) {
  for (const store::ProposalRecord& p : run.proposals) {
    if (p.item_code == item) return &p;
  }
  return nullptr;
}

class PlanningRun : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    store::testing::LoadMasterData(*db_);  // items A1 (cost 2.50), B2 (cost 10); LON, MAN
    // No minimum order value here: supplier-order rules have tests of their own.
    Load(*db_, "suppliers", "code,min_order_value\nACME,0\n");
    Load(*db_, "supply-terms",
         "item,supplier,lead_time_days,moq,order_multiple,unit_price,primary\n"
         "A1,ACME,14,24,6,2.40,true\nA1,BOLT,7,0,1,3.00,false\n");
    Load(*db_, "stock", "item,location,quantity\nA1,LON,15\nB2,LON,100\n");
    Load(*db_, "purchase-orders",
         "po_number,line,supplier,item,location,quantity,received,due_date,status\n"
         "P1,1,ACME,A1,LON,10,5,2024-03-13,open\nP2,1,ACME,A1,LON,50,0,2024-03-13,closed\n");
    Load(*db_, "demand",
         "item,location,date,quantity\n"
         "A1,LON,2024-02-12,8\nA1,LON,2024-02-19,12\nA1,LON,2024-02-26,10\n"
         "A1,LON,2024-03-04,10\nA1,LON,2024-03-11,1000\n"  // the as-of week: not history
         "B2,LON,2024-02-12,1\nB2,LON,2024-02-19,1\nB2,LON,2024-02-26,1\nB2,LON,2024-03-04,1\n"
         "B2,MAN,2024-03-05,3\n");
    options_.as_of = MakeDate(2024, 3, 11);
    options_.history_periods = 4;
    options_.forecast_method = "ma";                     // moving average of the 4 history periods
    options_.service_kind = ServiceKind::kCycleService;  // the company default is fill-rate 0.95
    options_.service_target = 0.95;
  }
  std::unique_ptr<sqlite::Database> db_;
  PlanOptions options_;
};

TEST_F(PlanningRun, ProposesWhatTheHandComputationSays) {
  auto result = RunPlan(*db_, options_);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->run.stock_points, 3);
  EXPECT_EQ(result->without_supplier, 2);  // B2 has no supply terms
  ASSERT_EQ(result->proposals.size(), 2u);

  // B2@MAN: one week of history (3) → d = 3, σ = √3 (Poisson fallback); no supplier → L = 0.
  // Over P = 1 period: mean 3 < 10 and variance/mean = 1 ≤ 1.1 → Poisson(3). Cycle service
  // 0.95: the smallest s with P(D ≤ s) ≥ 0.95; Poisson(3) cdf: P(≤5) = 0.9161, P(≤6) = 0.9665
  // → s = 6, SS = 3; Q = cover 1 period = 3 → S = 9; position 0 → 9 units at cost 10 = 90.
  const store::ProposalRecord& b2 = result->proposals[0];
  EXPECT_EQ(b2.item_code, "B2");
  EXPECT_EQ(b2.location_code, "MAN");
  EXPECT_FALSE(b2.supplier_id.has_value());
  EXPECT_NEAR(b2.safety_stock, 3.0, 1e-9);
  EXPECT_NEAR(b2.reorder_point, 6.0, 1e-9);
  EXPECT_NEAR(b2.raw_need, 9.0, 1e-9);
  EXPECT_EQ(b2.quantity_milli, 9000);
  EXPECT_EQ(b2.order_value_raw, 900000);
  EXPECT_EQ(b2.due_date, MakeDate(2024, 3, 11));

  // A1@LON: history 8, 12, 10, 10 → d = 10, σ² = 8/3 (sample variance of the 4); primary
  // ACME: L = 14 days = 2 weeks, MOQ 24, multiple 6, price 2.40. The error of the sum of the
  // next P = 3 periods of a 4-period moving average: P·σ² + P²·σ²/4 = 8 + 6 = 14, so σ per
  // period √(14/3) = 2.160247 and σ_P = √14 = 3.741657 (mean 30 → normal).
  // SS = 1.6448536 · 3.741657 = 6.154479, s = 36.154479, Q = 10, S = 46.154479; position 15
  // on hand + 5 open (10 − 5 received; the closed order does not count) = 20 → need
  // 26.154479 → 26.155 ≥ MOQ → 5 packs of 6 = 30, value 72.
  const store::ProposalRecord& a1 = result->proposals[1];
  EXPECT_EQ(a1.item_code, "A1");
  EXPECT_EQ(a1.supplier_code, "ACME");
  EXPECT_NEAR(a1.forecast_per_period, 10.0, 1e-12);
  EXPECT_NEAR(a1.forecast_sd, 2.160247, 1e-6);
  EXPECT_NEAR(a1.lead_time_periods, 2.0, 1e-12);
  EXPECT_NEAR(a1.safety_stock, 6.154479, 1e-6);
  EXPECT_NEAR(a1.reorder_point, 36.154479, 1e-6);
  EXPECT_NEAR(a1.order_up_to, 46.154479, 1e-6);
  EXPECT_EQ(a1.on_hand_milli, 15000);
  EXPECT_EQ(a1.on_order_milli, 5000);
  EXPECT_EQ(a1.quantity_milli, 30000);
  EXPECT_EQ(a1.order_value_raw, 720000);
  EXPECT_EQ(a1.due_date, MakeDate(2024, 3, 25));
  EXPECT_EQ(result->run.order_value_raw, 1620000);
}

TEST_F(PlanningRun, FillRateTargetUsesTheLossFunction) {
  // A1@LON with the company default, fill rate β = 0.95, normal over P = 3 (σ_P = √14 =
  // 3.7417, see above), Q = 10: expected shortage per cycle (1 − β)·Q = 0.5 =
  // σ_P·(G(k) − G(k + Q/σ_P)); G(k + 2.673) ≈ G(3.41) = 0.00013, so G(k) = 0.5 / 3.7417 +
  // 0.00013 = 0.13376. Standard normal loss table: G(0.73) = 0.13576, G(0.74) = 0.13345 →
  // k = 0.7386. SS = 0.7386 · 3.7417 = 2.7636, s = 32.764, S = 42.764; position 20 → need
  // 22.764 < MOQ 24 → 24.
  options_.service_kind = ServiceKind::kFillRate;
  auto result = RunPlan(*db_, options_);
  ASSERT_TRUE(result.ok()) << result.error().message;
  const store::ProposalRecord* a1 = ProposalOf(*result, "A1");
  ASSERT_NE(a1, nullptr);
  EXPECT_NEAR(a1->safety_stock, 2.7636, 0.003);
  EXPECT_NEAR(a1->reorder_point, 32.764, 0.003);
  EXPECT_NEAR(a1->achieved_service, 0.95, 0.001);
  EXPECT_EQ(a1->quantity_milli, 24000);
}

TEST_F(PlanningRun, PerItemPoliciesOverrideTheDefaults) {
  // A1 at every location: days of cover 2 → SS = 2 · 10 = 20, s = 30 + 20 = 50; order rule
  // up-to (R,S) → S = s = 50; position 20 → need 30 → 30.
  Load(*db_, "policies",
       "item,location,service_kind,service_target,order_rule\n"
       "A1,,days-of-cover,2,up-to\n");
  auto result = RunPlan(*db_, options_);
  ASSERT_TRUE(result.ok()) << result.error().message;
  const store::ProposalRecord* a1 = ProposalOf(*result, "A1");
  ASSERT_NE(a1, nullptr);
  EXPECT_NEAR(a1->safety_stock, 20.0, 1e-9);
  EXPECT_NEAR(a1->reorder_point, 50.0, 1e-9);
  EXPECT_NEAR(a1->order_up_to, 50.0, 1e-9);
  EXPECT_EQ(a1->quantity_milli, 30000);
}

TEST_F(PlanningRun, SavesTheRunAndItsReasons) {
  auto result = RunPlan(*db_, options_);
  ASSERT_TRUE(result.ok());
  auto saved = store::LoadProposals(*db_, result->run.id);
  ASSERT_TRUE(saved.ok());
  ASSERT_EQ(saved->size(), 2u);
  EXPECT_EQ((*saved)[1].supplier_code, "ACME");
  EXPECT_EQ((*saved)[1].policy, "cycle 0.95, normal; cover 1 periods");
  EXPECT_EQ((*saved)[1].reason,
            "demand 10.00/period (σ 2.16) over 3.00 periods (2.00 lead time ± 0.00 + 1.00 review) "
            "= 30.00; cycle 0.95, normal; cover 1 periods: safety stock 6.15, reorder point 36.15 "
            "(achieved 0.950), order up to 46.15; position 15 on hand + 5 on order = 20 ≤ 36.15: "
            "need 26.15 → 30 (MOQ 24, multiple 6)");
  auto latest = store::LatestPlanRun(*db_);
  ASSERT_TRUE(latest.ok() && latest->has_value());
  EXPECT_EQ((*latest)->proposals, 2);
  EXPECT_EQ((*latest)->as_of, MakeDate(2024, 3, 11));
}

// A1@LON needs 30 at 2.40 (above); ACME sells 60 or more at 2.00 each. At d = 10 a week
// (D = 3650/7 = 521.43 a year), ordering cost 25 and holding 25 % a year: TC(30) = 1251.43
// + 434.52 + 9.00 = 1694.95, TC(60) = 1042.86 + 217.26 + 15.00 = 1275.12; 20 + 60 units are
// 56 days of cover, within 180. So 60 at 2.00, and the reason says why.
TEST_F(PlanningRun, APriceBreakRaisesTheOrderWhenItCostsLessPerYear) {
  Load(*db_, "price-breaks", "item,supplier,min_quantity,unit_price\nA1,ACME,60,2.00\n");
  auto result = RunPlan(*db_, options_);
  ASSERT_TRUE(result.ok()) << result.error().message;
  const store::ProposalRecord* a1_at = ProposalOf(*result, "A1");
  ASSERT_NE(a1_at, nullptr);
  const store::ProposalRecord& a1 = *a1_at;
  EXPECT_EQ(a1.quantity_milli, 60000);
  EXPECT_EQ(a1.order_value_raw, 1200000);
  EXPECT_NE(a1.reason.find("need 26.15 → 60 (MOQ 24, multiple 6); price break: 60 at 2.00 "
                           "instead of 30 at 2.40 costs 419.83 less a year (purchase 1251.43 "
                           "→ 1042.86, ordering 434.52 → 217.26, holding 9.00 → 15.00)"),
            std::string::npos)
      << a1.reason;
}

TEST_F(PlanningRun, APriceBreakForAnotherLocationOrSupplierDoesNotApply) {
  Load(*db_, "price-breaks",
       "item,supplier,location,min_quantity,unit_price\nA1,ACME,MAN,60,2.00\n"
       "A1,BOLT,,60,1.00\n");
  auto result = RunPlan(*db_, options_);
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->proposals[1].quantity_milli, 30000);
  EXPECT_EQ(result->proposals[1].order_value_raw, 720000);
}

// A1 bought from ACME in cases of 12 (MOQ 24, multiple 6): the pack is both, 12; the need
// of 26.15 (see above) becomes 36 = 3 cases instead of 30, and the reason says so.
TEST_F(PlanningRun, ACaseOfTwelveIsOrderedInWholeCases) {
  Load(*db_, "supply-terms",
       "item,supplier,lead_time_days,moq,order_multiple,unit_price,primary,purchase_unit,"
       "purchase_unit_quantity\nA1,ACME,14,24,6,2.40,true,case,12\n");
  auto result = RunPlan(*db_, options_);
  ASSERT_TRUE(result.ok()) << result.error().message;
  const store::ProposalRecord* a1 = ProposalOf(*result, "A1");
  ASSERT_NE(a1, nullptr);
  EXPECT_EQ(a1->quantity_milli, 36000);
  EXPECT_EQ(a1->purchase_unit, "case");
  EXPECT_EQ(a1->purchase_unit_milli, 12000);
  EXPECT_NE(a1->reason.find("need 26.15 → 36 (MOQ 24, multiple 12, = 3 case of 12)"),
            std::string::npos)
      << a1->reason;
}

// Only 5 of A1 on hand (+5 due on the 13th) at 10 a week: the stock runs out in the week after
// this one (period 1), before ACME's order can arrive (14 days = 2 periods) but not before
// BOLT's (7 days = 1 period). The primary rule falls back to BOLT, and says why.
TEST_F(PlanningRun, ThePrimarySupplierGivesWayWhenOnlyAnotherDeliversInTime) {
  Load(*db_, "stock", "item,location,quantity\nA1,LON,5\n");
  auto result = RunPlan(*db_, options_);
  ASSERT_TRUE(result.ok()) << result.error().message;
  const store::ProposalRecord* a1 = ProposalOf(*result, "A1");
  ASSERT_NE(a1, nullptr);
  EXPECT_EQ(a1->supplier_code, "BOLT");
  EXPECT_EQ(a1->unit_price_raw, 30000);
  EXPECT_NEAR(a1->lead_time_periods, 1.0, 1e-9);
  EXPECT_NE(a1->reason.find("ACME (14 days) cannot deliver before the stock runs out; ordered "
                            "from BOLT (7 days, 3 instead of 2.4)"),
            std::string::npos)
      << a1->reason;
}

// The same shortage, but BOLT's terms have no lead time: they say nothing about when BOLT
// delivers, so the order stays with ACME (and expedites).
TEST_F(PlanningRun, TermsWithoutALeadTimeAreNeverChosen) {
  Load(*db_, "stock", "item,location,quantity\nA1,LON,5\n");
  Load(*db_, "supply-terms",
       "item,supplier,lead_time_days,unit_price,primary\nA1,BOLT,0,3.00,false\n");
  auto result = RunPlan(*db_, options_);
  ASSERT_TRUE(result.ok()) << result.error().message;
  const store::ProposalRecord* a1 = ProposalOf(*result, "A1");
  ASSERT_NE(a1, nullptr);
  EXPECT_EQ(a1->supplier_code, "ACME");
  EXPECT_EQ(a1->state, "expedite");
}

// The cheapest rule: with BOLT at 2.00 both deliver in time (15 on hand, see above), so BOLT;
// under the primary rule ACME stays, as it is in time.
TEST_F(PlanningRun, TheCheapestSupplierInTimeWinsUnderTheCheapestRule) {
  Load(*db_, "supply-terms",
       "item,supplier,lead_time_days,unit_price,primary\nA1,BOLT,7,2.00,false\n");
  auto supplier_of_a1 = [&]() -> std::string {
    auto result = RunPlan(*db_, options_);
    EXPECT_TRUE(result.ok()) << result.error().message;
    const store::ProposalRecord* a1 = result.ok() ? ProposalOf(*result, "A1") : nullptr;
    return a1 ? a1->supplier_code + " | " + a1->reason : "";
  };
  EXPECT_EQ(supplier_of_a1().substr(0, 4), "ACME");
  ASSERT_TRUE(ChangeSettings(*db_, {{"plan.supplier_choice", "cheapest"}}).ok());
  std::string chosen = supplier_of_a1();
  EXPECT_EQ(chosen.substr(0, 4), "BOLT");
  EXPECT_NE(chosen.find("ordered from BOLT at 2 (7 days), the cheapest that delivers before the "
                        "stock runs out; preferred ACME at 2.4 (14 days)"),
            std::string::npos)
      << chosen;
}

// Three receipts of A1 from ACME within the year, 7, 14 and 21 days after their orders:
// the measured lead time 14 ± 7 days (sample sd) replaces the terms' 14 ± 0. Over P = 3
// weeks with σ_L = 1 week and d = 10 a week, σ² = 14 + 10² · 1² = 114 (the forecast
// error variance of P = 3 periods plus the lead time's): √114 = 10.677, SS = 1.6449 ·
// 10.677 = 17.56.
TEST_F(PlanningRun, MeasuredLeadTimesReplaceTheTerms) {
  Load(*db_, "purchase-orders",
       "po_number,line,supplier,item,location,quantity,order_date,due_date\n"
       "R1,1,ACME,A1,LON,1,2023-12-01,2023-12-15\nR2,1,ACME,A1,LON,1,2024-01-01,2024-01-15\n"
       "R3,1,ACME,A1,LON,1,2024-02-01,2024-02-15\n");
  int days[] = {7, 14, 21}, n = 0;
  for (const char* po : {"R1", "R2", "R3"}) {
    ReceiptRequest receipt{
        .key = po, .po_number = po, .po_line = 1, .quantity = Quantity::FromUnits(1)};
    Date ordered = n == 0 ? MakeDate(2023, 12, 1) : MakeDate(2024, n, 1);
    receipt.date = ordered + std::chrono::days{days[n++]};
    auto received = Receive(*db_, receipt);
    ASSERT_TRUE(received.ok()) << received.error().message;
  }
  auto result = RunPlan(*db_, options_);
  ASSERT_TRUE(result.ok()) << result.error().message;
  const store::ProposalRecord* a1 = ProposalOf(*result, "A1");
  ASSERT_NE(a1, nullptr);
  EXPECT_NEAR(a1->lead_time_periods, 2.0, 1e-9);
  EXPECT_NEAR(a1->safety_stock, 1.6448536 * std::sqrt(114.0), 1e-3);
  EXPECT_NE(a1->reason.find("lead time measured from 3 receipts; demand 10.00/period (σ 2.16) over "
                            "3.00 periods (2.00 lead time ± 1.00"),
            std::string::npos)
      << a1->reason;
}

// An intermittent item under the company default (fill rate): its policy uses its own demand
// sizes and the periodic fill rate (app/stock_point_policy.h), and says so.
TEST_F(PlanningRun, IntermittentItemsUseTheirOwnDemandSizes) {
  Load(*db_, "items", "code,unit_cost\nC9,1\n");
  Load(*db_, "demand",
       "item,location,date,quantity\nC9,LON,2024-01-22,5\nC9,LON,2024-02-05,7\n"
       "C9,LON,2024-02-26,6\n");
  options_.service_kind = ServiceKind::kFillRate;
  options_.history_periods = 8;
  auto result = RunPlan(*db_, options_);
  ASSERT_TRUE(result.ok()) << result.error().message;
  const store::ProposalRecord* c9 = nullptr;
  for (const auto& p : result->proposals) c9 = p.item_code == "C9" ? &p : c9;
  ASSERT_NE(c9, nullptr);
  EXPECT_NE(c9->policy.find("empirical sizes, periodic fill rate"), std::string::npos)
      << c9->policy;
  const store::ProposalRecord* a1 = nullptr;  // smooth: as before
  for (const auto& p : result->proposals) a1 = p.item_code == "A1" ? &p : a1;
  ASSERT_NE(a1, nullptr);
  EXPECT_EQ(a1->policy.find("empirical"), std::string::npos) << a1->policy;
}

TEST_F(PlanningRun, IsDeterministic) {
  auto first = RunPlan(*db_, options_);
  auto second = RunPlan(*db_, options_);
  ASSERT_TRUE(first.ok() && second.ok());
  ASSERT_EQ(first->proposals.size(), second->proposals.size());
  for (std::size_t i = 0; i < first->proposals.size(); ++i) {
    EXPECT_EQ(first->proposals[i].reason, second->proposals[i].reason);
  }
}

TEST_F(PlanningRun, RejectsOptionsOutOfRange) {
  options_.service_target = 1.0;
  auto result = RunPlan(*db_, options_);
  ASSERT_FALSE(result.ok());
  options_.service_target = 0.9;
  options_.review_periods = 2000;  // above 1000
  EXPECT_FALSE(RunPlan(*db_, options_).ok());
  EXPECT_EQ(result.error().message, "--service-level must be at least 0.5 and below 1");
}

// The run above plans with options of its own (4 weeks of moving average, cycle service 0.95)
// that the page's defaults (12 weeks, the company's fill rate) would not reproduce: the page
// shows the run's stored numbers, not a recomputation.
TEST_F(PlanningRun, TheStockPointPageShowsTheNumbersOfTheRun) {
  auto result = RunPlan(*db_, options_);
  ASSERT_TRUE(result.ok()) << result.error().message;
  const store::ProposalRecord* a1 = nullptr;
  for (const auto& p : result->proposals) {
    if (p.item_code == "A1") a1 = &p;
  }
  ASSERT_NE(a1, nullptr);
  auto view = LoadStockPointView(*db_, "A1", "LON", {.as_of = options_.as_of});
  ASSERT_TRUE(view.ok()) << view.error().message;
  ASSERT_TRUE(view->plan.has_value());
  EXPECT_DOUBLE_EQ(view->plan->demand_mean, a1->forecast_per_period);
  EXPECT_DOUBLE_EQ(view->plan->demand_sd, a1->forecast_sd);
  EXPECT_DOUBLE_EQ(view->plan->safety_stock, a1->safety_stock);
  EXPECT_DOUBLE_EQ(view->plan->reorder_point, a1->reorder_point);
  EXPECT_DOUBLE_EQ(view->plan->order_up_to, a1->order_up_to);
  EXPECT_EQ(view->plan->rounded.quantity_milli, a1->quantity_milli);
  EXPECT_EQ(view->plan_source,
            "planning run " + std::to_string(result->run.id) + " as of 2024-03-11");
  // Looked at on another date, the page computes its own numbers and says why they differ.
  auto later = LoadStockPointView(*db_, "A1", "LON", {.as_of = MakeDate(2024, 3, 18)});
  ASSERT_TRUE(later.ok());
  EXPECT_TRUE(later->plan_source.starts_with("computed for this page as of 2024-03-18"))
      << later->plan_source;
}

}  // namespace
}  // namespace lagom::app
