#include "store/job_store.h"

namespace lagom::store {

Result<std::map<std::string, JobRun>> ReadJobRuns(sqlite::Database& db) {
  auto stmt = db.Prepare(
      "SELECT job, status, started_at, COALESCE(finished_at, ''), duration_ms, error "
      "FROM job_runs");
  if (!stmt) return stmt.error();
  std::map<std::string, JobRun> out;
  Status read = stmt->ForEach([&] {
    out[stmt->Text(0)] = {stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Int(4), stmt->Text(5)};
  });
  if (!read) return read.error();
  return out;
}

Status RecordJobStart(sqlite::Database& db, const std::string& job, const std::string& at) {
  auto stmt = db.Prepare(
      "INSERT INTO job_runs (job, status, started_at) VALUES (?1, 'running', ?2) "
      "ON CONFLICT (job) DO UPDATE SET status = 'running', started_at = excluded.started_at, "
      "finished_at = NULL, duration_ms = 0, error = ''");
  if (!stmt) return stmt.error();
  stmt->Bind(1, job);
  stmt->Bind(2, at);
  return stmt->Run();
}

Status RecordJobEnd(sqlite::Database& db, const std::string& job, const std::string& at,
                    std::int64_t duration_ms, const std::string& error) {
  auto stmt = db.Prepare(
      "UPDATE job_runs SET status = CASE WHEN ?4 = '' THEN 'ok' ELSE 'failed' END, "
      "finished_at = ?2, duration_ms = ?3, error = ?4 WHERE job = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, job);
  stmt->Bind(2, at);
  stmt->Bind(3, duration_ms);
  stmt->Bind(4, error);
  return stmt->Run();
}

Status FailInterruptedJobs(sqlite::Database& db) {
  return db.Execute(
      "UPDATE job_runs SET status = 'failed', error = 'interrupted: the server stopped while "
      "it ran' WHERE status = 'running'");
}

}  // namespace lagom::store
