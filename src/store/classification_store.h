// Classification in the store: the demand and item facts `lagom classify` ranks, its runs
// and classes (kept, so that the history shows what moved from A to B and when), and the
// service targets by class. Thread-safety: as sqlite::Database.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "core/policy_terms.h"
#include "core/result.h"
#include "store/analysis_facts.h"
#include "store/sqlite.h"

namespace lagom::store {

struct WindowDemand {
  std::int64_t quantity_milli = 0;  // Σ over the window
  std::int64_t lines = 0;           // Σ order lines over the window
  std::vector<double> periods;      // per period, oldest first; zeros where nothing was recorded
};
// Demand per stock point over the periods [start, end) of `kind`. REQUIRES: period starts.
Result<std::map<PointKey, WindowDemand>> LoadWindowDemand(sqlite::Database& db, Date start,
                                                          Date end, PeriodKind kind);

struct ItemInfo {
  std::string code, group, status;
  std::int64_t unit_cost_raw = 0, price_raw = 0;  // Money raw; price 0 when unknown
};
Result<std::map<std::int64_t, ItemInfo>> LoadItemInfo(sqlite::Database& db);
Result<std::map<std::int64_t, std::string>> LoadLocationCodes(sqlite::Database& db);

struct ClassificationRunRecord {
  std::int64_t id = 0;  // set when saved or read
  Date as_of;
  std::string scope;       // location, group, company
  std::string dimensions;  // "revenue,hits"
  std::string cutoffs;     // "80,15,5"
  int window_months = 12;
  std::string created_at;  // filled when read back
};

struct ClassRecord {
  std::int64_t item_id = 0;
  std::optional<std::int64_t> location_id;  // none: the item at every location
  std::string item_code, location_code;     // filled when read back
  std::string scope_key;                    // the location code, item group or ""
  std::string abc;                          // "A", "AB", "N", "D"
  std::string xyz;                          // "X", "Y", "Z"
  std::string pattern;                      // smooth, erratic, intermittent, lumpy
  std::int64_t value = 0;                   // first dimension, its exact unit
  std::optional<std::int64_t> value2;       // second dimension, if any
  double mean = 0;                          // demand per period
  std::optional<double> cv, adi;
  double cv2 = 0;
};

// Stores a run and its classes in one transaction; returns the run id.
Result<std::int64_t> SaveClassification(sqlite::Database& db, const ClassificationRunRecord& run,
                                        std::span<const ClassRecord> classes);
Result<std::optional<ClassificationRunRecord>> LatestClassificationRun(sqlite::Database& db);
Result<std::optional<ClassificationRunRecord>> FindClassificationRun(sqlite::Database& db,
                                                                     std::int64_t id);

struct ClassQuery {
  std::int64_t run_id = 0;
  std::string item, location, abc, xyz;  // codes and classes; empty: any
  std::int64_t limit = -1;               // -1: all
  std::int64_t offset = 0;
};
// A run's classes by item code, then location code.
Result<std::vector<ClassRecord>> FindClasses(sqlite::Database& db, const ClassQuery& query);
Result<std::int64_t> CountClasses(sqlite::Database& db, const ClassQuery& query);

// A class that changed between two consecutive runs of the same stock point (or item).
struct ClassChange {
  std::string item_code, location_code;  // location empty: the item everywhere
  Date from_as_of, as_of;
  std::int64_t run_id = 0;
  std::string from_abc, from_xyz, abc, xyz;
};
// Changes, newest run first; `item`/`location` codes filter when not empty; run_id > 0
// keeps that run's changes only.
Result<std::vector<ClassChange>> LoadClassChanges(sqlite::Database& db, const std::string& item,
                                                  const std::string& location, std::int64_t run_id);

// The service target of a class: (abc, xyz) key → kind and target.
struct ClassTarget {
  ServiceKind service_kind = ServiceKind::kFillRate;
  double service_target = 0;
};
using ServiceTargets = std::map<std::pair<std::string, std::string>, ClassTarget>;
Result<ServiceTargets> LoadServiceTargets(sqlite::Database& db);
// The row for (abc, xyz), else (abc, any), else the same for abc's first letter.
const ClassTarget* FindClassTarget(const ServiceTargets& targets, const std::string& abc,
                                   const std::string& xyz);

}  // namespace lagom::store
