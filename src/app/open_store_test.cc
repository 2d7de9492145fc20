#include "app/open_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

namespace lagom::app {
namespace {

namespace fs = std::filesystem;

TEST(OpenStore, AnExistingStoreMustExistAndIsNeverMadeUp) {
  fs::path path = fs::temp_directory_path() / ("lagom-open-" + std::to_string(getpid()) + ".db");
  fs::remove(path);
  auto missing = OpenExistingStore(path.string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(missing.error().message, "no database at '" + path.string() + "'");
  EXPECT_FALSE(fs::exists(path));  // a mistyped path leaves no empty database behind

  ASSERT_TRUE(OpenStore(path.string()).ok());  // creates and migrates
  EXPECT_TRUE(OpenExistingStore(path.string()).ok());
  fs::remove(path);
  fs::remove(path.string() + "-wal");
  fs::remove(path.string() + "-shm");
}

}  // namespace
}  // namespace lagom::app
