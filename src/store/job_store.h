// The last run of each scheduled job (migration 18's job_runs): started, finished, status,
// duration, error. Times are UTC "YYYY-MM-DDTHH:MM:SSZ".
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct JobRun {
  std::string status;  // running, ok, failed
  std::string started_at, finished_at;
  std::int64_t duration_ms = 0;
  std::string error;
};

Result<std::map<std::string, JobRun>> ReadJobRuns(sqlite::Database& db);
Status RecordJobStart(sqlite::Database& db, const std::string& job, const std::string& at);
Status RecordJobEnd(sqlite::Database& db, const std::string& job, const std::string& at,
                    std::int64_t duration_ms, const std::string& error);
// Runs still "running" when a server starts were cut short by its end: failed.
Status FailInterruptedJobs(sqlite::Database& db);

}  // namespace lagom::store
