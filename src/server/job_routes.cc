#include "server/job_routes.h"

#include "app/scheduled_jobs.h"

namespace lagom::server {

namespace {

void ListJobs(RequestContext& c) {
  auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  auto states = app::JobStates(c.db, now);
  if (!states) return SendError(c.res, states.error());
  Json items = Json::array();
  for (const app::JobState& s : *states) {
    items.push_back({{"job", s.job->name},
                     {"setting", s.job->setting},
                     {"schedule", s.schedule},
                     {"next_due", s.next_due},
                     {"status", s.status},
                     {"started_at", s.started_at},
                     {"finished_at", s.finished_at},
                     {"duration_ms", s.duration_ms},
                     {"error", s.error},
                     {"meaning", s.job->help}});
  }
  SendJson(c.res, {{"items", items}});
}

}  // namespace

void AddJobRoutes(Router& router) {
  router.Add(
      {"GET",
       "/api/v1/jobs",
       app::Permission::kRead,
       {"Scheduled jobs: schedule, next due time, last run's status, duration, error", "jobs"},
       ListJobs});
}

}  // namespace lagom::server
