// Many writers on one SQLite file (or one PostgreSQL schema, as pg.SharedFile.*) — threads with a
// connection each, and separate processes — then a reconciliation; and a writer process killed with
// SIGKILL mid-stream, many times, after which every acknowledged movement must be there and the
// balances must reconcile.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <random>
#include <thread>

#include "app/ledger_check.h"
#include "app/ledger_posting.h"
#include "app/reservations.h"
#include "store/ledger_audit.h"
#include "store/store.h"
#include "store/test_store.h"

namespace lagom::app {
namespace {

constexpr Date kDay = MakeDate(2024, 5, 1);

class SharedFile : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = store::testing::FreshTarget((std::filesystem::temp_directory_path() /
                                         ("lagom-concurrency-" + std::to_string(getpid()) + ".db"))
                                            .string());
    Remove();
    auto db = Open();
    store::testing::LoadMasterData(*db);
    MovementRequest stock = Receipt("stock", 100);
    ASSERT_TRUE(PostMovement(*db, stock).ok());
  }
  void TearDown() override { Remove(); }
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  std::unique_ptr<sqlite::Database> Open() {
    auto db = store::OpenStore(path_);
    EXPECT_TRUE(db.ok()) << db.error().message;
    return std::move(*db);
  }
  static MovementRequest Receipt(std::string key, std::int64_t units) {
    MovementRequest r;
    r.key = std::move(key);
    r.type = ledger::MovementType::kReceipt;
    r.date = kDay;
    r.item = "A1";
    r.location = "LON";
    r.quantity = Quantity::FromUnits(units);
    return r;
  }
  // One writer's share: `n` one-unit reservations racing for the stock and `n` one-unit
  // receipts of B2, each sent twice (a retry after a lost answer). Returns how many
  // reservations it got; -1 when anything unexpected happened.
  static int Write(const std::string& path, const std::string& name, int n) {
    auto db = store::OpenStore(path);
    if (!db) return -1;
    int got = 0;
    for (int i = 0; i < n; ++i) {
      std::string key = name + "-" + std::to_string(i);
      ReserveRequest reserve{key, name, key, "A1", "LON", kDay, Quantity::FromUnits(1), false, ""};
      auto first = Reserve(**db, reserve);
      auto retry = Reserve(**db, reserve);
      if (first.ok() != retry.ok()) return -1;
      if (first.ok() && (!retry->replayed || retry->reservation.id != first->reservation.id)) {
        return -1;
      }
      if (!first.ok() && first.error().code != ErrorCode::kConstraintViolated) return -1;
      got += first.ok() ? 1 : 0;
      MovementRequest receipt = Receipt(key, 1);
      receipt.item = "B2";
      auto posted = PostMovement(**db, receipt);
      auto again = PostMovement(**db, receipt);
      if (!posted || !again || !again->replayed) return -1;
    }
    return got;
  }
  void ExpectReconciled(int writers, int n) {
    auto db = Open();
    auto report = CheckLedger(*db, kDay);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_TRUE(report->ok()) << (report->problems.empty() ? "" : report->problems[0]);
    EXPECT_TRUE(report->warnings.empty());
    auto over = store::OverPromisedStock(*db, kDay);
    EXPECT_TRUE(over->empty()) << "available to promise went below zero";
    auto scalar = [&](const char* sql) {
      auto stmt = db->Prepare(sql);
      EXPECT_TRUE(*stmt->Step());
      return stmt->Int(0);
    };
    EXPECT_EQ(scalar("SELECT SUM(open) FROM reservations"), 100000);  // exactly the stock
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM reservations"), 100);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM movements WHERE item_id = 2"), writers * n);
    EXPECT_EQ(scalar("SELECT on_hand FROM balances WHERE item_id = 2"), writers * n * 1000);
  }
  std::string path_;
};

TEST_F(SharedFile, ThreadsRaceWithoutLostUpdatesOrDuplicates) {
  constexpr int kThreads = 6, kEach = 25;  // 150 attempts for 100 units
  std::atomic<int> got{0}, failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      int n = Write(path_, "thread" + std::to_string(t), kEach);
      (n < 0 ? failed : got) += n < 0 ? 1 : n;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(got.load(), 100);
  ExpectReconciled(kThreads, kEach);
}

TEST_F(SharedFile, ProcessesRaceWithoutLostUpdatesOrDuplicates) {
  constexpr int kProcesses = 4, kEach = 35;  // 140 attempts for 100 units
  std::vector<pid_t> children;
  for (int p = 0; p < kProcesses; ++p) {
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) _exit(Write(path_, "process" + std::to_string(p), kEach) < 0 ? 1 : 0);
    children.push_back(pid);
  }
  for (pid_t pid : children) {
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  ExpectReconciled(kProcesses, kEach);
}

// The child posts receipts and sales under keys round-i, acknowledging each on `ack` only
// after PostMovement returned (committed); it starts at `from`, re-posting keys whose
// answer it may have lost.
[[noreturn]] void KilledWriter(const std::string& path, int round, int from, int ack) {
  auto db = store::OpenStore(path);
  if (!db) _exit(2);
  for (int i = from;; ++i) {
    std::string key = "k" + std::to_string(round) + "-" + std::to_string(i);
    MovementRequest r;
    r.key = key;
    r.type = i % 3 == 2 ? ledger::MovementType::kSale : ledger::MovementType::kReceipt;
    r.date = kDay;
    r.item = "A1";
    r.location = "LON";
    r.quantity = Quantity::FromUnits(i % 3 == 2 ? 1 : 2);
    if (!PostMovement(**db, r)) _exit(3);
    if (write(ack, &i, sizeof i) != sizeof i) _exit(4);
  }
}

TEST_F(SharedFile, EveryAcknowledgedMovementSurvivesSigkill) {
  std::mt19937 random(20240501);
  std::vector<std::string> acknowledged;
  for (int round = 0; round < 20; ++round) {
    int pipe_ends[2];
    ASSERT_EQ(pipe(pipe_ends), 0);
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      close(pipe_ends[0]);
      KilledWriter(path_, round, 0, pipe_ends[1]);
    }
    close(pipe_ends[1]);
    int wanted = std::uniform_int_distribution<int>(1, 30)(random), index = 0, read_acks = 0;
    while (read_acks < wanted && read(pipe_ends[0], &index, sizeof index) == sizeof index) {
      acknowledged.push_back("k" + std::to_string(round) + "-" + std::to_string(index));
      ++read_acks;
    }
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    close(pipe_ends[0]);
    EXPECT_TRUE(WIFSIGNALED(status)) << "round " << round << " ended by itself";
  }
  auto db = Open();
  for (const std::string& key : acknowledged) {
    auto movements = store::MovementsOfKey(*db, key);
    ASSERT_TRUE(movements.ok());
    EXPECT_EQ(movements->size(), 1u) << key << " was acknowledged but is missing";
  }
  auto report = CheckLedger(*db, kDay);
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_TRUE(report->ok()) << (report->problems.empty() ? "" : report->problems[0]);
  EXPECT_GE(report->movements, static_cast<std::int64_t>(acknowledged.size()) + 1);
  // A retry after the kill: the acknowledged keys answer their first result.
  MovementRequest retry = Receipt(acknowledged.front(), 2);
  auto again = PostMovement(*db, retry);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->replayed);
}

}  // namespace
}  // namespace lagom::app
