// Alerts after planning runs: which conditions the hand-computed store raises, that a
// condition is raised once and not again while it lasts, and that it is resolved when a
// later run no longer finds it.
#include "app/alerts.h"

#include <gtest/gtest.h>

#include <set>

#include "app/ledger_posting.h"
#include "app/planning_run.h"
#include "store/settings.h"
#include "store/test_store.h"

namespace lagom::app {
namespace {

using store::testing::Load;

// The store of planning_run_test.cc: A1@LON d 10 (moving average), lead time 2 weeks, cycle
// 95 %: SS 6.15, s 36.15, S 46.15 (as computed there); 15 on hand + 5 on order. B2@LON d 1 with 100
// on hand. B2@MAN d 3, nothing on hand, no supplier (L 0): Poisson(3) s 6, SS 3. Besides, C3@MAN
// has stock but no demand: 5 units of lot L1 expiring on 20 March and a purchase order line due on
// 1 March.
class Alerts : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    store::testing::LoadMasterData(*db_);
    Load(*db_, "items", "code\nC3\n");
    Load(*db_, "suppliers", "code,min_order_value\nACME,0\n");
    Load(*db_, "supply-terms",
         "item,supplier,lead_time_days,moq,order_multiple,unit_price,primary\n"
         "A1,ACME,14,24,6,2.40,true\n");
    Load(*db_, "stock",
         "item,location,lot,expiry,quantity\nA1,LON,,,15\nB2,LON,,,100\n"
         "C3,MAN,L1,2024-03-20,5\n");
    Load(*db_, "purchase-orders",
         "po_number,line,supplier,item,location,quantity,received,due_date\n"
         "P1,1,ACME,A1,LON,10,5,2024-03-13\nP3,1,ACME,C3,MAN,8,2,2024-03-01\n");
    Load(*db_, "demand",
         "item,location,date,quantity\n"
         "A1,LON,2024-02-12,8\nA1,LON,2024-02-19,12\nA1,LON,2024-02-26,10\n"
         "A1,LON,2024-03-04,10\n"
         "B2,LON,2024-02-12,1\nB2,LON,2024-02-19,1\nB2,LON,2024-02-26,1\nB2,LON,2024-03-04,1\n"
         "B2,MAN,2024-03-05,3\n");
    options_.as_of = MakeDate(2024, 3, 11);
    options_.history_periods = 4;
    options_.service_kind = ServiceKind::kCycleService;
    options_.service_target = 0.95;
    options_.forecast_method = "ma";  // moving average of the 4 history periods
  }

  std::set<std::string> Open() {
    auto open = store::FindAlerts(*db_, {});
    EXPECT_TRUE(open.ok());
    std::set<std::string> out;
    for (const auto& a : *open) {
      out.insert(a.rule + " " + a.item_code + "@" + a.location_code +
                 (a.subject.empty() ? "" : " " + a.subject) + " " + a.severity);
    }
    return out;
  }

  std::unique_ptr<sqlite::Database> db_;
  PlanOptions options_;
};

TEST_F(Alerts, ThePlanningRunRaisesWhatTheHandComputationSays) {
  auto run = RunPlan(*db_, options_);
  ASSERT_TRUE(run.ok()) << run.error().message;
  // A1@LON: position 20 ≤ s 36.15; on hand 15 ≥ SS 6.15; projected 10, 0, −10: the first
  // stock-out ends period 2, and 2 + 1 > 2 periods of lead time: no expedite.
  // B2@LON: 100 on hand cover 100 weeks = 700 days ≥ 365.
  // B2@MAN: position 0 ≤ s 6 and on hand 0 < SS 3.
  // C3@MAN: never sold with 5 on hand; lot L1 expires in 9 days (< 30); P3/1 10 days late.
  EXPECT_EQ(Open(), (std::set<std::string>{
                        "reorder-point A1@LON info",
                        "overstock B2@LON warning",
                        "reorder-point B2@MAN info",
                        "below-safety-stock B2@MAN warning",
                        "dead-stock C3@MAN warning",
                        "expiring-lot C3@MAN L1 warning",
                        "late-order C3@MAN P3/1 warning",
                    }));
  EXPECT_EQ(run->alerts.raised, 7);
  auto late = store::FindAlerts(*db_, {.rule = "late-order"});
  ASSERT_EQ(late->size(), 1u);
  EXPECT_DOUBLE_EQ(late->front().value, 10);
  EXPECT_DOUBLE_EQ(late->front().quantity, 6);
  EXPECT_EQ(late->front().raised_run_id, run->run.id);
}

TEST_F(Alerts, RaisedOnceWhileTheConditionLastsThenResolved) {
  ASSERT_TRUE(RunPlan(*db_, options_).ok());
  auto first = store::FindAlerts(*db_, {});
  auto again = RunPlan(*db_, options_);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->alerts.raised, 0);
  EXPECT_EQ(again->alerts.ongoing, 7);
  EXPECT_EQ(again->alerts.resolved, 0);
  auto second = store::FindAlerts(*db_, {});
  ASSERT_EQ(second->size(), first->size());
  for (std::size_t i = 0; i < first->size(); ++i) {
    EXPECT_EQ((*second)[i].id, (*first)[i].id);  // the same alerts, not new ones
    EXPECT_EQ((*second)[i].raised_run_id, (*first)[i].raised_run_id);
    EXPECT_EQ((*second)[i].message, (*first)[i].message);
  }
  // 500 more of A1 at LON: position 520 > S 46.15 (cover 52 weeks = 364 days < 365: only
  // above the maximum), no longer at the reorder point.
  Load(*db_, "stock", "item,location,quantity\nA1,LON,515\n");
  auto third = RunPlan(*db_, options_);
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third->alerts.raised, 1);
  EXPECT_EQ(third->alerts.resolved, 1);
  EXPECT_TRUE(Open().contains("overstock A1@LON info"));
  EXPECT_FALSE(Open().contains("reorder-point A1@LON info"));
  auto resolved = store::FindAlerts(*db_, {.status = "resolved"});
  ASSERT_EQ(resolved->size(), 1u);
  EXPECT_EQ(resolved->front().rule, "reorder-point");
  EXPECT_EQ(resolved->front().resolved_on, MakeDate(2024, 3, 11));
}

// The alerts read the stock ledger: scrapping lot L1 through a posted movement ends both the
// expiring-lot and the dead-stock conditions of C3@MAN.
TEST_F(Alerts, MovementsPostedToTheLedgerResolveTheirConditions) {
  ASSERT_TRUE(RunPlan(*db_, options_).ok());
  MovementRequest scrap{.key = "scrap-L1",
                        .type = ledger::MovementType::kScrap,
                        .date = MakeDate(2024, 3, 11),
                        .item = "C3",
                        .location = "MAN",
                        .lot = "L1",
                        .quantity = Quantity::FromUnits(5)};
  auto posted = PostMovement(*db_, scrap);
  ASSERT_TRUE(posted.ok()) << posted.error().message;
  auto run = RunPlan(*db_, options_);
  ASSERT_TRUE(run.ok());
  EXPECT_EQ(run->alerts.resolved, 2);
  EXPECT_FALSE(Open().contains("expiring-lot C3@MAN L1 warning"));
  EXPECT_FALSE(Open().contains("dead-stock C3@MAN warning"));
  EXPECT_TRUE(Open().contains("late-order C3@MAN P3/1 warning"));
}

// Synced one stock point at a time (each item a chunk), the runs find and resolve exactly
// what one sync does — including the open alert of an item no run looks at any more.
TEST_F(Alerts, ChunkedSyncFindsWhatOneSyncFinds) {
  options_.alert_chunk_points = 1;
  auto first = RunPlan(*db_, options_);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->alerts.raised, 7);
  std::set<std::string> chunked = Open();
  // An open alert no run finds any more, of D4: item 4, with no stock or demand, after the
  // last chunk's stock points.
  Load(*db_, "items", "code\nD4\n");
  ASSERT_TRUE(db_->Execute("INSERT INTO alerts (rule, item_id, location_id, subject, severity, "
                           "value, limit_value, quantity, message, raised_on) VALUES "
                           "('negative-stock', 4, 2, 'stale', 'critical', 0, 0, 0, 'old', "
                           "'2024-03-04')")
                  .ok());
  auto second = RunPlan(*db_, options_);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->alerts.ongoing, 7);
  EXPECT_EQ(second->alerts.resolved, 1);
  EXPECT_EQ(Open(), chunked);
  options_.alert_chunk_points = 65536;
  auto whole = RunPlan(*db_, options_);
  EXPECT_EQ(whole->alerts.ongoing, 7);
  EXPECT_EQ(whole->alerts.raised + whole->alerts.resolved, 0);
}

TEST_F(Alerts, AConditionThatComesBackIsANewAlert) {
  store::AlertRecord a{.rule = "negative-stock",
                       .item_id = 1,
                       .location_id = 1,
                       .severity = "critical",
                       .message = "below zero"};
  store::AlertRecord b = a;
  b.rule = "dead-stock";
  Date day = MakeDate(2024, 3, 11);
  std::vector<store::AlertRecord> both = {a, b}, one = {a};
  EXPECT_EQ(store::SyncAlerts(*db_, both, day, std::nullopt)->raised, 2);
  auto second = store::SyncAlerts(*db_, one, day, std::nullopt);
  EXPECT_EQ(second->ongoing, 1);
  EXPECT_EQ(second->resolved, 1);
  EXPECT_EQ(store::SyncAlerts(*db_, both, day, std::nullopt)->raised, 1);
  EXPECT_EQ(store::testing::CountRows(*db_, "alerts"), 3);
  EXPECT_EQ(*store::CountAlerts(*db_, {.status = ""}), 3);
  EXPECT_EQ(*store::CountAlerts(*db_, {.severities = {"critical"}}), 2);
  EXPECT_EQ(*store::CountAlerts(*db_, {.severities = {"info", "warning"}}), 0);
}

TEST_F(Alerts, SettingsAreChecked) {
  auto settings = LoadSettings(*db_);
  ASSERT_TRUE(settings.ok());
  AlertSettings alert = AlertSettingsOf(*settings);
  EXPECT_EQ(alert.limits.expiry_days, 30);
  EXPECT_EQ(alert.tracking_periods, 6);
  // A value written behind Lagom's back (below the minimum of 2) is reported, not used.
  ASSERT_TRUE(store::WriteSettings(*db_, {{"alert.tracking_periods", "1"}}).ok());
  auto refused = LoadSettings(*db_);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("alert.tracking_periods"), std::string::npos);
}

}  // namespace
}  // namespace lagom::app
