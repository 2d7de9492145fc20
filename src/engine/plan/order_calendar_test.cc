#include "engine/plan/order_calendar.h"

#include <gtest/gtest.h>

namespace lagom::plan {
namespace {

TEST(OrderCalendar, NextOrderDayAndTheGapToTheFollowingOne) {
  OrderCalendar calendar = *OrderCalendar::Parse("Mon Thu");
  Date wednesday = MakeDate(2024, 3, 13);
  EXPECT_EQ(calendar.NextOrderDay(wednesday), MakeDate(2024, 3, 14));  // Thursday
  EXPECT_EQ(calendar.DaysToFollowingOrder(wednesday), 4);              // Thu → Mon
  Date monday = MakeDate(2024, 3, 11);
  EXPECT_TRUE(calendar.IsOrderDay(monday));
  EXPECT_EQ(calendar.NextOrderDay(monday), monday);
  EXPECT_EQ(calendar.DaysToFollowingOrder(monday), 3);  // Mon → Thu
}

TEST(OrderCalendar, EmptyMeansEveryDayAndNamesAreChecked) {
  OrderCalendar every_day = *OrderCalendar::Parse("");
  EXPECT_EQ(every_day.DaysToFollowingOrder(MakeDate(2024, 3, 16)), 1);
  EXPECT_EQ(OrderCalendar::Parse("Fri").value().DaysToFollowingOrder(MakeDate(2024, 3, 16)), 7);
  EXPECT_FALSE(OrderCalendar::Parse("Mon Funday").ok());
}

}  // namespace
}  // namespace lagom::plan
