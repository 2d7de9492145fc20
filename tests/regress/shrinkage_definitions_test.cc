// Issue 15, defect 12: shrinkage counted only the losses counts and adjustments found; the
// gains were not netted, and no output said which definition it used. Now both are kept:
// gross (the losses) and net (losses less gains), each named in every output.
//
// A1 @ LON: 10 received at 2.00 (20.00); an adjustment of −3 (a loss of 6.00, FIFO at
// 2.00) and one of +1 at 2.00 (a gain of 2.00). Gross 6.00, net 6.00 − 2.00 = 4.00.
#include <gtest/gtest.h>

#include "app/inventory_value.h"
#include "app/kpi_report.h"
#include "app/ledger_test_support.h"

namespace lagom {
namespace {

using app::testing::M;
using app::testing::Move;
using ledger::MovementType;

TEST(ShrinkageDefinitions, GrossIsTheLossesNetIsLessTheGains) {
  auto db = store::testing::FreshStore();
  store::testing::LoadMasterData(*db);
  app::MovementRequest in = Move("in", MovementType::kReceipt, MakeDate(2024, 3, 1), 10);
  in.unit_cost = M("2");
  app::MovementRequest loss = Move("loss", MovementType::kAdjustment, MakeDate(2024, 3, 5), 0);
  loss.quantity = -app::testing::Q(3);
  app::MovementRequest gain = Move("gain", MovementType::kAdjustment, MakeDate(2024, 3, 6), 1);
  gain.unit_cost = M("2");
  for (const auto& r : {in, loss, gain}) app::testing::MustPost(*db, r);

  auto value = app::ValueInventory(*db, std::nullopt, MakeDate(2024, 3, 1), MakeDate(2024, 3, 31));
  ASSERT_TRUE(value.ok()) << value.error().message;
  EXPECT_EQ(value->total.shrinkage, M("6"));
  EXPECT_EQ(value->total.count_gains, M("2"));
  EXPECT_EQ(value->total.net_shrinkage(), M("4"));

  auto kpis = app::ComputeKpis(*db, {MakeDate(2024, 3, 1), MakeDate(2024, 3, 31)});
  ASSERT_TRUE(kpis.ok()) << kpis.error().message;
  ASSERT_EQ(kpis->size(), 1u);
  EXPECT_EQ((*kpis)[0].shrinkage, M("6"));
  EXPECT_EQ((*kpis)[0].net_shrinkage, M("4"));
}

}  // namespace
}  // namespace lagom
