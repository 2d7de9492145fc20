#include "app/movement_codes.h"

#include "store/ledger_store.h"

namespace lagom::app {

Result<std::string> MovementCodes::Item(std::int64_t item_id) {
  auto& code = items_[item_id];
  if (code.empty()) {
    auto item = store::LoadItem(db_, item_id);
    if (!item) return item.error();
    code = item->code;
  }
  return code;
}

Result<std::string> MovementCodes::Location(std::int64_t location_id) {
  auto& code = locations_[location_id];
  if (code.empty()) {
    auto location = store::LoadLocationCode(db_, location_id);
    if (!location) return location.error();
    code = *location;
  }
  return code;
}

}  // namespace lagom::app
