#include <gtest/gtest.h>

#include <limits>
#include <stdexcept>

#include "core/money.h"
#include "core/quantity.h"

namespace lagom {
namespace {

TEST(Quantity, ParsesExactDecimals) {
  EXPECT_EQ(Quantity::Parse("12.345")->raw(), 12345);
  EXPECT_EQ(Quantity::Parse("-0.5")->raw(), -500);
  EXPECT_EQ(Quantity::Parse("+7")->raw(), 7000);
  EXPECT_EQ(Quantity::Parse(".25")->raw(), 250);
  EXPECT_EQ(Quantity::Parse("3.")->raw(), 3000);
}

TEST(Quantity, RejectsWhatItCannotRepresentExactly) {
  EXPECT_EQ(Quantity::Parse("1.2345").error().message,
            "'1.2345' is not a valid number: more than 3 decimals");
  EXPECT_FALSE(Quantity::Parse("").ok());
  EXPECT_FALSE(Quantity::Parse("-").ok());
  EXPECT_FALSE(Quantity::Parse("1e3").ok());
  EXPECT_FALSE(Quantity::Parse("1,5").ok());
  EXPECT_FALSE(Quantity::Parse(" 1").ok());
  EXPECT_FALSE(Quantity::Parse("1.2.3").ok());
  // 9223372036854775.808 is one milli-unit beyond INT64_MAX.
  EXPECT_EQ(Quantity::Parse("9223372036854775.807")->raw(), std::numeric_limits<int64_t>::max());
  EXPECT_EQ(Quantity::Parse("9223372036854775.808").error().message,
            "'9223372036854775.808' is not a valid number: out of range");
  EXPECT_FALSE(Quantity::Parse("99999999999999999999999").ok());
}

TEST(Quantity, FormatsShortestExactForm) {
  EXPECT_EQ(Quantity::FromRaw(12500).ToString(), "12.5");
  EXPECT_EQ(Quantity::FromRaw(-1).ToString(), "-0.001");
  EXPECT_EQ(Quantity::FromRaw(0).ToString(), "0");
  EXPECT_EQ(Quantity::FromRaw(3000).ToString(), "3");
  EXPECT_EQ(Quantity::FromRaw(std::numeric_limits<int64_t>::min()).ToString(),
            "-9223372036854775.808");
}

TEST(Quantity, ArithmeticThrowsOnOverflowInsteadOfWrapping) {
  Quantity big = Quantity::FromRaw(std::numeric_limits<int64_t>::max());
  EXPECT_THROW(big + Quantity::FromRaw(1), std::overflow_error);
  EXPECT_THROW(-Quantity::FromRaw(std::numeric_limits<int64_t>::min()), std::overflow_error);
  EXPECT_THROW(big * 2, std::overflow_error);
  EXPECT_THROW(Quantity::FromUnits(std::numeric_limits<int64_t>::max() / 10), std::overflow_error);
  EXPECT_EQ((Quantity::FromUnits(2) - Quantity::FromRaw(500)).ToString(), "1.5");
}

TEST(Quantity, FromDoubleRoundsHalfAwayFromZero) {
  EXPECT_EQ(Quantity::FromDouble(0.0005)->raw(), 1);
  EXPECT_EQ(Quantity::FromDouble(-0.0005)->raw(), -1);
  EXPECT_EQ(Quantity::FromDouble(2.4994)->raw(), 2499);
  EXPECT_FALSE(Quantity::FromDouble(std::numeric_limits<double>::quiet_NaN()).ok());
  EXPECT_FALSE(Quantity::FromDouble(1e300).ok());
}

TEST(Money, ExtendRoundsToTheNearestTenThousandth) {
  // 0.0125 per unit × 3.333 units = 0.0416625 → 0.0417
  EXPECT_EQ(Extend(*Money::Parse("0.0125"), *Quantity::Parse("3.333")).ToString(), "0.0417");
  // 2.5 × -1.001 = -2.5025 exactly
  EXPECT_EQ(Extend(*Money::Parse("2.5"), *Quantity::Parse("-1.001")).ToString(), "-2.5025");
  // -0.00005 rounds away from zero: 0.0001 × -0.5 = -0.00005 → -0.0001
  EXPECT_EQ(Extend(*Money::Parse("0.0001"), *Quantity::Parse("-0.5")).ToString(), "-0.0001");
  Money huge = Money::FromRaw(std::numeric_limits<int64_t>::max());
  EXPECT_THROW(Extend(huge, Quantity::FromUnits(2)), std::overflow_error);
}

TEST(Money, QuantityAndMoneyAreDistinctTypes) {
  static_assert(!std::is_same_v<Money, Quantity>);
  EXPECT_EQ(Money::Parse("19.99")->raw(), 199900);
}

}  // namespace
}  // namespace lagom
