// Forecast overrides end to end: imported (bad rows refused with their reason, nothing
// written), applied by the planning run to the final forecast — per stock point, split across
// locations by share, until they expire — and named in the proposal's reason.
#include "app/forecast_overrides.h"

#include <gtest/gtest.h>

#include "app/forecast_accuracy.h"
#include "app/forecast_versions.h"
#include "app/planning_run.h"
#include "store/test_store.h"

namespace lagom::app {
namespace {

using store::testing::CountRows;
using store::testing::Import;
using store::testing::Load;

class ForecastOverrides : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    store::testing::LoadMasterData(*db_);
    // A1 sells 30 a week at LON and 10 a week at MAN in the four weeks before 2024-03-11:
    // shares 75 % and 25 %.
    std::string demand = "item,location,date,quantity\n";
    for (const char* week : {"2024-02-12", "2024-02-19", "2024-02-26", "2024-03-04"}) {
      demand += std::string("A1,LON,") + week + ",30\nA1,MAN," + week + ",10\n";
    }
    Load(*db_, "demand", demand);
    options_.as_of = MakeDate(2024, 3, 11);
    options_.history_periods = 4;
    options_.forecast_method = "ma";  // 30 and 10 a week, flat
  }
  std::vector<double> Final(const char* location) {
    auto rows = StockPointForecastVersions(*db_, "A1", location, std::nullopt);
    EXPECT_TRUE(rows.ok());
    std::vector<double> path;
    for (const ForecastVersionRow& r : *rows) path.push_back(r.final_forecast);
    path.resize(5);
    return path;
  }
  std::unique_ptr<sqlite::Database> db_;
  PlanOptions options_;
};

TEST_F(ForecastOverrides, QuantityPercentAndSplitAcrossLocationsByHand) {
  // 80 a week for A1 at all locations in the weeks of 03-11 and 03-18: LON 75 % = 60, MAN 20;
  // +50 % at LON in the weeks of 03-25 and 04-01: 45; an expired one changes nothing.
  Load(*db_, "forecast-overrides",
       "item,location,from,to,quantity,percent,reason,expires\n"
       "A1,,2024-03-11,2024-03-24,80,,spring campaign,\n"
       "A1,LON,2024-03-25,2024-04-05,,50,fair,\n"
       "A1,MAN,2024-04-08,2024-04-08,999,,old,2024-03-11\n");
  auto run = RunPlan(*db_, options_);
  ASSERT_TRUE(run.ok()) << run.error().message;
  EXPECT_EQ(Final("LON"), (std::vector<double>{60, 60, 45, 45, 30}));
  EXPECT_EQ(Final("MAN"), (std::vector<double>{20, 20, 10, 10, 10}));
  // No supplier: lead time 0, review 1 period → the proposal covers the first week's final
  // forecast, 60, and its reason names the override.
  const store::ProposalRecord* lon = nullptr;
  for (const auto& p : run->proposals) {
    if (p.location_code == "LON") lon = &p;
  }
  ASSERT_NE(lon, nullptr);
  EXPECT_NEAR(lon->forecast_per_period, 60.0, 1e-9);
  EXPECT_NE(lon->reason.find("forecast override 80 a week"), std::string::npos) << lon->reason;
  EXPECT_NE(lon->reason.find("share 75 %"), std::string::npos) << lon->reason;
  EXPECT_NE(lon->reason.find("spring campaign"), std::string::npos) << lon->reason;
}

TEST_F(ForecastOverrides, TotalIsSpreadOverTheRange) {
  // 90 in all over the three weeks from 03-11 at MAN, statistical 10 each: 30 a week.
  Load(*db_, "forecast-overrides",
       "item,location,from,to,total,reason\nA1,MAN,2024-03-11,2024-03-25,90,promo\n");
  ASSERT_TRUE(RunPlan(*db_, options_).ok());
  EXPECT_EQ(Final("MAN"), (std::vector<double>{30, 30, 30, 10, 10}));
  EXPECT_EQ(Final("LON"), (std::vector<double>{30, 30, 30, 30, 30}));
}

TEST_F(ForecastOverrides, EveryVersionIsKeptInTheHistory) {
  Load(*db_, "forecast-overrides",
       "item,location,from,to,quantity\nA1,LON,2024-03-11,2024-03-11,5\n");
  Load(*db_, "forecast-overrides",
       "item,location,from,to,quantity\nA1,LON,2024-03-11,2024-03-11,7\n");
  EXPECT_EQ(CountRows(*db_, "forecast_overrides"), 1);
  EXPECT_EQ(CountRows(*db_, "forecast_override_history"), 2);
}

TEST_F(ForecastOverrides, ValueAddedByPlannerAndReasonAgainstTheHandComputation) {
  // Ann sets LON to 50 a week for the weeks of 03-11 and 03-18; LON then sells 45 and 60.
  Load(*db_, "forecast-overrides",
       "item,location,from,to,quantity,reason,author\n"
       "A1,LON,2024-03-11,2024-03-24,50,spring campaign,ann\n");
  ASSERT_TRUE(RunPlan(*db_, options_).ok());  // statistical 30
  Load(*db_, "demand",
       "item,location,date,quantity\nA1,LON,2024-03-11,45\nA1,LON,2024-03-18,60\n"
       "A1,MAN,2024-03-11,10\nA1,MAN,2024-03-18,10\n");
  options_.as_of = MakeDate(2024, 3, 18);  // statistical (30 + 30 + 30 + 45) / 4 = 33.75
  ASSERT_TRUE(RunPlan(*db_, options_).ok());
  auto rows = MeasureForecastAccuracy(*db_, {MakeDate(2024, 3, 25), AccuracyBy::kPlanner, 2});
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  ASSERT_EQ(rows->size(), 2u);  // ann at lags 1 and 2; MAN had no override
  const AccuracyRow& lag1 = (*rows)[0];
  EXPECT_EQ(lag1.key, "ann");
  // Lag 1: statistical 30 and 33.75 against 45 and 60 → MAE (15 + 26.25) / 2 = 20.625;
  // final 50 and 50 → (5 + 10) / 2 = 7.5: the override added value.
  EXPECT_EQ(lag1.statistical.count, 2);
  EXPECT_NEAR(lag1.statistical.mae, 20.625, 1e-5);
  EXPECT_NEAR(lag1.final_forecast.mae, 7.5, 1e-5);
  // Lag 2: the first run's week of 03-18: statistical 30, final 50, actual 60.
  EXPECT_NEAR((*rows)[1].statistical.mae, 30.0, 1e-5);
  EXPECT_NEAR((*rows)[1].final_forecast.mae, 10.0, 1e-5);
  auto by_reason = MeasureForecastAccuracy(*db_, {MakeDate(2024, 3, 25), AccuracyBy::kReason, 1});
  ASSERT_TRUE(by_reason.ok());
  ASSERT_EQ(by_reason->size(), 1u);
  EXPECT_EQ(by_reason->front().key, "spring campaign");
}

// Each bad row is refused with its line and reason; the good row beside it is not written.
void ExpectRefused(sqlite::Database& db, const std::string& bad_row, const std::string& reason) {
  store::ImportOutcome outcome = Import(db, "forecast-overrides",
                                        "item,location,from,to,quantity,percent\n"
                                        "A1,LON,2024-03-11,2024-03-18,5,\n" +
                                            bad_row + "\n");
  ASSERT_FALSE(outcome.ok()) << bad_row;
  std::string problems = store::FormatProblems(outcome, "overrides.csv");
  EXPECT_NE(problems.find(reason), std::string::npos) << problems;
  EXPECT_NE(problems.find("line 3"), std::string::npos) << problems;
  EXPECT_EQ(CountRows(db, "forecast_overrides"), 0) << bad_row;
}

TEST_F(ForecastOverrides, BadRowsAreRefusedAndNothingIsWritten) {
  ExpectRefused(*db_, "A1,NOWHERE,2024-03-11,2024-03-18,5,", "NOWHERE");
  ExpectRefused(*db_, "Z9,LON,2024-03-11,2024-03-18,5,", "Z9");
  ExpectRefused(*db_, "A1,MAN,2024-03-11,2024-03-18,,-150", "below -100");
  ExpectRefused(*db_, "A1,MAN,2024-03-18,2024-03-11,5,", "before from");
  ExpectRefused(*db_, "A1,MAN,2024-03-11,2024-03-18,5,10", "exactly one of quantity");
}

}  // namespace
}  // namespace lagom::app
