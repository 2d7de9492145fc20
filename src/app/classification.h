// `lagom classify`: ABC on one or two dimensions, new and dead items set apart, XYZ and
// demand patterns, per location, per item group or company-wide, over a window of months
// before the as-of date; saved as a classification run (the history of classes), whose
// classes give the planning run its service targets by class (store/classification_store.h).
// Thread-safety: as sqlite::Database.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "engine/analysis/classification.h"
#include "store/classification_store.h"
#include "store/sqlite.h"

namespace lagom::app {

// revenue (quantity × sales price), cogs (quantity × unit cost), quantity, hits (order
// lines), margin (revenue − cogs), stock-value (on hand × unit cost), consumption (what
// production consumed in the window × unit cost: components ranked by their use).
enum class Dimension { kRevenue, kCogs, kQuantity, kHits, kMargin, kStockValue, kConsumption };
// "revenue,hits": one or two distinct dimensions.
Result<std::vector<Dimension>> ParseDimensions(std::string_view text);
// The scopes classes are ranked in: location, group, company.
std::vector<std::string> ClassificationScopes();
std::string DimensionNames(const std::vector<Dimension>& dimensions);  // "revenue,hits"
// A dimension's stored value (Money raw, milli-units or lines) in currency, units or lines.
double DimensionValue(Dimension dimension, std::int64_t raw);

struct ClassifyOptions {
  Date as_of;  // the window ends with the last whole period before it
  std::vector<Dimension> dimensions = {Dimension::kRevenue};
  std::string cutoffs = "80,15,5";
  std::string scope = "company";  // location, group, company
  int window_months = 12;         // 1–120
  int new_months = 3;             // first demand within this many months: N (0: none)
  int dead_months = 12;           // no sale for this many months: D (1–120)
  analysis::XyzCutoffs xyz;
};

// The company's defaults (settings classify.*) as of a date.
Result<ClassifyOptions> DefaultClassifyOptions(sqlite::Database& db, Date as_of);

struct ClassifyResult {
  store::ClassificationRunRecord run;
  std::vector<store::ClassRecord> classes;   // by item code, then location code
  std::vector<analysis::MatrixCell> matrix;  // ABC×XYZ over every class
  std::vector<store::ClassChange> changes;   // since the previous run of each stock point
};

// Classifies every stock point with demand before the window's end or stock on hand, and
// saves the run. InvalidInput names the option out of range.
Result<ClassifyResult> RunClassification(sqlite::Database& db, const ClassifyOptions& options);

// The ABC×XYZ matrix of a saved run, from its classes.
Result<std::vector<analysis::MatrixCell>> LoadClassMatrix(sqlite::Database& db,
                                                          std::int64_t run_id);

// ABC classes of the latest classification: per stock point, or per item when it was
// classified company-wide or by group (location 0). Empty when nothing was classified.
using AbcClasses = std::map<std::pair<std::int64_t, std::int64_t>, std::string>;
Result<AbcClasses> LatestAbcClasses(sqlite::Database& db);
// The class of a stock point in `classes`, "(unclassified)" when it has none.
std::string AbcClassOf(const AbcClasses& classes, std::int64_t item_id, std::int64_t location_id);

// Classification run `id`, or with `id` 0 the latest; nullopt when there is none.
Result<std::optional<store::ClassificationRunRecord>> FindClassificationRun(sqlite::Database& db,
                                                                            std::int64_t id);
// A run's classes matching `query`, by item code then location code; and how many match,
// ignoring limit and offset.
Result<std::vector<store::ClassRecord>> ListClasses(sqlite::Database& db,
                                                    const store::ClassQuery& query);
Result<std::int64_t> CountClasses(sqlite::Database& db, const store::ClassQuery& query);
// Classes that changed between consecutive runs, newest run first; `item`/`location` codes
// filter when not empty; `run_id` > 0 keeps that run's changes only.
Result<std::vector<store::ClassChange>> ListClassChanges(sqlite::Database& db,
                                                         const std::string& item,
                                                         const std::string& location,
                                                         std::int64_t run_id);

}  // namespace lagom::app
