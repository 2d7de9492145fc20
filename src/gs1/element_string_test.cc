// GS1 element strings. Examples: GS1 General Specifications (check digit calculation in
// section 7.9, whose worked GTIN-13 is 629104150021 → 3; the element strings of sections 3 and
// 4 such as "(01)09501101530003(17)140704(10)AB-123" with the GS1 example GTIN 0950110153000x),
// and the GS1 DataMatrix Guideline's raw form with the FNC1/GS separator.
#include "gs1/element_string.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace lagom::gs1 {
namespace {

constexpr Date kToday = MakeDate(2024, 6, 15);

std::string Raw(std::string_view text) {  // '|' stands for GS in the tests' source
  std::string out(text);
  std::replace(out.begin(), out.end(), '|', kGroupSeparator);
  return out;
}

std::string Rejection(std::string_view text) {
  auto parsed = Parse(text, kToday);
  return parsed.ok() ? "accepted" : parsed.error().message;
}

TEST(Gs1CheckDigit, SpecificationExamples) {
  // 6 2 9 1 0 4 1 5 0 0 2 1, weights 1 3 1 3 … from the left (3 on the rightmost):
  // 6 + 6 + 9 + 3 + 0 + 12 + 1 + 15 + 0 + 0 + 2 + 3 = 57 → 60 − 57 = 3.
  EXPECT_EQ(CheckDigit("629104150021"), 3);
  EXPECT_EQ(CheckDigit("0950110153000"), 3);
  EXPECT_EQ(CheckDigit("9501234567890"), 3);
  EXPECT_EQ(CheckDigit("00000000000000000"), 0);
}

TEST(Gs1Parse, HumanReadableGtinExpiryLot) {
  auto p = Parse("(01)09501101530003(17)140704(10)AB-123", kToday);
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->gtin, "09501101530003");
  EXPECT_EQ(p->expiry, MakeDate(2014, 7, 4));
  EXPECT_EQ(p->lot, "AB-123");
  ASSERT_EQ(p->elements.size(), 3u);
  EXPECT_EQ(p->elements[1].ai, "17");
}

TEST(Gs1Parse, RawWithGroupSeparatorAndSymbologyIdentifier) {
  // Fixed-length 01 and 17 need no separator; the variable lot does when a field follows.
  auto p = Parse(Raw("]d2010950110153000317140704"
                     "10AB-123|21SN7"),
                 kToday);
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->gtin, "09501101530003");
  EXPECT_EQ(p->lot, "AB-123");
  EXPECT_EQ(p->serial, "SN7");
  auto same = Parse("(01)09501101530003(17)140704(10)AB-123(21)SN7", kToday);
  EXPECT_EQ(same->lot, p->lot);
  EXPECT_EQ(same->expiry, p->expiry);
}

TEST(Gs1Parse, DayZeroMeansTheLastDayOfTheMonth) {
  EXPECT_EQ(Parse("(17)240200", kToday)->expiry, MakeDate(2024, 2, 29));  // leap year
  EXPECT_EQ(Parse("(15)250200", kToday)->best_before, MakeDate(2025, 2, 28));
  EXPECT_EQ(Parse("(17)241100", kToday)->expiry, MakeDate(2024, 11, 30));
}

TEST(Gs1Parse, CenturyFollowsTheSlidingWindow) {
  // Today 2024: YY − 24 ≥ 51 → 19YY; ≤ −50 → 21YY; otherwise 20YY.
  EXPECT_EQ(Parse("(11)740101", kToday)->production, MakeDate(2074, 1, 1));  // +50
  EXPECT_EQ(Parse("(11)750101", kToday)->production, MakeDate(1975, 1, 1));  // +51
  EXPECT_EQ(Parse("(11)990101", MakeDate(2051, 1, 1))->production, MakeDate(2099, 1, 1));
  EXPECT_EQ(Parse("(11)000101", MakeDate(2051, 1, 1))->production, MakeDate(2100, 1, 1));  // −51
}

TEST(Gs1Parse, QuantitiesAndNetWeight) {
  auto p = Parse(Raw("0109501101530003"
                     "3103001250"
                     "3712|30120"),
                 kToday);
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(*p->net_weight_kg, *Quantity::Parse("1.25"));
  EXPECT_EQ(*p->trade_item_count, 12);
  EXPECT_EQ(*p->count, 120);
}

TEST(Gs1Parse, RejectsWithAPreciseReason) {
  EXPECT_EQ(Rejection("(01)09501101530004"), "(01) '09501101530004': check digit is 4, expected 3");
  EXPECT_EQ(Rejection("(01)0950110153000"), "(01) must have 14 digits, has 13");
  EXPECT_EQ(Rejection("(01)0950110153000A"),
            "(01) has 'A' at position 14, allowed are digits only");
  EXPECT_EQ(Rejection("(17)241301"), "(17) '241301': month 13 does not exist");
  EXPECT_EQ(Rejection("(17)240231"), "(17) '240231': day 31 does not exist in that month");
  EXPECT_EQ(Rejection("(10)ABCDEFGHIJKLMNOPQRSTU"), "(10) is longer than 20 characters");
  EXPECT_EQ(Rejection("(10)A~B"), "(10) has '~' at position 2, allowed are GS1 character set 82");
  EXPECT_EQ(Rejection("(10)"), "(10) is empty");
  EXPECT_EQ(Rejection("(10)A(10)B"), "(10) appears twice");
  EXPECT_EQ(Rejection("(99)X"), "(99) is not an application identifier Lagom reads");
  EXPECT_EQ(Rejection("(01"), "'(' without ')' at position 1");
  EXPECT_EQ(Rejection("x(01)09501101530003"),
            "unknown application identifier at position 1 ('x(01…')");
  EXPECT_EQ(Rejection(Raw("01095011015300031714")), "(17) must have 6 digits, has 2");
  EXPECT_EQ(Rejection("(3105)001250"), "(3105) has 5 decimals; Lagom keeps quantities to 3");
  EXPECT_EQ(Rejection(""), "the barcode is empty");
}

}  // namespace
}  // namespace lagom::gs1
