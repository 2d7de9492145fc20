#include "engine/plan/projection.h"

#include <gtest/gtest.h>

#include <vector>

namespace lagom::plan {
namespace {

TEST(ProjectBalance, AddsReceiptsAndTakesDemandPeriodByPeriod) {
  // on hand 30 − reserved 5 = 25; demand 10 a period; 20 arrive in period 2.
  // end of period 0: 15; 1: 5; 2: 5 + 20 − 10 = 15; 3: 5; 4: −5 (stock-out).
  std::vector<double> receipts = {0, 0, 20};
  std::vector<double> demand(5, 10.0);
  ProjectionInput in{30, 5, receipts, demand, 8, 20, 40};
  Projection out = ProjectBalance(in);
  EXPECT_EQ(out.balance, (std::vector<double>{15, 5, 15, 5, -5}));
  EXPECT_EQ(out.first_stockout, 4);
  EXPECT_EQ(out.first_below_safety, 1);
  // Period 4 starts with 5 and needs 10: the stock lasts half of it → 4.5 periods of cover.
  EXPECT_DOUBLE_EQ(out.cover_periods, 4.5);
  EXPECT_DOUBLE_EQ(out.excess, 5.0);  // position 25 + 20 = 45 is 5 above S = 40
}

TEST(ProjectBalance, ExcessIsThePositionAboveTheOrderUpToLevel) {
  std::vector<double> receipts = {0, 50};
  std::vector<double> demand(3, 1.0);
  Projection out = ProjectBalance({100, 0, receipts, demand, 5, 10, 60});
  EXPECT_DOUBLE_EQ(out.excess, 90.0);  // 100 + 50 − 60
  EXPECT_EQ(out.first_stockout, -1);
  EXPECT_DOUBLE_EQ(out.cover_periods, 3.0);  // the whole horizon
}

TEST(PlannedReleases, ReleaseAnOrderWheneverThePositionReachesTheReorderPoint) {
  // Position 25 (30 on hand − 5 reserved), s = 20, S = 40, packs of 5, demand 10/period:
  // t0: 25 > 20, no order; −10 → 15.  t1: 15 ≤ 20 → 25 (40 − 15) ; 40 − 10 → 30.
  // t2: 30, no; → 20.  t3: 20 ≤ 20 → 20; 40 → 30.  t4: 30 → 20.
  std::vector<double> demand(5, 10.0);
  SupplierRules packs_of_5;
  packs_of_5.multiple_milli = 5000;
  auto releases = PlannedReleases({30, 5, {}, demand, 8, 20, 40}, packs_of_5);
  EXPECT_EQ(releases, (std::vector<double>{0, 25, 0, 20, 0}));
}

}  // namespace
}  // namespace lagom::plan
