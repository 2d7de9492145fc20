#include "server/job_scheduler.h"

#include <fmt/format.h>

#include "app/open_store.h"

namespace lagom::server {

namespace {

app::TimePoint Now() {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace

JobScheduler::JobScheduler(std::string db_path) : db_path_(std::move(db_path)), baseline_(Now()) {
  auto db = app::OpenStore(db_path_);
  if (db && app::FailInterruptedJobs(**db)) db_ = std::move(*db);
  if (!db_) fmt::print(stderr, "lagom serve: the scheduler cannot open {}\n", db_path_);
  loop_ = std::make_unique<BackgroundLoop>(std::chrono::seconds(1), [this] { Tick(); });
}

JobScheduler::~JobScheduler() {
  loop_.reset();
  std::lock_guard lock(mutex_);
  for (auto& [job, thread] : threads_) thread.join();
}

void JobScheduler::Tick() {
  if (!db_) return;
  auto due = app::DueJobs(*db_, Now(), baseline_);
  if (!due) {
    fmt::print(stderr, "lagom serve: scheduler: {}\n", due.error().message);
    return;
  }
  std::lock_guard lock(mutex_);
  for (const app::JobSpec* job : *due) {
    if (running_.contains(job)) continue;
    if (auto done = threads_.find(job); done != threads_.end()) {
      done->second.join();  // finished: running_ no longer holds it
      threads_.erase(done);
    }
    running_.insert(job);
    threads_[job] = std::thread([this, job] { Run(job); });
  }
}

void JobScheduler::Run(const app::JobSpec* job) {
  auto db = app::OpenStore(db_path_);
  Status ran = db ? app::RunScheduledJob(**db, *job, Now()) : Status(db.error());
  if (!ran) fmt::print(stderr, "lagom serve: job {}: {}\n", job->name, ran.error().message);
  std::lock_guard lock(mutex_);
  running_.erase(job);
}

}  // namespace lagom::server
