// The limits of core/limits.h: values at the limit pass, one raw unit beyond fails with a
// message naming the field and the limit, and products are judged exactly (no overflow).
#include "core/limits.h"

#include <gtest/gtest.h>

#include <limits>

namespace lagom::limits {
namespace {

TEST(Limits, QuantityAtTheLimitPassesBeyondItFailsNamingFieldAndLimit) {
  EXPECT_TRUE(CheckQuantity(*Quantity::Parse("1000000000"), "quantity").ok());
  EXPECT_TRUE(CheckQuantity(*Quantity::Parse("-1000000000"), "quantity").ok());
  Status over = CheckQuantity(*Quantity::Parse("1000000000.001"), "quantity");
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(over.error().message, "quantity 1000000000.001 is outside the limit of ±1000000000");
}

TEST(Limits, UnitCostAndAmount) {
  EXPECT_TRUE(CheckUnitCost(*Money::Parse("1000000000"), "unit_cost").ok());
  EXPECT_EQ(CheckUnitCost(*Money::Parse("1000000000.0001"), "unit_cost").error().message,
            "unit_cost 1000000000.0001 is outside the limit of ±1000000000");
  EXPECT_TRUE(CheckAmount(*Money::Parse("100000000000"), "amount").ok());
  EXPECT_FALSE(CheckAmount(*Money::Parse("100000000000.0001"), "amount").ok());
  EXPECT_FALSE(
      CheckAmount(Money::FromRaw(std::numeric_limits<std::int64_t>::min()), "amount").ok());
}

TEST(Limits, ExtendedValueIsJudgedExactlyEvenWhenItWouldOverflow) {
  // The probe's receipt: 10^8 units at 10^7 = 10^15, beyond 10^11 (and beyond int64 raw).
  Status big = CheckExtended(*Money::Parse("10000000"), *Quantity::Parse("100000000"),
                             "quantity × unit_cost");
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().message,
            "quantity × unit_cost 10000000 × 100000000 is outside the limit of ±100000000000");
  // 10^6 units at 10^5 = 10^11 exactly: allowed; 0.001 more units is not.
  EXPECT_TRUE(CheckExtended(*Money::Parse("100000"), *Quantity::Parse("1000000"), "v").ok());
  EXPECT_FALSE(CheckExtended(*Money::Parse("100000"), *Quantity::Parse("1000000.001"), "v").ok());
  EXPECT_TRUE(CheckExtended(*Money::Parse("-100000"), *Quantity::Parse("-1000000"), "v").ok());
  EXPECT_FALSE(CheckExtended(Money::FromRaw(std::numeric_limits<std::int64_t>::min()),
                             Quantity::FromRaw(std::numeric_limits<std::int64_t>::min()), "v")
                   .ok());
}

}  // namespace
}  // namespace lagom::limits
