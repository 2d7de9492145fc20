#include "store/forecast_versions.h"

#include <bit>
#include <cstring>

namespace lagom::store {

static_assert(std::endian::native == std::endian::little, "versions are stored little-endian");

namespace {

bool SamePath(std::span<const double> a, std::span<const double> b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (static_cast<float>(a[i]) != static_cast<float>(b[i])) return false;
  }
  return true;
}

constexpr const char* kSelectVersion =
    "SELECT v.plan_run_id, r.as_of, r.period, v.periods, v.statistical, v.final, v.item_id, "
    "v.location_id FROM plan_runs r JOIN forecast_versions v ON v.plan_run_id = r.id ";

Result<StockPointVersion> ReadVersion(const sqlite::Statement& row) {
  StockPointVersion read;
  ForecastVersion& v = read.version;
  v.plan_run_id = row.Int(0);
  auto as_of = ParseDate(row.Text(1));
  auto period = ParsePeriodKind(row.Text(2));
  if (!as_of) return as_of.error();
  if (!period) return period.error();
  v.as_of = *as_of;
  v.period = *period;
  int periods = static_cast<int>(row.Int(3));
  v.statistical = DecodeForecastPath(row.BlobView(4), periods);
  v.final_path = row.IsNull(5) ? v.statistical : DecodeForecastPath(row.BlobView(5), periods);
  read.item_id = row.Int(6);
  read.location_id = row.Int(7);
  return read;
}

}  // namespace

std::string EncodeForecastPath(std::span<const double> values) {
  std::size_t kept = values.size();
  while (kept > 1 && static_cast<float>(values[kept - 1]) == static_cast<float>(values[kept - 2]))
    --kept;
  std::string bytes(kept * sizeof(float), '\0');
  for (std::size_t i = 0; i < kept; ++i) {
    float value = static_cast<float>(values[i]);
    std::memcpy(bytes.data() + i * sizeof(float), &value, sizeof(float));
  }
  return bytes;
}

std::vector<double> DecodeForecastPath(std::string_view bytes, int periods) {
  std::vector<double> values;
  values.reserve(static_cast<std::size_t>(std::max(periods, 0)));
  for (std::size_t at = 0; at + sizeof(float) <= bytes.size(); at += sizeof(float)) {
    float value = 0;
    std::memcpy(&value, bytes.data() + at, sizeof(float));
    values.push_back(value);
  }
  double last = values.empty() ? 0.0 : values.back();
  values.resize(static_cast<std::size_t>(std::max(periods, 0)), last);
  return values;
}

Status InsertForecastVersions(sqlite::Database& db, std::int64_t run_id,
                              std::span<const ForecastRecord> forecasts) {
  auto stmt = db.Prepare(
      "INSERT INTO forecast_versions (plan_run_id, item_id, location_id, periods, statistical, "
      "final) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  if (!stmt) return stmt.error();
  for (const ForecastRecord& f : forecasts) {
    if (f.statistical_path.empty()) continue;
    stmt->Bind(1, run_id);
    stmt->Bind(2, f.item_id);
    stmt->Bind(3, f.location_id);
    stmt->Bind(4, static_cast<std::int64_t>(f.statistical_path.size()));
    stmt->BindBlob(5, EncodeForecastPath(f.statistical_path));
    if (f.final_path.empty() || SamePath(f.statistical_path, f.final_path)) {
      stmt->BindNull(6);
    } else {
      stmt->BindBlob(6, EncodeForecastPath(f.final_path));
    }
    if (Status inserted = stmt->Run(); !inserted) return inserted;
  }
  return {};
}

Result<std::int64_t> PruneForecastVersions(sqlite::Database& db, Date keep_from) {
  auto stmt = db.Prepare(
      "DELETE FROM forecast_versions WHERE plan_run_id IN "
      "(SELECT id FROM plan_runs WHERE as_of < ?1)");
  if (!stmt) return stmt.error();
  stmt->Bind(1, keep_from);
  if (Status deleted = stmt->Run(); !deleted) return deleted.error();
  return std::int64_t{db.Changes()};
}

Result<std::vector<ForecastVersion>> LoadForecastVersions(sqlite::Database& db,
                                                          std::int64_t item_id,
                                                          std::int64_t location_id,
                                                          std::optional<std::int64_t> run_id) {
  auto stmt = db.Prepare(std::string(kSelectVersion) +
                         "AND v.item_id = ?1 AND v.location_id = ?2 "
                         "WHERE ?3 IS NULL OR r.id = ?3 ORDER BY r.id DESC");
  if (!stmt) return stmt.error();
  stmt->Bind(1, item_id);
  stmt->Bind(2, location_id);
  stmt->Bind(3, run_id);
  std::vector<ForecastVersion> versions;
  Status read = stmt->ForEach([&]() -> Status {
    auto version = ReadVersion(*stmt);
    if (!version) return version.error();
    versions.push_back(std::move(version->version));
    return {};
  });
  if (!read) return read.error();
  return versions;
}

Status ForEachForecastVersion(sqlite::Database& db,
                              const std::function<Status(const StockPointVersion&)>& visit) {
  auto stmt =
      db.Prepare(std::string(kSelectVersion) + "ORDER BY v.plan_run_id, v.item_id, v.location_id");
  if (!stmt) return stmt.error();
  return stmt->ForEach([&]() -> Status {
    auto version = ReadVersion(*stmt);
    if (!version) return version.error();
    return visit(*version);
  });
}

}  // namespace lagom::store
