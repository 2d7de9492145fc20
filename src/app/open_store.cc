#include "app/open_store.h"

#include <filesystem>

#include "store/database.h"
#include "store/store.h"

namespace lagom::app {

Result<std::unique_ptr<sqlite::Database>> OpenStore(const std::string& target) {
  return store::OpenStore(target);
}

Result<std::unique_ptr<sqlite::Database>> OpenExistingStore(const std::string& target) {
  std::error_code ignored;
  if (!db::IsPostgresUri(target) && !std::filesystem::exists(target, ignored)) {
    return NotFound("no database at '" + target + "'");
  }
  return store::OpenStore(target);
}

}  // namespace lagom::app
