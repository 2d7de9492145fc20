#include "engine/mrp/calendar.h"

#include <gtest/gtest.h>

namespace lagom::mrp {
namespace {

TEST(WorkCalendar, SubtractsWorkingDaysSkippingWeekendsAndHolidays) {
  // Due Monday 2024-01-08, 5 working days, Wednesday 2024-01-03 a holiday. Counting back:
  // Fri 5th (1), Thu 4th (2), Wed 3rd holiday, Tue 2nd (3), Mon 1st (4), the weekend, Fri
  // 29 December (5).
  WorkCalendar calendar({true, true, true, true, true, false, false}, {MakeDate(2024, 1, 3)});
  EXPECT_EQ(calendar.SubtractWorkingDays(MakeDate(2024, 1, 8), 5), MakeDate(2023, 12, 29));
  // Without the holiday five working days before a Monday is the Monday before.
  EXPECT_EQ(WorkCalendar().SubtractWorkingDays(MakeDate(2024, 1, 8), 5), MakeDate(2024, 1, 1));
  EXPECT_EQ(WorkCalendar().SubtractWorkingDays(MakeDate(2024, 1, 8), 0), MakeDate(2024, 1, 8));
  // Forward: from Monday 1 January, 5 working days with the Wednesday off are Mon, Tue, Thu,
  // Fri and Monday 8th: due Tuesday 9 January; without the holiday the five end on Friday,
  // due the next working day, Monday 8th (and back from there is Monday 1st again).
  EXPECT_EQ(calendar.AddWorkingDays(MakeDate(2024, 1, 1), 5), MakeDate(2024, 1, 9));
  EXPECT_EQ(WorkCalendar().AddWorkingDays(MakeDate(2024, 1, 1), 5), MakeDate(2024, 1, 8));
  // 1–12 January: 10 weekdays less the holiday.
  EXPECT_EQ(calendar.WorkingDays(MakeDate(2024, 1, 1), MakeDate(2024, 1, 13)), 9);
}

TEST(WorkCalendar, WithoutWorkingWeekdaysCountsEveryDay) {
  WorkCalendar calendar({false, false, false, false, false, false, false}, {});
  EXPECT_EQ(calendar.SubtractWorkingDays(MakeDate(2024, 1, 8), 3), MakeDate(2024, 1, 5));
}

TEST(Buckets, PeriodZeroHoldsTheAsOfDateAndEarlierDates) {
  // As of Wednesday 2024-01-03, weeks: period 0 starts Monday 1 January.
  Buckets weeks(MakeDate(2024, 1, 3), PeriodKind::kWeek, 3);
  EXPECT_EQ(weeks.start(0), MakeDate(2024, 1, 1));
  EXPECT_EQ(weeks.due(0), MakeDate(2024, 1, 3));
  EXPECT_EQ(weeks.due(1), MakeDate(2024, 1, 8));
  EXPECT_EQ(weeks.PeriodOf(MakeDate(2023, 6, 1)), 0);
  EXPECT_EQ(weeks.PeriodOf(MakeDate(2024, 1, 14)), 1);
  EXPECT_EQ(weeks.PeriodOf(MakeDate(2024, 1, 21)), 2);
  EXPECT_EQ(weeks.PeriodOf(MakeDate(2024, 1, 22)), 3);  // beyond the horizon
}

}  // namespace
}  // namespace lagom::mrp
