// Classification, alerts and cycle counts as JSON, shared by the API and the `--format json`
// of `lagom classify`, `lagom alerts` and `lagom counts`.
#pragma once

#include <span>

#include "app/alert_actions.h"
#include "app/classification.h"
#include "app/count_plan.h"
#include "engine/analysis/classification.h"
#include "server/http_json.h"

namespace lagom::server {

// {"id", "as_of", "scope", "dimensions": [...], "cutoffs", "window_months", "created_at"}
Json ClassificationRunJson(const store::ClassificationRunRecord& run);
// {"item", "location" (null: every location), "scope", "class", "abc", "xyz", "pattern",
// "values": {dimension: value in currency, units or lines}, "mean", "cv", "adi", "cv2"}
Json ClassJson(const store::ClassRecord& record, const store::ClassificationRunRecord& run);
// [{"abc", "xyz", "count", "value", "count_share", "value_share"}]; value in the first
// dimension's unit.
Json MatrixJson(std::span<const analysis::MatrixCell> cells,
                const store::ClassificationRunRecord& run);
// {"item", "location", "from": {"as_of", "class"}, "to": {"as_of", "class"}, "run"}
Json ClassChangeJson(const store::ClassChange& change);
// {"id", "rule", "severity", "item", "location", "subject", "value", "limit", "quantity",
// "message", "status", "raised_on", "resolved_on", "raised_run"}
Json AlertJson(const store::AlertRecord& alert);
// {"date", "item", "location", "class", "reason"}
Json CountTaskJson(const store::CountTaskRecord& task);

}  // namespace lagom::server
