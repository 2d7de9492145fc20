#include "app/scheduled_jobs.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>

#include "app/classification.h"
#include "app/erp_sync.h"
#include "app/planning_run.h"
#include "app/settings.h"
#include "connectors/tryton/tryton_connector.h"
#include "store/job_store.h"

namespace lagom::app {

namespace {

Status Plan(sqlite::Database& db, Date today) {
  auto run = RunPlan(db, {today});
  return run ? Status() : Status(run.error());
}

Status Classify(sqlite::Database& db, Date today) {
  auto options = DefaultClassifyOptions(db, today);
  if (!options) return options.error();
  auto run = RunClassification(db, *options);
  return run ? Status() : Status(run.error());
}

// The Tryton named by the sync.tryton.* settings, password from LAGOM_TRYTON_PASSWORD.
Status SyncTryton(sqlite::Database& db, Date today) {
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  const char* password = std::getenv("LAGOM_TRYTON_PASSWORD");
  connectors::ErpEndpoint at{settings->Text("sync.tryton.url"),
                             settings->Text("sync.tryton.database"),
                             settings->Text("sync.tryton.user"), password ? password : ""};
  if (at.url.empty() || at.database.empty() || at.user.empty() || !password) {
    return InvalidInput("set sync.tryton.url, .database, .user and LAGOM_TRYTON_PASSWORD");
  }
  auto tryton = connectors::MakeTrytonConnector(at);
  auto report = SyncErp(db, *tryton, at.url + "/" + at.database, {today});
  if (!report) return report.error();
  if (!report->push_errors.empty()) return IoError(report->push_errors.front());
  return {};
}

constexpr JobSpec kJobs[] = {
    {"plan", "schedule.plan", "the planning run, as of the day it runs", Plan},
    {"classify", "schedule.classify", "ABC/XYZ classification with the classify.* settings",
     Classify},
    {"sync.tryton", "schedule.sync.tryton", "`lagom sync tryton` with the sync.tryton.* settings",
     SyncTryton},
};

Result<std::optional<Schedule>> ScheduleOf(const Settings& settings, const JobSpec& job) {
  auto schedule = ParseSchedule(settings.Text(job.setting));
  if (!schedule) return schedule.error();
  return std::optional<Schedule>(*schedule);
}

}  // namespace

std::span<const JobSpec> ScheduledJobs() {
  return kJobs;
}

std::string JobTime(TimePoint time) {
  return fmt::format("{:%Y-%m-%dT%H:%M:%S}Z",
                     fmt::gmtime(std::chrono::system_clock::to_time_t(time)));
}

Result<std::vector<JobState>> JobStates(sqlite::Database& db, TimePoint now) {
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  auto runs = store::ReadJobRuns(db);
  if (!runs) return runs.error();
  std::vector<JobState> out;
  for (const JobSpec& job : kJobs) {
    auto schedule = ScheduleOf(*settings, job);
    if (!schedule) return schedule.error();
    JobState state{&job, settings->Text(job.setting)};
    if (auto next = NextDue(**schedule, now)) state.next_due = JobTime(*next);
    if (auto run = runs->find(std::string(job.name)); run != runs->end()) {
      state.status = run->second.status;
      state.started_at = run->second.started_at;
      state.finished_at = run->second.finished_at;
      state.error = run->second.error;
      state.duration_ms = run->second.duration_ms;
    }
    out.push_back(std::move(state));
  }
  return out;
}

Result<std::vector<const JobSpec*>> DueJobs(sqlite::Database& db, TimePoint now,
                                            TimePoint baseline) {
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  auto runs = store::ReadJobRuns(db);
  if (!runs) return runs.error();
  std::vector<const JobSpec*> due;
  for (const JobSpec& job : kJobs) {
    auto schedule = ScheduleOf(*settings, job);
    if (!schedule) return schedule.error();
    auto last_due = LastDue(**schedule, now);
    if (!last_due) continue;
    auto run = runs->find(std::string(job.name));
    std::string since = run == runs->end() ? JobTime(baseline) : run->second.started_at;
    if (run != runs->end() && run->second.status == "running") continue;
    if (JobTime(*last_due) > since) due.push_back(&job);
  }
  return due;
}

Status RunScheduledJob(sqlite::Database& db, const JobSpec& job, TimePoint now) {
  std::string name(job.name);
  if (Status started = store::RecordJobStart(db, name, JobTime(now)); !started) return started;
  auto wall = std::chrono::steady_clock::now();
  Status done = job.run(db, Date(std::chrono::floor<std::chrono::days>(now)));
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  wall);
  auto finished = now + std::chrono::duration_cast<std::chrono::seconds>(ms);
  return store::RecordJobEnd(db, name, JobTime(finished), ms.count(),
                             done ? "" : done.error().message);
}

Status FailInterruptedJobs(sqlite::Database& db) {
  return store::FailInterruptedJobs(db);
}

}  // namespace lagom::app
