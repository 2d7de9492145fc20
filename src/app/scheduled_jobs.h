// The jobs `lagom serve` runs on a schedule, declared once: name, the setting holding its
// schedule (app/schedule.h), what it does. A job is due when its schedule's latest due time
// is after its last start — so a schedule missed while the server was down runs once when
// it starts again; a job never run counts from `baseline` (the server's start), so
// setting a schedule does not start the job at once. A job's start is recorded before it
// runs, its end (status, duration, error) after: GET /api/v1/jobs reads them.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/schedule.h"
#include "core/date.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::app {

struct JobSpec {
  std::string_view name;     // "plan"
  std::string_view setting;  // "schedule.plan"
  std::string_view help;
  Status (*run)(sqlite::Database& db, Date today);
};

std::span<const JobSpec> ScheduledJobs();

struct JobState {
  const JobSpec* job = nullptr;
  std::string schedule;  // the setting's text; "" never
  std::string next_due;  // UTC; "" when never
  std::string status;    // "" when never run; running, ok, failed
  std::string started_at, finished_at, error;
  std::int64_t duration_ms = 0;
};

Result<std::vector<JobState>> JobStates(sqlite::Database& db, TimePoint now);

// The jobs due at `now` (see above).
Result<std::vector<const JobSpec*>> DueJobs(sqlite::Database& db, TimePoint now,
                                            TimePoint baseline);

// Records the start, runs the job (today = `now`'s UTC date), records the end. The job's own
// failure is recorded, not returned; the Status fails only when the record cannot be written.
Status RunScheduledJob(sqlite::Database& db, const JobSpec& job, TimePoint now);

// UTC "YYYY-MM-DDTHH:MM:SSZ".
std::string JobTime(TimePoint time);

// When a server starts: the runs its last process left "running" were cut short by its end
// and are recorded as failed, so that a job is not thought to be still running.
Status FailInterruptedJobs(sqlite::Database& db);

}  // namespace lagom::app
