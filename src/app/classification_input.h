// The entries `lagom classify` ranks, built from the store's facts: one per stock point
// (scope location) or per item (scope group or company, its stock points added up), in
// groups that are ranked separately. Internal to app/classification.cc.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/classification.h"

namespace lagom::app::classification {

struct Entry {
  std::int64_t item_id = 0;
  std::optional<std::int64_t> location_id;  // none: the item at every location
  std::string item_code, location_code;     // location code empty with location_id
  std::string scope_key;
  analysis::ClassInput input;
};

// Group key → its entries, by item code then location code within a group.
using Groups = std::map<std::string, std::vector<Entry>>;

Result<Groups> BuildGroups(sqlite::Database& db, const ClassifyOptions& options);

}  // namespace lagom::app::classification
