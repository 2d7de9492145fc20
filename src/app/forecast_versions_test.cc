// Forecast versions: each planning run keeps its forecast per stock point and period, which
// reads back by run, and old runs' versions go after forecast.keep_versions_days.
#include "app/forecast_versions.h"

#include <gtest/gtest.h>

#include "app/forecast_accuracy.h"
#include "app/planning_run.h"
#include "app/settings.h"
#include "store/forecast_versions.h"
#include "store/test_store.h"

namespace lagom::app {
namespace {

using store::testing::Load;

class ForecastVersions : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    store::testing::LoadMasterData(*db_);
    // A1@LON (unit cost 2.50) sells 8, 12, 10, 10 in the four weeks before 2024-03-11, then
    // 14 and 6.
    Load(*db_, "demand",
         "item,location,date,quantity\n"
         "A1,LON,2024-02-12,8\nA1,LON,2024-02-19,12\nA1,LON,2024-02-26,10\n"
         "A1,LON,2024-03-04,10\nA1,LON,2024-03-11,14\nA1,LON,2024-03-18,6\n");
    options_.as_of = MakeDate(2024, 3, 11);
    options_.history_periods = 4;
    options_.forecast_method = "ma";  // the mean of the last 4 weeks, flat over the horizon
  }
  std::unique_ptr<sqlite::Database> db_;
  PlanOptions options_;
};

TEST_F(ForecastVersions, EachRunKeepsItsForecastPerPeriod) {
  auto first = RunPlan(*db_, options_);
  ASSERT_TRUE(first.ok()) << first.error().message;
  options_.as_of = MakeDate(2024, 3, 18);  // a week later: history 12, 10, 10, 14 → 11.5
  auto second = RunPlan(*db_, options_);
  ASSERT_TRUE(second.ok()) << second.error().message;

  auto rows = StockPointForecastVersions(*db_, "A1", "LON", std::nullopt);
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  ASSERT_EQ(rows->size(), 2u * 26u);  // plan.horizon_periods = 26 per run
  const ForecastVersionRow& newest = rows->front();
  EXPECT_EQ(newest.plan_run_id, second->run.id);
  EXPECT_EQ(newest.period_start, MakeDate(2024, 3, 18));
  EXPECT_EQ(newest.lag, 1);
  EXPECT_NEAR(newest.statistical, 11.5, 1e-6);
  EXPECT_NEAR(newest.final_forecast, 11.5, 1e-6);     // nothing changed it
  const ForecastVersionRow& older = (*rows)[26 + 1];  // the first run's second period
  EXPECT_EQ(older.plan_run_id, first->run.id);
  EXPECT_EQ(older.period_start, MakeDate(2024, 3, 18));
  EXPECT_EQ(older.lag, 2);
  EXPECT_NEAR(older.statistical, 10.0, 1e-6);

  auto only_first = StockPointForecastVersions(*db_, "A1", "LON", first->run.id);
  ASSERT_TRUE(only_first.ok());
  EXPECT_EQ(only_first->size(), 26u);
  auto unknown = StockPointForecastVersions(*db_, "A1", "NOWHERE", std::nullopt);
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message.find("NOWHERE"), std::string::npos);
}

TEST_F(ForecastVersions, RunsOlderThanTheRetentionLoseTheirVersions) {
  ASSERT_TRUE(ChangeSettings(*db_, {{"forecast.keep_versions_days", "14"}}).ok());
  auto first = RunPlan(*db_, options_);  // as of 2024-03-11
  ASSERT_TRUE(first.ok());
  options_.as_of = MakeDate(2024, 3, 25);  // 14 days later: the first run is still kept
  ASSERT_TRUE(RunPlan(*db_, options_).ok());
  EXPECT_EQ(StockPointForecastVersions(*db_, "A1", "LON", first->run.id)->size(), 26u);
  options_.as_of = MakeDate(2024, 3, 26);  // 15 days after the first run: it goes
  ASSERT_TRUE(RunPlan(*db_, options_).ok());
  EXPECT_TRUE(StockPointForecastVersions(*db_, "A1", "LON", first->run.id)->empty());
  EXPECT_EQ(StockPointForecastVersions(*db_, "A1", "LON", std::nullopt)->size(), 2u * 26u);
}

TEST_F(ForecastVersions, AccuracyOfTheKeptForecastsMatchesTheHandComputation) {
  ASSERT_TRUE(RunPlan(*db_, options_).ok());  // as of 03-11: 10 per week
  options_.as_of = MakeDate(2024, 3, 18);     // 12, 10, 10, 14 → 11.5 per week
  ASSERT_TRUE(RunPlan(*db_, options_).ok());
  // As of 03-25 the weeks of 03-11 (actual 14) and 03-18 (actual 6) are complete.
  // Lag 1: 10 for 14 and 11.5 for 6; lag 2: the first run's 10 for 6.
  // MASE's scale: the naive MAE of 8, 12, 10, 10, 14, 6 (from the first demand) = 18/5 = 3.6.
  auto rows = MeasureForecastAccuracy(*db_, {MakeDate(2024, 3, 25), AccuracyBy::kStockPoint, 3});
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  auto row = [&](int lag) -> const AccuracyRow* {
    for (const AccuracyRow& r : *rows) {
      if (r.key == "A1@LON" && r.lag == lag) return &r;
    }
    return nullptr;
  };
  ASSERT_NE(row(1), nullptr);
  ASSERT_NE(row(2), nullptr);
  EXPECT_EQ(row(3), nullptr);  // the first run's third week, 03-25, is not complete
  const analysis::AccuracyMeasures& lag1 = row(1)->statistical;
  // errors (actual − forecast) 4 and −5.5
  EXPECT_EQ(lag1.count, 2);
  EXPECT_NEAR(lag1.mae, 4.75, 1e-5);
  EXPECT_NEAR(*lag1.mase, 4.75 / 3.6, 1e-5);
  EXPECT_NEAR(*lag1.bias, 21.5 / 20.0, 1e-5);
  EXPECT_NEAR(*lag1.tracking_signal, -1.5 / 4.75, 1e-5);
  EXPECT_NEAR(*lag1.wmape, 9.5 * 2.5 / (20.0 * 2.5), 1e-5);
  EXPECT_NEAR(row(1)->final_forecast.mae, 4.75, 1e-5);  // no overrides: final = statistical
  const analysis::AccuracyMeasures& lag2 = row(2)->statistical;  // error −4
  EXPECT_EQ(lag2.count, 1);
  EXPECT_NEAR(lag2.mae, 4.0, 1e-5);
  EXPECT_NEAR(*lag2.bias, 10.0 / 6.0, 1e-5);
  EXPECT_NEAR(*lag2.tracking_signal, -1.0, 1e-5);
  EXPECT_NEAR(*lag2.mase, 4.0 / 3.6, 1e-5);

  auto company = MeasureForecastAccuracy(*db_, {MakeDate(2024, 3, 25), AccuracyBy::kCompany, 1});
  ASSERT_TRUE(company.ok());
  ASSERT_FALSE(company->empty());
  EXPECT_EQ(company->front().key, "company");
  EXPECT_FALSE(
      MeasureForecastAccuracy(*db_, {MakeDate(2024, 3, 25), AccuracyBy::kCompany, 0}).ok());
}

TEST(ForecastPathEncoding, DropsTrailingRepeatsAndRestoresThem) {
  std::vector<double> path{1.5, 2.0, 3.0, 3.0, 3.0};
  std::string bytes = store::EncodeForecastPath(path);
  EXPECT_EQ(bytes.size(), 3u * 4u);  // 1.5, 2, 3 as float32
  EXPECT_EQ(store::DecodeForecastPath(bytes, 5), path);
  std::vector<double> level(26, 7.25);
  EXPECT_EQ(store::EncodeForecastPath(level).size(), 4u);
  EXPECT_EQ(store::DecodeForecastPath(store::EncodeForecastPath(level), 26), level);
}

}  // namespace
}  // namespace lagom::app
