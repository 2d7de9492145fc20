// A planner's actions on alerts: acknowledged and snoozed alerts leave the worklist and come
// back when their snooze ends or their condition gets more severe; bad requests write nothing.
#include "app/alert_actions.h"

#include <gtest/gtest.h>

#include "store/test_store.h"

namespace lagom::app {
namespace {

using store::AlertActionKind;
using store::AlertRecord;
using store::Handled;

const Date kToday = MakeDate(2024, 3, 11);

class AlertActions : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::testing::FreshStore();
    store::testing::LoadMasterData(*db_);
    Sync({Finding("A1", "LON", "warning"), Finding("B2", "MAN", "critical")});
  }

  std::int64_t IdOf(const std::string& table, const std::string& code) {
    auto stmt = db_->Prepare("SELECT id FROM " + table + " WHERE code = ?1");
    EXPECT_TRUE(stmt.ok());
    stmt->Bind(1, std::string_view(code));
    EXPECT_TRUE(*stmt->Step());
    return stmt->Int(0);
  }

  AlertRecord Finding(const std::string& item, const std::string& location,
                      const std::string& severity) {
    AlertRecord a;
    a.rule = "below-safety-stock";
    a.item_id = IdOf("items", item);
    a.location_id = IdOf("locations", location);
    a.severity = severity;
    a.message = item + " " + severity;
    return a;
  }

  void Sync(const std::vector<AlertRecord>& found) {
    ASSERT_TRUE(store::SyncAlerts(*db_, found, kToday, std::nullopt).ok());
  }

  // "item@location" of the alerts shown, in order.
  std::vector<std::string> Shown(Handled handled, Date today = kToday) {
    auto alerts = store::FindAlerts(*db_, {.handled = handled, .today = today});
    EXPECT_TRUE(alerts.ok());
    std::vector<std::string> out;
    for (const auto& a : *alerts) out.push_back(a.item_code + "@" + a.location_code);
    return out;
  }

  std::int64_t AlertId(const std::string& item) {
    auto all = store::FindAlerts(*db_, {.status = "", .handled = Handled::kInclude});
    for (const auto& a : *all) {
      if (a.item_code == item) return a.id;
    }
    ADD_FAILURE() << "no alert for " << item;
    return 0;
  }

  Result<std::size_t> Handle(AlertActionKind kind, std::vector<std::int64_t> ids,
                             std::optional<Date> until = std::nullopt) {
    return HandleAlerts(*db_, {kind, std::move(ids), until, "on it", "ann"}, kToday,
                        "2024-03-11T09:00:00Z");
  }

  std::unique_ptr<sqlite::Database> db_;
};

TEST_F(AlertActions, AnAcknowledgedAlertLeavesTheWorklistUntilItGetsWorse) {
  ASSERT_EQ(*Handle(AlertActionKind::kAcknowledge, {AlertId("A1")}), 1u);
  EXPECT_EQ(Shown(Handled::kHide), (std::vector<std::string>{"B2@MAN"}));
  EXPECT_EQ(Shown(Handled::kOnly), (std::vector<std::string>{"A1@LON"}));
  EXPECT_EQ(Shown(Handled::kInclude).size(), 2u);

  auto lower = Finding("A1", "LON", "info");  // better numbers: still acknowledged
  Sync({lower, Finding("B2", "MAN", "critical")});
  EXPECT_EQ(Shown(Handled::kOnly), (std::vector<std::string>{"A1@LON"}));

  Sync({Finding("A1", "LON", "critical"), Finding("B2", "MAN", "critical")});
  EXPECT_EQ(Shown(Handled::kOnly), std::vector<std::string>{});
  auto back = store::FindAlerts(*db_, {.item = "A1"});
  ASSERT_EQ(back->size(), 1u);
  EXPECT_EQ((*back)[0].acknowledged_by, "");
  EXPECT_EQ((*back)[0].handled_by, "ann");  // the last action stays on record
}

TEST_F(AlertActions, ASnoozedAlertComesBackOnItsDay) {
  ASSERT_TRUE(Handle(AlertActionKind::kSnooze, {AlertId("B2")}, MakeDate(2024, 3, 20)).ok());
  EXPECT_EQ(Shown(Handled::kHide), (std::vector<std::string>{"A1@LON"}));
  EXPECT_EQ(Shown(Handled::kHide, MakeDate(2024, 3, 19)), (std::vector<std::string>{"A1@LON"}));
  EXPECT_EQ(Shown(Handled::kHide, MakeDate(2024, 3, 20)).size(), 2u);

  ASSERT_TRUE(Handle(AlertActionKind::kReopen, {AlertId("B2")}).ok());
  EXPECT_EQ(Shown(Handled::kHide).size(), 2u);
  auto history = store::AlertHistory(*db_, AlertId("B2"));
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[0].kind, AlertActionKind::kSnooze);
  EXPECT_EQ((*history)[0].until, MakeDate(2024, 3, 20));
  EXPECT_EQ((*history)[0].by, "ann");
  EXPECT_EQ((*history)[0].at, "2024-03-11T09:00:00Z");
  EXPECT_EQ((*history)[1].kind, AlertActionKind::kReopen);
  EXPECT_EQ((*history)[1].until, std::nullopt);
}

TEST_F(AlertActions, BadRequestsNameTheFieldAndWriteNothing) {
  std::int64_t a1 = AlertId("A1");
  auto no_day = Handle(AlertActionKind::kSnooze, {a1});
  EXPECT_EQ(no_day.error().message, "until: a snooze needs the day it ends");
  auto past = Handle(AlertActionKind::kSnooze, {a1}, kToday);
  EXPECT_EQ(past.error().message, "until: 2024-03-11 is not after today (2024-03-11)");
  auto ack_until = Handle(AlertActionKind::kAcknowledge, {a1}, MakeDate(2024, 4, 1));
  EXPECT_EQ(ack_until.error().message, "until: only a snooze has an end day");
  EXPECT_EQ(Handle(AlertActionKind::kAcknowledge, {}).error().code, ErrorCode::kInvalidInput);

  auto unknown = Handle(AlertActionKind::kAcknowledge, {a1, 999});
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(unknown.error().message, "alert 999 does not exist");
  EXPECT_EQ(Shown(Handled::kHide).size(), 2u);  // a1 not acknowledged either: all or none
  EXPECT_TRUE(store::AlertHistory(*db_, a1)->empty());

  Sync({Finding("B2", "MAN", "critical")});  // A1's condition is gone: resolved
  auto resolved = Handle(AlertActionKind::kAcknowledge, {a1});
  EXPECT_EQ(resolved.error().code, ErrorCode::kConflict);
}

}  // namespace
}  // namespace lagom::app
