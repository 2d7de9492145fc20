#include "engine/analysis/count_schedule.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <vector>

namespace lagom::analysis {
namespace {

// Monday to Friday, with New Year's Day and 15 January 2024 off.
WorkingCalendar Calendar() {
  return {*plan::OrderCalendar::Parse("Mon Tue Wed Thu Fri"),
          {MakeDate(2024, 1, 1), MakeDate(2024, 1, 15)}};
}

std::vector<CountCandidate> Candidates(int a, int b, int c) {
  std::vector<CountCandidate> out;
  for (auto [cls, n] : {std::pair{"A", a}, {"B", b}, {"C", c}}) {
    for (int i = 0; i < n; ++i) out.push_back({cls, std::nullopt, ""});
  }
  return out;
}

const std::vector<CountFrequency> kDefault = {{"A", 12}, {"B", 4}, {"C", 1}};

TEST(WorkingCalendar, SkipsWeekendsAndHolidays) {
  WorkingCalendar calendar = Calendar();
  EXPECT_FALSE(calendar.IsWorkingDay(MakeDate(2024, 1, 1)));  // holiday (a Monday)
  EXPECT_TRUE(calendar.IsWorkingDay(MakeDate(2024, 1, 2)));   // Tuesday
  EXPECT_FALSE(calendar.IsWorkingDay(MakeDate(2024, 1, 6)));  // Saturday
  // January 2024 has 23 weekdays (5 + 5 + 5 + 5 + 3), two of them holidays.
  EXPECT_EQ(calendar.WorkingDays(MakeDate(2024, 1, 1), MakeDate(2024, 2, 1)).size(), 21u);
}

TEST(ScheduleCounts, SpreadsEachClassEvenlyOverWorkingDays) {
  // 2024 has 366 days: 52 weeks and Monday 1 + Tuesday 31 December, 262 weekdays, less two
  // holidays: W = 260 working days. Cycles: A 12 a year → round(260/12 = 21.67) = 22 days;
  // B 4 → 65; C 1 → 260. 44 A, 130 B and 260 C stock points give 2 + 2 + 1 = 5 counts on
  // every working day.
  auto candidates = Candidates(44, 130, 260);
  CountPlanOptions options{MakeDate(2024, 1, 1), MakeDate(2024, 2, 1), kDefault, Calendar()};
  auto tasks = ScheduleCounts(candidates, options);
  std::map<Date, int> per_day;
  for (const auto& t : tasks) ++per_day[t.date];
  EXPECT_EQ(per_day.size(), 21u);  // every working day of January, no other day
  for (auto [day, count] : per_day) {
    EXPECT_TRUE(Calendar().IsWorkingDay(day)) << FormatDate(day);
    EXPECT_EQ(count, 5) << FormatDate(day);
  }
  EXPECT_EQ(per_day.begin()->first, MakeDate(2024, 1, 2));
  EXPECT_EQ(tasks.size(), 105u);
}

TEST(ScheduleCounts, UnevenClassesDifferByAtMostOnePerDay) {
  // 45 A in a 22-day cycle: offsets ⌊r·22/45⌋ give 45 = 22 × 2 + 1 — one day of three.
  auto candidates = Candidates(45, 0, 0);
  CountPlanOptions options{MakeDate(2024, 1, 1), MakeDate(2024, 3, 1), kDefault, Calendar()};
  auto tasks = ScheduleCounts(candidates, options);
  // The first cycle: working days 0 … 21 (2 January to 1 February).
  std::map<Date, int> first_cycle;
  std::map<std::size_t, std::vector<Date>> dates_of;
  for (const auto& t : tasks) {
    if (t.date <= MakeDate(2024, 2, 1)) ++first_cycle[t.date];
    dates_of[t.candidate].push_back(t.date);
  }
  EXPECT_EQ(first_cycle.size(), 22u);
  int threes = 0;
  for (auto [day, count] : first_cycle) {
    EXPECT_TRUE(count == 2 || count == 3);
    threes += count == 3;
  }
  EXPECT_EQ(threes, 1);
  // Every A is counted again 22 working days later: the first (offset 0) on 2 January and
  // 2 February (January has 21 working days, so working day 22 is 2 February).
  EXPECT_EQ(dates_of[0].front(), MakeDate(2024, 1, 2));
  EXPECT_EQ(dates_of[0][1], MakeDate(2024, 2, 2));
}

TEST(ScheduleCounts, MostOverdueFirstAndTriggersOnTheFirstWorkingDay) {
  // Three A in a 22-day cycle: offsets 0, 7, 14 (⌊r·22/3⌋), never counted first, then the
  // oldest count. The C stock point is triggered: counted on 2 January (1 January is a
  // holiday) with its reason; class D has no frequency and is counted only when triggered.
  std::vector<CountCandidate> candidates = {
      {"A", MakeDate(2023, 12, 1), ""},        {"A", std::nullopt, ""},
      {"A", MakeDate(2023, 6, 1), ""},         {"D", std::nullopt, ""},
      {"D", std::nullopt, "negative balance"},
  };
  CountPlanOptions options{MakeDate(2024, 1, 1), MakeDate(2024, 1, 26), kDefault, Calendar()};
  auto tasks = ScheduleCounts(candidates, options);
  ASSERT_EQ(tasks.size(), 4u);
  // Working days: 2–5 Jan (0–3), 8–12 (4–8), 16–19 (9–12), 22–25 (13–16).
  EXPECT_EQ(tasks[0].date, MakeDate(2024, 1, 2));
  EXPECT_EQ(tasks[0].candidate, 1u);  // never counted: offset 0
  EXPECT_EQ(tasks[0].reason, "class A, 12 a year");
  EXPECT_EQ(tasks[1].date, MakeDate(2024, 1, 2));
  EXPECT_EQ(tasks[1].candidate, 4u);
  EXPECT_EQ(tasks[1].reason, "negative balance");
  EXPECT_EQ(tasks[2].date, MakeDate(2024, 1, 11));  // offset 7
  EXPECT_EQ(tasks[2].candidate, 2u);
  EXPECT_EQ(tasks[3].date, MakeDate(2024, 1, 23));  // offset 14
  EXPECT_EQ(tasks[3].candidate, 0u);
}

TEST(ScheduleCounts, TriggeredAndDueOnTheSameDayIsCountedOnce) {
  std::vector<CountCandidate> candidates = {{"A", std::nullopt, "recent discrepancy"}};
  CountPlanOptions options{MakeDate(2024, 1, 2), MakeDate(2024, 1, 3), kDefault, Calendar()};
  auto tasks = ScheduleCounts(candidates, options);
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].reason, "recent discrepancy");
}

TEST(ScheduleCounts, NoWorkingDayNoTasks) {
  auto candidates = Candidates(3, 0, 0);
  CountPlanOptions options{MakeDate(2024, 1, 6), MakeDate(2024, 1, 8), kDefault, Calendar()};
  EXPECT_TRUE(ScheduleCounts(candidates, options).empty());  // a weekend
}

}  // namespace
}  // namespace lagom::analysis
