// Whole units and the pack an order is rounded to (core/units.h), worked by hand.
#include "core/units.h"

#include <gtest/gtest.h>

namespace lagom {
namespace {

TEST(WholeUnits, PiecesAreWholeAndKilogramsAreNot) {
  EXPECT_TRUE(CountedInWholeUnits("pcs"));
  EXPECT_FALSE(CountedInWholeUnits("kg"));
  EXPECT_TRUE(IsWhole(Quantity::FromRaw(12000)));
  EXPECT_FALSE(IsWhole(Quantity::FromRaw(1500)));
}

TEST(OrderPack, APurchaseUnitOfTwelveMakesTheDefaultMultipleTwelve) {
  EXPECT_EQ(OrderPack(1000, 12000), 12000);   // multiple 1 pc, case of 12
  EXPECT_EQ(OrderPack(24000, 12000), 24000);  // two cases at a time
  EXPECT_EQ(OrderPack(10000, 12000), 60000);  // both: 60 is 5 cases and 6 tens
  EXPECT_EQ(OrderPack(1000, 2500), 2500);     // a sack of 2.5 kg, by the sack
  EXPECT_EQ(OrderPack(6000, 1000), 6000);     // no purchase unit: the multiple alone
}

TEST(InPurchaseUnits, CutsToTheMilliUnitAndTakesAnyLedgerQuantity) {
  EXPECT_EQ(InPurchaseUnitsMilli(36000, 12000), 3000);                  // 36 pcs = 3 cases of 12
  EXPECT_EQ(InPurchaseUnitsMilli(1000, 12000), 83);                     // 1/12 case
  EXPECT_EQ(InPurchaseUnitsMilli(1000000000000, 1000), 1000000000000);  // 1e9 units, no overflow
  EXPECT_EQ(InPurchaseUnitsMilli(5000, 0), 5000);  // no unit size: one stock unit
}

}  // namespace
}  // namespace lagom
