// Events in the planning run: a past campaign is cleansed out of the baseline and measures
// the uplift a coming one of the same type gets; a planned uplift wins; bad events are
// refused with their reason and nothing is written.
#include "app/forecast_events.h"

#include <gtest/gtest.h>

#include "app/forecast_versions.h"
#include "app/planning_run.h"
#include "store/test_store.h"

namespace lagom::app {
namespace {

using store::testing::CountRows;
using store::testing::Import;
using store::testing::Load;

class ForecastEvents : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    store::testing::LoadMasterData(*db_);
    // A1@LON: 30, 30, 60, 30 in the four weeks before 2024-03-11; the 60 was a promotion.
    Load(*db_, "demand",
         "item,location,date,quantity\nA1,LON,2024-02-12,30\nA1,LON,2024-02-19,30\n"
         "A1,LON,2024-02-26,60\nA1,LON,2024-03-04,30\n");
    options_.as_of = MakeDate(2024, 3, 11);
    options_.history_periods = 4;
    options_.forecast_method = "ma";
  }
  std::vector<double> Path(bool final_forecast) {
    auto rows = StockPointForecastVersions(*db_, "A1", "LON", std::nullopt);
    EXPECT_TRUE(rows.ok());
    std::vector<double> path;
    for (const ForecastVersionRow& r : *rows) {
      path.push_back(final_forecast ? r.final_forecast : r.statistical);
    }
    path.resize(4);
    return path;
  }
  std::unique_ptr<sqlite::Database> db_;
  PlanOptions options_;
};

TEST_F(ForecastEvents, APastCampaignIsCleansedAndMeasuresTheComingOnesUplift) {
  Load(*db_, "events",
       "code,type,items,groups,locations,from,to,uplift_percent\n"
       "FEB,promotion,A1,,LON,2024-02-26,2024-03-03,\n"
       "MAR,promotion,A1,,,2024-03-18,2024-03-24,\n");
  auto run = RunPlan(*db_, options_);
  ASSERT_TRUE(run.ok()) << run.error().message;
  // Cleansed: the promotion week takes the baseline 30 (its neighbours' level), so the
  // 4-week mean is 30, not 37.5; the uplift measured is 60 / 30 = 2: +100 % in the week of
  // 03-18.
  EXPECT_EQ(Path(false), (std::vector<double>{30, 30, 30, 30}));
  EXPECT_EQ(Path(true), (std::vector<double>{30, 60, 30, 30}));
}

TEST_F(ForecastEvents, APlannedUpliftWinsAndAClosureStopsDemand) {
  Load(*db_, "events",
       "code,type,items,groups,locations,from,to,uplift_percent\n"
       "EASTER,promotion,A1,,,2024-03-18,2024-03-24,50\n"
       "WORKS,closure,A1,,LON,2024-03-25,2024-04-07,\n");
  ASSERT_TRUE(RunPlan(*db_, options_).ok());
  // Statistical (no past event in the history): (30 + 30 + 60 + 30) / 4 = 37.5.
  EXPECT_EQ(Path(true), (std::vector<double>{37.5, 56.25, 0, 0}));
}

void ExpectRefused(sqlite::Database& db, const std::string& bad_row, const std::string& reason) {
  store::ImportOutcome outcome = Import(db, "events",
                                        "code,type,items,locations,from,to,uplift_percent\n"
                                        "OK1,promotion,A1,LON,2024-03-18,2024-03-24,20\n" +
                                            bad_row + "\n");
  ASSERT_FALSE(outcome.ok()) << bad_row;
  std::string problems = store::FormatProblems(outcome, "events.csv");
  EXPECT_NE(problems.find(reason), std::string::npos) << problems;
  EXPECT_NE(problems.find("line 3"), std::string::npos) << problems;
  EXPECT_EQ(CountRows(db, "events"), 0) << bad_row;
}

TEST_F(ForecastEvents, BadEventsAreRefusedAndNothingIsWritten) {
  ExpectRefused(*db_, "BAD,promotion,A1,LON,2024-03-24,2024-03-18,20", "is before from");
  ExpectRefused(*db_, "BAD,promotion,A1 Z9,LON,2024-03-18,2024-03-24,20", "unknown item 'Z9'");
  ExpectRefused(*db_, "BAD,promotion,A1,NOWHERE,2024-03-18,2024-03-24,20",
                "unknown location 'NOWHERE'");
  ExpectRefused(*db_, "BAD,promotion,A1,LON,2024-03-18,2024-03-24,-120", "below -100");
  ExpectRefused(*db_, "BAD,party,A1,LON,2024-03-18,2024-03-24,20", "party");
}

}  // namespace
}  // namespace lagom::app
