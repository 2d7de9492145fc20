// Schedules (when a job is due) and the scheduled jobs' bookkeeping. Times are worked out
// by hand from the calendar: 5 Dec 2026 is a Saturday, 30 Nov 2026 a Monday.
#include "app/scheduled_jobs.h"

#include <gtest/gtest.h>

#include "app/settings.h"
#include "store/job_store.h"
#include "store/test_store.h"

namespace lagom::app {
namespace {

using namespace std::chrono;

TimePoint At(int y, unsigned m, unsigned d, int hh, int mm) {
  return TimePoint(sys_days(year(y) / month(m) / day(d))) + hours(hh) + minutes(mm);
}

std::string Last(const char* schedule, TimePoint now) {
  return JobTime(*LastDue(*ParseSchedule(schedule), now));
}
std::string Next(const char* schedule, TimePoint now) {
  return JobTime(*NextDue(*ParseSchedule(schedule), now));
}

TEST(Schedule, ReadsTheFormsAndRefusesOthers) {
  for (const char* good :
       {"", "every 15m", "every 2h", "daily 02:00", "weekly Mon 02:00", "monthly 1 03:00"}) {
    EXPECT_TRUE(ParseSchedule(good)) << good;
  }
  for (const char* bad : {"daily 2am", "daily 24:00", "every 0m", "every 25h", "monthly 31 03:00",
                          "weekly Funday 02:00", "hourly", "daily 02:00 extra"}) {
    auto parsed = ParseSchedule(bad);
    ASSERT_FALSE(parsed) << bad;
    EXPECT_NE(parsed.error().message.find("is not a schedule"), std::string::npos);
  }
  EXPECT_FALSE(LastDue(*ParseSchedule(""), At(2026, 12, 5, 1, 0)));
}

TEST(Schedule, LastAndNextDueTimes) {
  TimePoint saturday_0100 = At(2026, 12, 5, 1, 0);
  EXPECT_EQ(Last("daily 02:00", saturday_0100), "2026-12-04T02:00:00Z");
  EXPECT_EQ(Next("daily 02:00", saturday_0100), "2026-12-05T02:00:00Z");
  EXPECT_EQ(Last("daily 02:00", At(2026, 12, 5, 2, 0)), "2026-12-05T02:00:00Z");  // at: due
  EXPECT_EQ(Last("weekly Mon 02:00", saturday_0100), "2026-11-30T02:00:00Z");
  EXPECT_EQ(Next("weekly Mon 02:00", saturday_0100), "2026-12-07T02:00:00Z");
  EXPECT_EQ(Last("monthly 1 03:00", At(2026, 12, 1, 2, 0)), "2026-11-01T03:00:00Z");
  EXPECT_EQ(Next("monthly 1 03:00", At(2026, 12, 1, 2, 0)), "2026-12-01T03:00:00Z");
  EXPECT_EQ(Last("every 15m", At(2026, 12, 5, 10, 7)), "2026-12-05T10:00:00Z");
  EXPECT_EQ(Next("every 15m", At(2026, 12, 5, 10, 7)), "2026-12-05T10:15:00Z");
  EXPECT_EQ(Next("every 7h", At(2026, 12, 5, 22, 0)), "2026-12-06T00:00:00Z");  // from midnight
}

std::vector<std::string> Due(sqlite::Database& db, TimePoint now, TimePoint baseline) {
  auto due = DueJobs(db, now, baseline);
  EXPECT_TRUE(due) << due.error().message;
  std::vector<std::string> names;
  for (const JobSpec* job : *due) names.emplace_back(job->name);
  return names;
}

const JobSpec& Job(std::string_view name) {
  for (const JobSpec& job : ScheduledJobs()) {
    if (job.name == name) return job;
  }
  throw std::logic_error("no job");
}

TEST(ScheduledJobs, RunWhenDueOnceAndAMissedScheduleOnceOnStart) {
  auto db = store::testing::FreshStore();
  ASSERT_TRUE(ChangeSettings(*db, {{"schedule.plan", "daily 02:00"}}));
  TimePoint started = At(2026, 12, 5, 1, 0);  // the server's start
  // Never run: nothing due before 02:00 (setting a schedule does not start the job).
  EXPECT_TRUE(Due(*db, At(2026, 12, 5, 1, 30), started).empty());
  EXPECT_EQ(Due(*db, At(2026, 12, 5, 2, 0), started), std::vector<std::string>{"plan"});
  ASSERT_TRUE(RunScheduledJob(*db, Job("plan"), At(2026, 12, 5, 2, 0)));
  EXPECT_TRUE(Due(*db, At(2026, 12, 5, 23, 59), started).empty());  // ran today
  // The server was down from Sunday to Tuesday 10:00: three 02:00s missed, one run.
  TimePoint restart = At(2026, 12, 8, 10, 0);
  EXPECT_EQ(Due(*db, restart, restart), std::vector<std::string>{"plan"});
  ASSERT_TRUE(RunScheduledJob(*db, Job("plan"), restart));
  EXPECT_TRUE(Due(*db, At(2026, 12, 8, 10, 1), restart).empty());
  auto states = JobStates(*db, At(2026, 12, 8, 10, 1));
  ASSERT_TRUE(states);
  EXPECT_EQ((*states)[0].status, "ok") << (*states)[0].error;
  EXPECT_EQ((*states)[0].started_at, "2026-12-08T10:00:00Z");
  EXPECT_EQ((*states)[0].next_due, "2026-12-09T02:00:00Z");
}

TEST(ScheduledJobs, RecordTheErrorOfAFailedRunAndNeverStartARunningOne) {
  auto db = store::testing::FreshStore();
  ASSERT_TRUE(ChangeSettings(*db, {{"schedule.sync.tryton", "every 15m"}}));
  ASSERT_TRUE(RunScheduledJob(*db, Job("sync.tryton"), At(2026, 12, 5, 10, 0)));
  auto runs = store::ReadJobRuns(*db);
  ASSERT_TRUE(runs);
  EXPECT_EQ((*runs)["sync.tryton"].status, "failed");
  EXPECT_NE((*runs)["sync.tryton"].error.find("set sync.tryton.url"), std::string::npos);
  // Started at 10:15 and still running at 10:30: not started again.
  ASSERT_TRUE(store::RecordJobStart(*db, "sync.tryton", "2026-12-05T10:15:00Z"));
  EXPECT_TRUE(Due(*db, At(2026, 12, 5, 10, 30), At(2026, 12, 5, 9, 0)).empty());
  // A server that starts finds it interrupted: failed, and due again.
  ASSERT_TRUE(store::FailInterruptedJobs(*db));
  EXPECT_EQ(Due(*db, At(2026, 12, 5, 10, 30), At(2026, 12, 5, 10, 30)),
            std::vector<std::string>{"sync.tryton"});
}

TEST(ScheduledJobs, ScheduleSettingsAreChecked) {
  auto db = store::testing::FreshStore();
  Status refused = ChangeSettings(*db, {{"schedule.plan", "nightly"}});
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("schedule.plan"), std::string::npos);
}

}  // namespace
}  // namespace lagom::app
