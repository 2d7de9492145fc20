#include "store/migrations.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "store/store.h"
#include "store/test_store.h"

namespace lagom::store {
namespace {

// A temporary database file, removed with its WAL files at the end of the test.
class TempDb {
 public:
  TempDb()
      : path_((std::filesystem::temp_directory_path() /
               ("lagom-migrations-" + std::to_string(getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db"))
                  .string()) {
    Remove();
  }
  ~TempDb() { Remove(); }
  const std::string& path() const { return path_; }

 private:
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  std::string path_;
};

constexpr Migration kV1 = {1, "notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"};
constexpr Migration kV2 = {2, "note authors", "ALTER TABLE notes ADD COLUMN author TEXT;"};
constexpr Migration kBroken = {2, "broken", "ALTER TABLE missing ADD COLUMN x;"};

TEST(Migrations, FreshStoreIsAtTheLatestVersionWithWalAndForeignKeys) {
  TempDb file;
  auto db = OpenStore(file.path());
  ASSERT_TRUE(db.ok()) << db.error().message;
  EXPECT_EQ(*SchemaVersion(**db), SchemaMigrations().back().version);
  auto mode = (*db)->Prepare("PRAGMA journal_mode");
  ASSERT_TRUE(*mode->Step());
  EXPECT_EQ(mode->Text(0), "wal");
  auto fk = (*db)->Prepare("PRAGMA foreign_keys");
  ASSERT_TRUE(*fk->Step());
  EXPECT_EQ(fk->Int(0), 1);
}

TEST(Migrations, ReopeningKeepsDataAndAppliesNothingTwice) {
  TempDb file;
  {
    auto db = OpenStore(file.path());
    testing::LoadMasterData(**db);
  }
  auto db = OpenStore(file.path());
  ASSERT_TRUE(db.ok()) << db.error().message;
  EXPECT_EQ(testing::CountRows(**db, "items"), 2);
}

TEST(Migrations, UpgradesAnOlderDatabaseAndKeepsItsRows) {
  TempDb file;
  {
    auto db = sqlite::Database::Open(file.path());
    Migration only_v1[] = {kV1};
    ASSERT_TRUE(Migrate(**db, only_v1).ok());
    ASSERT_TRUE((*db)->Execute("INSERT INTO notes (text) VALUES ('kept')").ok());
  }
  auto db = sqlite::Database::Open(file.path());
  Migration both[] = {kV1, kV2};
  ASSERT_TRUE(Migrate(**db, both).ok());
  EXPECT_EQ(*SchemaVersion(**db), 2);
  auto row = (*db)->Prepare("SELECT text, author IS NULL FROM notes");
  ASSERT_TRUE(*row->Step());
  EXPECT_EQ(row->Text(0), "kept");
  EXPECT_EQ(row->Int(1), 1);
}

TEST(Migrations, LedgerMigrationTurnsTheStockSnapshotIntoOpeningBalances) {
  TempDb file;
  {
    auto db = sqlite::Database::Open(file.path());
    ASSERT_TRUE(Migrate(**db, SchemaMigrations().first(1)).ok());
    ASSERT_TRUE((*db)
                    ->Execute("INSERT INTO items (code, unit_cost) VALUES ('A1', 25000);"
                              "INSERT INTO locations (code) VALUES ('LON');"
                              "INSERT INTO stock (item_id, location_id, lot, expiry, quantity) "
                              "VALUES (1, 1, 'L1', '2025-01-31', 7000), (1, 1, '', NULL, 3000);")
                    .ok());
  }
  auto db = OpenStore(file.path());
  ASSERT_TRUE(db.ok()) << db.error().message;
  auto row = (*db)->Prepare(
      "SELECT SUM(on_hand), (SELECT COUNT(*) FROM movements WHERE type = 'opening' "
      "AND unit_cost = 25000), (SELECT expiry FROM lots WHERE code = 'L1') FROM balances");
  ASSERT_TRUE(*row->Step());
  EXPECT_EQ(row->Int(0), 10000);
  EXPECT_EQ(row->Int(1), 2);
  EXPECT_EQ(row->Text(2), "2025-01-31");
}

TEST(Migrations, AFailedMigrationLeavesTheVersionAndSchemaAsTheyWere) {
  auto db = sqlite::Database::Open(":memory:");
  Migration steps[] = {kV1, kBroken};
  Status migrated = Migrate(**db, steps);
  ASSERT_FALSE(migrated.ok());
  EXPECT_NE(migrated.error().message.find("migration 2 (broken) failed"), std::string::npos);
  EXPECT_EQ(*SchemaVersion(**db), 1);
}

TEST(Migrations, RefusesADatabaseFromANewerLagom) {
  auto db = sqlite::Database::Open(":memory:");
  ASSERT_TRUE((*db)->Execute("PRAGMA user_version = 99").ok());
  Migration steps[] = {kV1};
  Status migrated = Migrate(**db, steps);
  ASSERT_FALSE(migrated.ok());
  EXPECT_EQ(migrated.error().code, ErrorCode::kConflict);
  EXPECT_NE(migrated.error().message.find("schema version 99, newer than this Lagom knows (1)"),
            std::string::npos);
}

}  // namespace
}  // namespace lagom::store
