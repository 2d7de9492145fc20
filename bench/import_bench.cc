// CSV import throughput: demand rows per second into an in-memory store (parse, validate,
// resolve codes, bucket into weeks, write), the path every nightly data feed takes.
#include <benchmark/benchmark.h>

#include <string>

#include "store/csv_import.h"
#include "store/entities.h"
#include "store/store.h"

namespace {

std::string DemandFile(int items, int days) {
  std::string text = "item,location,date,quantity\n";
  for (int item = 0; item < items; ++item) {
    for (int day = 1; day <= days; ++day) {
      text += "I" + std::to_string(item) + ",LON,2024-" + (day <= 31 ? "01-" : "02-") +
              (((day - 1) % 31 + 1) < 10 ? "0" : "") + std::to_string((day - 1) % 31 + 1) + "," +
              std::to_string((item * 7 + day) % 13) + "\n";
    }
  }
  return text;
}

void BM_ImportDemand(benchmark::State& state) {
  const int items = static_cast<int>(state.range(0));
  const std::string text = DemandFile(items, 56);
  for (auto _ : state) {
    state.PauseTiming();
    auto db = lagom::store::OpenStore(":memory:");
    std::string codes = "INSERT INTO locations (code) VALUES ('LON');";
    for (int i = 0; i < items; ++i) {
      codes += "INSERT INTO items (code) VALUES ('I" + std::to_string(i) + "');";
    }
    (void)(*db)->Execute(codes);
    state.ResumeTiming();
    auto outcome = lagom::store::ImportCsv(**db, *lagom::store::FindEntity("demand"), text,
                                           lagom::PeriodKind::kWeek);
    if (!outcome || !outcome->ok()) state.SkipWithError("import failed");
  }
  state.SetItemsProcessed(state.iterations() * items * 56);
}
BENCHMARK(BM_ImportDemand)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
