// `lagom serve`'s scheduler: every second it asks app/scheduled_jobs which jobs are due and
// runs each on a thread and connection of its own. A job runs one at a time: while it runs
// it is not started again (its start is recorded before it runs, and the scheduler keeps
// the jobs it is running). Jobs still "running" in the database when it starts were cut
// short by the previous server's end: they are recorded as failed. Thread-safe.
#pragma once

#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include "app/scheduled_jobs.h"
#include "server/background_loop.h"

namespace lagom::server {

class JobScheduler {
 public:
  explicit JobScheduler(std::string db_path);
  ~JobScheduler();  // waits for running jobs
  JobScheduler(const JobScheduler&) = delete;
  JobScheduler& operator=(const JobScheduler&) = delete;

 private:
  void Tick();
  void Run(const app::JobSpec* job);

  std::string db_path_;
  app::TimePoint baseline_;
  std::unique_ptr<sqlite::Database> db_;
  std::mutex mutex_;
  std::set<const app::JobSpec*> running_;
  std::map<const app::JobSpec*, std::thread> threads_;
  std::unique_ptr<BackgroundLoop> loop_;  // last: started once the rest is ready
};

}  // namespace lagom::server
