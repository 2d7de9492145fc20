// Approve → scheduled receipt → next plan: the planner's decision changes what is ordered.
#include "app/proposals.h"

#include <gtest/gtest.h>

#include "app/planning_run.h"
#include "store/test_store.h"

namespace lagom::app {
namespace {

using store::testing::Load;

class Proposals : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    store::testing::LoadMasterData(*db_);
    Load(*db_, "supply-terms", "item,supplier,lead_time_days,unit_price\nA1,ACME,7,2\n");
    Load(*db_, "demand",
         "item,location,date,quantity\nA1,LON,2024-03-04,10\nB2,LON,2024-03-04,5\n");
    options_.as_of = MakeDate(2024, 3, 11);
    auto run = RunPlan(*db_, options_);
    ASSERT_TRUE(run.ok());
    for (const auto& p : run->proposals) {
      auto saved = store::FindProposals(*db_, {.run_id = run->run.id, .item = p.item_code});
      ids_[p.item_code] = saved->front().id;
    }
  }
  std::unique_ptr<sqlite::Database> db_;
  PlanOptions options_;
  std::map<std::string, std::int64_t> ids_;
};

TEST_F(Proposals, ApprovedProposalBecomesAnOrderThatTheNextPlanCounts) {
  // A1: d 10, σ √10 (one period), L 1 week → s = 10·2 + 1.6449·3.1623·√2 = 27.356;
  // S = 37.356; position 0 → 38.
  auto approved = ApproveProposal(*db_, ids_["A1"], {.quantity = Quantity::FromUnits(40)});
  ASSERT_TRUE(approved.ok()) << approved.error().message;
  EXPECT_EQ(approved->status, "approved");
  EXPECT_EQ(approved->order_value_raw, 800000);  // 40 × 2
  EXPECT_EQ(store::testing::CountRows(*db_, "purchase_orders"), 1);
  auto again = RunPlan(*db_, options_);
  ASSERT_TRUE(again.ok());
  for (const auto& p : again->proposals) EXPECT_NE(p.item_code, "A1");  // 40 on order > s
}

TEST_F(Proposals, DecisionsAreFinalAndChecked) {
  ASSERT_TRUE(RejectProposal(*db_, ids_["A1"]).ok());
  EXPECT_EQ(ApproveProposal(*db_, ids_["A1"], {}).error().code, ErrorCode::kConflict);
  EXPECT_EQ(ApproveProposal(*db_, ids_["B2"], {}).error().code, ErrorCode::kConstraintViolated);
  EXPECT_EQ(EditProposal(*db_, ids_["B2"], {.quantity = Quantity::FromUnits(0)}).error().message,
            "quantity must be greater than zero");
  EXPECT_EQ(EditProposal(*db_, ids_["B2"], {.due_date = MakeDate(2024, 1, 1)}).error().message,
            "due_date must not be before the order date 2024-03-11");
  EXPECT_EQ(RejectProposal(*db_, 999).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(store::testing::CountRows(*db_, "purchase_orders"), 0);
}

}  // namespace
}  // namespace lagom::app
