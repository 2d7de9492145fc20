// The planning run end to end on a small store, against numbers computed by hand.
#include "app/planning_run.h"

#include <gtest/gtest.h>

#include "store/test_store.h"

namespace lagom::app {
namespace {

using store::testing::Load;

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
    options_.service_kind = "cycle";  // the company default is fill-rate 0.95
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

  // A1@LON: history 8, 12, 10, 10 → d = 10, σ = √(8/3) = 1.632993; primary ACME: L = 14 days
  // = 2 weeks, MOQ 24, multiple 6, price 2.40. Over P = 3: mean 30, sd 2.828 → normal.
  // SS = 1.6448536 · 1.6329932 · 1.7320508 = 4.6523486, s = 34.6523486, Q = 10,
  // S = 44.6523486; position 15 on hand + 5 open (10 − 5 received; the
  // closed order does not count) = 20 → need 24.6523486 → 24.653 ≥ MOQ → 5 packs of 6 = 30,
  // value 72.
  const store::ProposalRecord& a1 = result->proposals[1];
  EXPECT_EQ(a1.item_code, "A1");
  EXPECT_EQ(a1.supplier_code, "ACME");
  EXPECT_NEAR(a1.forecast_per_period, 10.0, 1e-12);
  EXPECT_NEAR(a1.forecast_sd, 1.632993, 1e-6);
  EXPECT_NEAR(a1.lead_time_periods, 2.0, 1e-12);
  EXPECT_NEAR(a1.safety_stock, 4.6523486, 1e-6);
  EXPECT_NEAR(a1.reorder_point, 34.6523486, 1e-6);
  EXPECT_NEAR(a1.order_up_to, 44.6523486, 1e-6);
  EXPECT_EQ(a1.on_hand_milli, 15000);
  EXPECT_EQ(a1.on_order_milli, 5000);
  EXPECT_EQ(a1.quantity_milli, 30000);
  EXPECT_EQ(a1.order_value_raw, 720000);
  EXPECT_EQ(a1.due_date, MakeDate(2024, 3, 25));
  EXPECT_EQ(result->run.order_value_raw, 1620000);
}

TEST_F(PlanningRun, FillRateTargetUsesTheLossFunction) {
  // A1@LON with the company default, fill rate β = 0.95, normal over P = 3 (σ_P = 2.8284),
  // Q = 10: expected shortage per cycle (1 − β)·Q = 0.5 = σ_P·G(k) → G(k) = 0.176777.
  // Standard normal loss table: G(0.57) = 0.17705, G(0.58) = 0.17422 → k = 0.57096
  // (the second term, σ·G(k + Q/σ) = σ·G(4.11), is below 1e-4 and changes nothing here).
  // SS = 0.57096 · 2.8284 = 1.6149, s = 31.615, S = 41.615; position 20 → need 21.615
  // < MOQ 24 → 24.
  options_.service_kind = "fill-rate";
  auto result = RunPlan(*db_, options_);
  ASSERT_TRUE(result.ok()) << result.error().message;
  const store::ProposalRecord* a1 = nullptr;
  for (const auto& p : result->proposals) a1 = p.item_code == "A1" ? &p : a1;
  ASSERT_NE(a1, nullptr);
  EXPECT_NEAR(a1->safety_stock, 1.6149, 0.002);
  EXPECT_NEAR(a1->reorder_point, 31.615, 0.002);
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
  const store::ProposalRecord* a1 = nullptr;
  for (const auto& p : result->proposals) a1 = p.item_code == "A1" ? &p : a1;
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
            "demand 10.00/period (σ 1.63) over 3.00 periods (2.00 lead time ± 0.00 + 1.00 review) "
            "= 30.00; cycle 0.95, normal; cover 1 periods: safety stock 4.65, reorder point 34.65 "
            "(achieved 0.950), order up to 44.65; position 15 on hand + 5 on order = 20 ≤ 34.65: "
            "need 24.65 → 30 (MOQ 24, multiple 6)");
  auto latest = store::LatestPlanRun(*db_);
  ASSERT_TRUE(latest.ok() && latest->has_value());
  EXPECT_EQ((*latest)->proposals, 2);
  EXPECT_EQ((*latest)->as_of, MakeDate(2024, 3, 11));
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
  options_.service_kind = "perfect";
  EXPECT_FALSE(RunPlan(*db_, options_).ok());
  EXPECT_EQ(result.error().message, "--service-level must be at least 0.5 and below 1");
}

}  // namespace
}  // namespace lagom::app
