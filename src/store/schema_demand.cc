#include "store/schema_demand.h"

namespace lagom::store {

namespace {

// Every run's forecast per stock point (forecast_versions.h has the encoding): `periods`
// values from the run's period on, the statistical forecast and the final one (NULL: the
// same). Keyed by run first, so that a run's versions are deleted as one range and a stock
// point's are found run by run.
constexpr std::string_view kForecastVersions = R"sql(
CREATE TABLE forecast_versions (
  plan_run_id INTEGER NOT NULL REFERENCES plan_runs (id) ON DELETE CASCADE,
  item_id     INTEGER NOT NULL,
  location_id INTEGER NOT NULL,
  periods     INTEGER NOT NULL CHECK (periods > 0),
  statistical BLOB NOT NULL,
  final       BLOB,
  PRIMARY KEY (plan_run_id, item_id, location_id)
) WITHOUT ROWID;
)sql";

}  // namespace

std::string_view DemandSchemaSql() {
  return kForecastVersions;
}

}  // namespace lagom::store
