#include "core/period.h"

#include <gtest/gtest.h>

namespace lagom {
namespace {

TEST(Period, WeeksStartOnMonday) {
  // 2011-12-09 was a Friday; its ISO week started Monday 2011-12-05.
  EXPECT_EQ(PeriodStart(MakeDate(2011, 12, 9), PeriodKind::kWeek), MakeDate(2011, 12, 5));
  EXPECT_EQ(PeriodStart(MakeDate(2011, 12, 5), PeriodKind::kWeek), MakeDate(2011, 12, 5));
  // Sunday belongs to the week that started six days earlier.
  EXPECT_EQ(PeriodStart(MakeDate(2011, 12, 11), PeriodKind::kWeek), MakeDate(2011, 12, 5));
  // Across a year end: Sunday 2012-01-01 is in the week of Monday 2011-12-26.
  EXPECT_EQ(PeriodStart(MakeDate(2012, 1, 1), PeriodKind::kWeek), MakeDate(2011, 12, 26));
}

TEST(Period, IsoWeekNumbersAcrossYearEnds) {
  // 2020 has 53 ISO weeks (it starts on a Wednesday in a leap year); 2020-12-31 is in W53
  // and so is 2021-01-03, which belongs to ISO year 2020.
  EXPECT_EQ(IsoWeekOf(MakeDate(2020, 12, 31)), (IsoWeek{2020, 53}));
  EXPECT_EQ(IsoWeekOf(MakeDate(2021, 1, 3)), (IsoWeek{2020, 53}));
  EXPECT_EQ(IsoWeekOf(MakeDate(2021, 1, 4)), (IsoWeek{2021, 1}));
  // 2008-12-29 (Monday) is already week 1 of ISO year 2009.
  EXPECT_EQ(IsoWeekOf(MakeDate(2008, 12, 29)), (IsoWeek{2009, 1}));
  // 2015 (starts on Thursday) also has 53 weeks.
  EXPECT_EQ(IsoWeekOf(MakeDate(2015, 12, 31)), (IsoWeek{2015, 53}));
  EXPECT_EQ(IsoWeekOf(MakeDate(2011, 1, 1)), (IsoWeek{2010, 52}));
}

TEST(Period, MonthsAndDays) {
  EXPECT_EQ(PeriodStart(MakeDate(2024, 2, 29), PeriodKind::kMonth), MakeDate(2024, 2, 1));
  EXPECT_EQ(NextPeriod(MakeDate(2024, 12, 1), PeriodKind::kMonth), MakeDate(2025, 1, 1));
  EXPECT_EQ(NextPeriod(MakeDate(2024, 12, 31), PeriodKind::kDay), MakeDate(2025, 1, 1));
  EXPECT_EQ(PeriodsBetween(MakeDate(2023, 11, 15), MakeDate(2024, 2, 3), PeriodKind::kMonth), 3);
  EXPECT_EQ(PeriodsBetween(MakeDate(2024, 2, 3), MakeDate(2023, 11, 15), PeriodKind::kMonth), -3);
  EXPECT_EQ(PeriodsBetween(MakeDate(2020, 12, 28), MakeDate(2021, 1, 4), PeriodKind::kWeek), 1);
  EXPECT_EQ(PeriodsBetween(MakeDate(2020, 12, 31), MakeDate(2021, 1, 1), PeriodKind::kDay), 1);
}

TEST(Period, ParsesKindNames) {
  EXPECT_EQ(*ParsePeriodKind("week"), PeriodKind::kWeek);
  EXPECT_FALSE(ParsePeriodKind("fortnight").ok());
}

TEST(Period, BucketsEventsIntoDenseWeeksAcrossTheYearEnd) {
  // Week of 2020-12-28 (W53) holds Dec 31 and Jan 3; Jan 4 starts 2021-W01; the week of
  // 2021-01-11 has no events and must still appear as zero.
  std::vector<DatedQuantity> events = {
      {MakeDate(2020, 12, 31), 2.0}, {MakeDate(2021, 1, 3), 3.0},     {MakeDate(2021, 1, 4), 5.0},
      {MakeDate(2021, 1, 18), 1.5},  {MakeDate(2020, 12, 20), 100.0},  // before the range
      {MakeDate(2021, 1, 25), 100.0}};                                 // after the range
  auto buckets = Bucket(events, MakeDate(2020, 12, 28), MakeDate(2021, 1, 18), PeriodKind::kWeek);
  EXPECT_EQ(buckets, (std::vector<double>{5.0, 5.0, 0.0, 1.5}));
}

TEST(Period, BucketsByMonth) {
  std::vector<DatedQuantity> events = {
      {MakeDate(2024, 1, 31), 1.0}, {MakeDate(2024, 2, 29), 2.0}, {MakeDate(2024, 3, 1), 4.0}};
  EXPECT_EQ(Bucket(events, MakeDate(2024, 1, 1), MakeDate(2024, 3, 1), PeriodKind::kMonth),
            (std::vector<double>{1.0, 2.0, 4.0}));
}

}  // namespace
}  // namespace lagom
