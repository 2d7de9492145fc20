#include "app/plan_jobs.h"

#include "store/store.h"

namespace lagom::app {

const char* PlanJobStateName(PlanJobStatus::State state) {
  switch (state) {
    case PlanJobStatus::State::kRunning:
      return "running";
    case PlanJobStatus::State::kDone:
      return "done";
    case PlanJobStatus::State::kFailed:
      return "failed";
  }
  return "?";
}

PlanJobs::~PlanJobs() {
  std::map<std::int64_t, std::thread> threads;
  {
    std::lock_guard lock(mutex_);
    threads.swap(threads_);
  }
  for (auto& [id, thread] : threads) thread.join();
}

Result<std::int64_t> PlanJobs::Start(PlanOptions options) {
  if (lagom::Status valid = ValidatePlanOptions(options); !valid) return valid.error();
  std::lock_guard lock(mutex_);
  std::int64_t id = next_id_++;
  jobs_[id] = PlanJobStatus{};
  threads_.emplace(id, std::thread([this, id, options] { Run(id, options); }));
  return id;
}

std::optional<PlanJobStatus> PlanJobs::Status(std::int64_t job) const {
  std::lock_guard lock(mutex_);
  auto found = jobs_.find(job);
  if (found == jobs_.end()) return std::nullopt;
  return found->second;
}

void PlanJobs::Update(std::int64_t job, const PlanJobStatus& status) {
  std::lock_guard lock(mutex_);
  jobs_[job] = status;
}

void PlanJobs::Run(std::int64_t job, PlanOptions options) {
  PlanJobStatus status;
  options.on_progress = [&](std::size_t done, std::size_t total) {
    status.done = done;
    status.total = total;
    Update(job, status);
  };
  auto db = store::OpenStore(db_path_);
  auto result = db ? RunPlan(**db, options) : Result<PlanRunResult>(db.error());
  if (result) {
    status.state = PlanJobStatus::State::kDone;
    status.run_id = result->run.id;
  } else {
    status.state = PlanJobStatus::State::kFailed;
    status.error = result.error().message;
  }
  Update(job, status);
}

}  // namespace lagom::app
