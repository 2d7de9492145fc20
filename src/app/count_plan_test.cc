// lagom counts plan on a small classified store, worked by hand: the class cycles over a
// January with a holiday, a triggered count, and re-planning from a later day.
#include "app/count_plan.h"

#include <gtest/gtest.h>

#include "app/classification.h"
#include "app/counting.h"
#include "app/kpi_report.h"
#include "app/settings.h"
#include "store/settings.h"
#include "store/test_store.h"

namespace lagom::app {
namespace {

using store::testing::Load;

// One unit a month through 2023 at LON; prices 40, 40, 15, 5: revenue 480, 480, 180, 60
// (total 1200). A1 and A2 tie: A; B1 has 80 % before it: B; C1 95 %: C. B1 has no stock
// although December had demand.
std::unique_ptr<sqlite::Database> Classified() {
  auto db = store::testing::FreshStore();
  EXPECT_TRUE(app::ChangeSettings(*db, {{"period", "month"}}).ok());
  Load(*db, "locations", "code\nLON\n");
  Load(*db, "items", "code,price\nA1,40\nA2,40\nB1,15\nC1,5\n");
  std::string demand = "item,location,date,quantity\n";
  for (int m = 1; m <= 12; ++m) {
    std::string date = "2023-" + std::string(m < 10 ? "0" : "") + std::to_string(m) + "-01";
    for (const char* item : {"A1", "A2", "B1", "C1"})
      demand += std::string(item) + ",LON," + date + ",1\n";
  }
  Load(*db, "demand", demand);
  Load(*db, "stock",
       "item,location,quantity,date\nA1,LON,5,2023-10-01\nA2,LON,5,2023-10-01\n"
       "B1,LON,0,2023-10-01\nC1,LON,5,2023-10-01\n");
  Load(*db, "holidays", "date,name\n2024-01-01,New Year\n");
  ClassifyOptions options;
  options.as_of = MakeDate(2024, 1, 1);
  EXPECT_TRUE(RunClassification(*db, options).ok());
  return db;
}

std::vector<std::string> Lines(const std::vector<store::CountTaskRecord>& tasks) {
  std::vector<std::string> out;
  for (const auto& t : tasks) {
    out.push_back(FormatDate(t.date) + " " + t.item_code + "@" + t.location_code + " " + t.cls +
                  ": " + t.reason);
  }
  return out;
}

TEST(CountPlan, SpreadsClassesOverWorkingDaysAndCountsTriggersFirst) {
  auto db = Classified();
  // 2024 has 262 weekdays, one holiday: W = 261. A: round(261/12 = 21.75) = 22 working
  // days; two A stock points at offsets 0 and 11. January's working days: 2–5 (0–3), 8–12
  // (4–8), 15–19 (9–13): offset 11 is 17 January. B1 is due on day 0 of its 65-day cycle and
  // triggered (counted once, for the trigger); C1 at offset 0 of 261.
  auto plan = PlanCounts(*db, {MakeDate(2024, 1, 1), MakeDate(2024, 2, 1)});
  ASSERT_TRUE(plan.ok()) << plan.error().message;
  EXPECT_EQ(plan->stock_points, 4);
  EXPECT_EQ(plan->working_days, 22);
  EXPECT_EQ(plan->triggered, 1);
  EXPECT_EQ(
      Lines(plan->tasks),
      (std::vector<std::string>{"2024-01-02 A1@LON A: class A, 12 a year",
                                "2024-01-02 B1@LON B: no stock although the last period had demand",
                                "2024-01-02 C1@LON C: class C, 1 a year",
                                "2024-01-17 A2@LON A: class A, 12 a year"}));
  auto day = store::LoadCountTasks(*db, MakeDate(2024, 1, 17), MakeDate(2024, 1, 18));
  ASSERT_TRUE(day.ok());
  EXPECT_EQ(Lines(*day), (std::vector<std::string>{"2024-01-17 A2@LON A: class A, 12 a year"}));
}

TEST(CountPlan, ReplanningKeepsTheListsBeforeItsFirstDay) {
  auto db = Classified();
  ASSERT_TRUE(PlanCounts(*db, {MakeDate(2024, 1, 1), MakeDate(2024, 2, 1)}).ok());
  // Re-planned from 10 January (a Wednesday) for one day: the lists of 2 January stay; the
  // cycles start again on 10 January (no count history says what was counted), and B1,
  // still without stock, is triggered again.
  auto later = PlanCounts(*db, {MakeDate(2024, 1, 10), MakeDate(2024, 1, 11)});
  ASSERT_TRUE(later.ok());
  auto all = store::LoadCountTasks(*db, MakeDate(2024, 1, 1), MakeDate(2024, 2, 1));
  ASSERT_TRUE(all.ok());
  std::vector<std::string> lines = Lines(*all);
  EXPECT_EQ(lines,
            (std::vector<std::string>{
                "2024-01-02 A1@LON A: class A, 12 a year",
                "2024-01-02 B1@LON B: no stock although the last period had demand",
                "2024-01-02 C1@LON C: class C, 1 a year", "2024-01-10 A1@LON A: class A, 12 a year",
                "2024-01-10 B1@LON B: no stock although the last period had demand",
                "2024-01-10 C1@LON C: class C, 1 a year"}));
}

void Count(sqlite::Database& db, const char* item, Date date, int counted) {
  CountRequest request{.key = std::string("count/") + item + "/" + FormatDate(date),
                       .date = date,
                       .item = item,
                       .location = "LON",
                       .counted = Quantity::FromUnits(counted)};
  auto outcome = RecordCount(db, request);
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
}

// Counts that disagreed with the ledger within count.discrepancy_days (30) before the first
// day are triggered; an older discrepancy or a count that agreed is not.
TEST(CountPlan, RecentCountDiscrepancyTriggersACount) {
  auto db = Classified();
  Count(*db, "A1", MakeDate(2023, 11, 1), 3);   // 61 days before: too old
  Count(*db, "A2", MakeDate(2023, 12, 28), 5);  // agreed
  Count(*db, "C1", MakeDate(2023, 12, 20), 4);  // disagreed 12 days before
  auto plan = PlanCounts(*db, {MakeDate(2024, 1, 1), MakeDate(2024, 1, 3)});
  ASSERT_TRUE(plan.ok()) << plan.error().message;
  EXPECT_EQ(plan->triggered, 2);
  EXPECT_EQ(
      Lines(plan->tasks),
      (std::vector<std::string>{"2024-01-02 A1@LON A: class A, 12 a year",
                                "2024-01-02 B1@LON B: no stock although the last period had demand",
                                "2024-01-02 C1@LON C: count discrepancy on 2023-12-20"}));
  ASSERT_TRUE(app::ChangeSettings(*db, {{"count.discrepancy_days", "90"}}).ok());
  plan = PlanCounts(*db, {MakeDate(2024, 1, 1), MakeDate(2024, 1, 3)});
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(Lines(plan->tasks).front(), "2024-01-02 A1@LON A: count discrepancy on 2023-11-01");
}

// Inventory-record accuracy by class: A had one count of two that agreed, C none of one.
TEST(CountPlan, CountAccuracyByClass) {
  auto db = Classified();
  Count(*db, "A1", MakeDate(2023, 11, 1), 3);
  Count(*db, "A2", MakeDate(2023, 12, 28), 5);
  Count(*db, "C1", MakeDate(2023, 12, 20), 4);
  auto rows = ComputeKpis(
      *db, {MakeDate(2023, 10, 1), MakeDate(2023, 12, 31), KpiGroup::kClass, std::nullopt});
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  std::map<std::string, std::pair<int, double>> accuracy;
  for (const KpiRow& row : *rows) {
    if (row.counts > 0) accuracy[row.key] = {row.counts, row.record_accuracy.value_or(-1)};
  }
  EXPECT_EQ(accuracy,
            (std::map<std::string, std::pair<int, double>>{{"A", {2, 0.5}}, {"C", {1, 0.0}}}));
}

TEST(CountPlan, NeedsAClassification) {
  auto db = store::testing::FreshStore();
  auto plan = PlanCounts(*db, {MakeDate(2024, 1, 1), MakeDate(2024, 2, 1)});
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.error().code, ErrorCode::kNotFound);
  EXPECT_FALSE(PlanCounts(*db, {MakeDate(2024, 1, 1), MakeDate(2024, 1, 1)}).ok());
}

}  // namespace
}  // namespace lagom::app
