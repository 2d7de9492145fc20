#include "core/date.h"

#include <gtest/gtest.h>

namespace lagom {
namespace {

TEST(Date, ParsesAndFormatsIsoDates) {
  EXPECT_EQ(*ParseDate("2024-02-29"), MakeDate(2024, 2, 29));
  EXPECT_EQ(FormatDate(MakeDate(2011, 12, 5)), "2011-12-05");
  EXPECT_EQ(FormatDate(*ParseDate("0001-01-01")), "0001-01-01");
}

TEST(Date, AddMonthsClampsToTheMonthEnd) {
  EXPECT_EQ(AddMonths(MakeDate(2024, 3, 11), -6), MakeDate(2023, 9, 11));
  EXPECT_EQ(AddMonths(MakeDate(2024, 3, 31), -1), MakeDate(2024, 2, 29));
  EXPECT_EQ(AddMonths(MakeDate(2023, 3, 31), -1), MakeDate(2023, 2, 28));
  EXPECT_EQ(AddMonths(MakeDate(2024, 2, 29), 12), MakeDate(2025, 2, 28));
  EXPECT_EQ(AddMonths(MakeDate(2024, 11, 15), 3), MakeDate(2025, 2, 15));
}

TEST(Date, RejectsImpossibleOrMalformedDates) {
  for (const char* bad :
       {"2023-02-29", "2011-13-01", "2011-00-10", "2011-12-32", "11-12-05", "2011/12/05",
        "2011-12-5", "0000-01-01", "2011-12-05T00", "", "２０１１-12-05"}) {
    EXPECT_FALSE(ParseDate(bad).ok()) << bad;
  }
  EXPECT_EQ(ParseDate("2023-02-29").error().message,
            "'2023-02-29' is not a date of the form YYYY-MM-DD");
}

}  // namespace
}  // namespace lagom
