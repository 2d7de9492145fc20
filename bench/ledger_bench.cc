// The stock ledger's throughput: movements posted per second through the use case — one
// durable transaction each (WAL, synchronous=FULL: fsync per commit), and batched (a CSV
// import of movements, one transaction) — next to raw SQLite inserts into a bare table with
// the same settings on the same disk; and the valuation of 10 million movements (engine).
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "app/ledger_posting.h"
#include "engine/ledger/valuation.h"
#include "store/csv_import.h"
#include "store/entities.h"
#include "store/store.h"

namespace {

using lagom::Date;
using lagom::Money;
using lagom::Quantity;

// A fresh database file in the temporary folder, removed afterwards.
class BenchDb {
 public:
  BenchDb()
      : path_(std::filesystem::temp_directory_path() /
              ("lagom-bench-" + std::to_string(getpid()) + ".db")) {
    Remove();
    db_ = std::move(*lagom::store::OpenStore(path_.string()));
    (void)db_->Execute(
        "INSERT INTO items (code, unit_cost) VALUES ('A1', 20000);"
        "INSERT INTO locations (code) VALUES ('LON');"
        "CREATE TABLE raw (id INTEGER PRIMARY KEY, key TEXT UNIQUE, quantity INTEGER);");
  }
  ~BenchDb() {
    db_.reset();
    Remove();
  }
  lagom::sqlite::Database& db() { return *db_; }

 private:
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"})
      std::filesystem::remove(path_.string() + suffix);
  }
  std::filesystem::path path_;
  std::unique_ptr<lagom::sqlite::Database> db_;
};

void BM_PostMovementDurable(benchmark::State& state) {
  BenchDb file;
  lagom::app::MovementRequest r;
  r.type = lagom::ledger::MovementType::kReceipt;
  r.date = lagom::MakeDate(2024, 1, 1);
  r.item = "A1";
  r.location = "LON";
  r.quantity = Quantity::FromUnits(1);
  std::int64_t n = 0;
  for (auto _ : state) {
    r.key = "k" + std::to_string(n++);
    if (!lagom::app::PostMovement(file.db(), r)) state.SkipWithError("post failed");
  }
  state.SetItemsProcessed(n);
}
BENCHMARK(BM_PostMovementDurable)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();

void BM_ImportMovementsBatched(benchmark::State& state) {
  const int rows = static_cast<int>(state.range(0));
  std::int64_t total = 0;
  int batch = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::string text = "key,type,date,item,location,quantity,unit_cost\n";
    for (int i = 0; i < rows; ++i) {
      text += "b" + std::to_string(batch) + "-" + std::to_string(i) +
              ",receipt,2024-01-01,A1,LON,1,2\n";
    }
    ++batch;
    BenchDb file;
    state.ResumeTiming();
    auto outcome = lagom::store::ImportCsv(file.db(), *lagom::store::FindEntity("movements"), text,
                                           lagom::PeriodKind::kWeek);
    if (!outcome || !outcome->ok()) state.SkipWithError("import failed");
    total += rows;
  }
  state.SetItemsProcessed(total);
}
BENCHMARK(BM_ImportMovementsBatched)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

// Raw SQLite on the same file settings: one row per durable transaction, or many in one.
void BM_RawSqliteInsert(benchmark::State& state) {
  const int per_transaction = static_cast<int>(state.range(0));
  BenchDb file;
  auto insert = file.db().Prepare("INSERT INTO raw (key, quantity) VALUES (?1, 1000)");
  std::int64_t n = 0;
  for (auto _ : state) {
    auto transaction = lagom::sqlite::Transaction::Begin(file.db());
    for (int i = 0; i < per_transaction; ++i) {
      std::string key = "r" + std::to_string(n++);
      insert->Bind(1, std::string_view(key));
      if (!insert->Run()) state.SkipWithError("insert failed");
    }
    if (!transaction->Commit()) state.SkipWithError("commit failed");
  }
  state.SetItemsProcessed(n);
}
BENCHMARK(BM_RawSqliteInsert)
    ->Arg(1)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0)
    ->UseRealTime();

// 10 million movements of one item through FIFO / moving average: receipts of 10 at varying
// costs, each followed by sales of 3, 3 and 3 (so layers build up slowly).
std::vector<lagom::ledger::CostedMovement> TenMillion() {
  std::vector<lagom::ledger::CostedMovement> movements;
  movements.reserve(10'000'000);
  Date day = lagom::MakeDate(2000, 1, 1);
  for (int i = 0; movements.size() < 10'000'000; ++i) {
    if (i % 4 == 0) {
      movements.push_back({day, lagom::ledger::MovementType::kReceipt, Quantity::FromUnits(10),
                           Money::FromRaw(20000 + (i % 97) * 100), Money(), ""});
    } else {
      movements.push_back(
          {day, lagom::ledger::MovementType::kSale, Quantity::FromUnits(-3), Money(), Money(), ""});
    }
    if (i % 1000 == 999) day += std::chrono::days{1};
  }
  return movements;
}

void BM_Value10MillionMovements(benchmark::State& state) {
  static const auto movements = TenMillion();
  auto method = static_cast<lagom::ledger::CostMethod>(state.range(0));
  lagom::ledger::ValuationOptions options{method, movements.back().date, lagom::PeriodKind::kMonth};
  for (auto _ : state) {
    auto valued = lagom::ledger::Value(movements, options);
    if (!valued) state.SkipWithError(valued.error().message.c_str());
    benchmark::DoNotOptimize(valued);
  }
  state.SetLabel(std::string(lagom::ledger::CostMethodName(method)));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(movements.size()));
}
BENCHMARK(BM_Value10MillionMovements)
    ->Arg(static_cast<int>(lagom::ledger::CostMethod::kFifo))
    ->Arg(static_cast<int>(lagom::ledger::CostMethod::kLifoPerpetual))
    ->Arg(static_cast<int>(lagom::ledger::CostMethod::kWeightedAverage))
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
