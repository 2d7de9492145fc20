// Planning runs started in the background (from the API): each job runs app::RunPlan on its
// own connection and thread and reports progress. Thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "app/planning_run.h"

namespace lagom::app {

struct PlanJobStatus {
  enum class State { kRunning, kDone, kFailed };
  State state = State::kRunning;
  std::size_t done = 0, total = 0;  // stock points
  std::int64_t run_id = 0;          // when done
  std::string error;                // when failed
};

const char* PlanJobStateName(PlanJobStatus::State state);

class PlanJobs {
 public:
  explicit PlanJobs(std::string db_path) : db_path_(std::move(db_path)) {}
  ~PlanJobs();  // waits for running jobs
  PlanJobs(const PlanJobs&) = delete;
  PlanJobs& operator=(const PlanJobs&) = delete;

  // Starts a run with `options` (validated first); returns the job id.
  Result<std::int64_t> Start(PlanOptions options);
  std::optional<PlanJobStatus> Status(std::int64_t job) const;

 private:
  void Run(std::int64_t job, PlanOptions options);
  void Update(std::int64_t job, const PlanJobStatus& status);

  std::string db_path_;
  mutable std::mutex mutex_;
  std::map<std::int64_t, PlanJobStatus> jobs_;
  std::map<std::int64_t, std::thread> threads_;
  std::int64_t next_id_ = 1;
};

}  // namespace lagom::app
