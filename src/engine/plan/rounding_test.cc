#include "engine/plan/rounding.h"

#include <gtest/gtest.h>

namespace lagom::plan {
namespace {

SupplierRules Packs(std::int64_t pack_units, double round_down = 0) {
  SupplierRules rules;
  rules.multiple_milli = pack_units * 1000;
  rules.round_down_fraction = round_down;
  return rules;
}

TEST(RoundToSupplierRules, RoundsUpToWholePacks) {
  EXPECT_EQ(RoundToSupplierRules(13, Packs(6)).quantity_milli, 18000);
  EXPECT_EQ(RoundToSupplierRules(12, Packs(6)).quantity_milli, 12000);
  EXPECT_EQ(RoundToSupplierRules(12.000000001, Packs(6)).quantity_milli, 12000);  // noise
  EXPECT_EQ(RoundToSupplierRules(0, Packs(6)).quantity_milli, 0);
  EXPECT_EQ(RoundToSupplierRules(-5, Packs(6)).quantity_milli, 0);
}

TEST(RoundToSupplierRules, RoundsDownWithinTheThreshold) {
  // Packs of 12, threshold 25 % of a pack = 3 units: a need of 26 is 2 over 24 → 24;
  // a need of 28 is 4 over → 36.
  Rounded down = RoundToSupplierRules(26, Packs(12, 0.25));
  EXPECT_EQ(down.quantity_milli, 24000);
  EXPECT_TRUE(down.rounded_down);
  EXPECT_EQ(RoundToSupplierRules(27, Packs(12, 0.25)).quantity_milli, 24000);  // exactly 3
  EXPECT_EQ(RoundToSupplierRules(28, Packs(12, 0.25)).quantity_milli, 36000);
  // Never down to nothing: a need below one pack orders a pack.
  EXPECT_EQ(RoundToSupplierRules(2, Packs(12, 0.25)).quantity_milli, 12000);
}

TEST(RoundToSupplierRules, MinimumWinsOverRoundDownAndMaximumOverAll) {
  SupplierRules rules = Packs(12, 0.5);
  rules.min_order_milli = 30000;  // MOQ 30 → 3 packs = 36
  Rounded raised = RoundToSupplierRules(13, rules);
  EXPECT_EQ(raised.quantity_milli, 36000);
  EXPECT_TRUE(raised.raised_to_minimum);
  EXPECT_FALSE(raised.rounded_down);
  rules.max_order_milli = 100000;  // max 100 → 8 packs = 96
  Rounded capped = RoundToSupplierRules(150, rules);
  EXPECT_EQ(capped.quantity_milli, 96000);
  EXPECT_TRUE(capped.capped_at_maximum);
}

}  // namespace
}  // namespace lagom::plan
