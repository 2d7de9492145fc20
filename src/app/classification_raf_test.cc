// End to end on real data: the RAF spare parts (../shared/data/spareparts: 5000 items, 84
// months of demand 1996–2002, real unit prices) classified by 2002 revenue. The expected
// figures come from an independent computation in R 4 over the same CSV files:
//
//   d <- read.csv("raf_long.csv"); items <- read.csv("raf_items.csv")
//   w <- d[d$period >= "2002-01" & d$period <= "2002-12", ]
//   qty <- tapply(w$value, w$series_id, sum)
//   rev <- qty * setNames(items$unit_price_gbp, items$series_id)[names(qty)]
//   dead <- qty == 0; r <- rev[!dead]; tot <- sum(r); before <- 0
//   for (x in sort(unique(r), decreasing = TRUE)) {          # tie groups share a class
//     ids <- names(r)[r == x]
//     cls[ids] <- if (before * 100 < 80 * tot) "A" else if (before * 100 < 95 * tot) "B" else "C"
//     before <- before + x * length(ids) }
//   cv <- tapply(w$value, w$series_id, function(x) if (mean(x) > 0) sd(x) / mean(x) else Inf)
//   pattern: ADI = 12 / #nonzero < 1.32, CV² = (sd/mean)² of the nonzero sizes < 0.49
//
// → A 458, B 696, C 1997, D (no sale in 2002) 1849; revenue 1,270,639.752, A's share
// 0.800195; every item Z (cv > 1); 4623 intermittent, 377 lumpy; the largest: RAF4146
// 42,090 (cv 2.486326), RAF3446 27,925.366, RAF1523 26,385.417.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "app/classification.h"
#include "app/settings.h"
#include "csv/series.h"
#include "engine/forecast/test_data.h"
#include "store/settings.h"
#include "store/test_store.h"

namespace lagom::app {
namespace {

std::unique_ptr<sqlite::Database> RafStore(const std::string& folder) {
  auto db = store::testing::FreshStore();
  EXPECT_TRUE(app::ChangeSettings(*db, {{"period", "month"}}).ok());
  store::testing::Load(*db, "locations", "code\nRAF\n");
  std::string items = "code,price\n";
  for (const auto& row : forecast::testing::ReadTable(folder + "raf_items.csv")) {
    items += row.at("series_id") + "," + row.at("unit_price_gbp") + "\n";
  }
  store::testing::Load(*db, "items", items);
  auto series = csv::ReadSeriesCsv(folder + "raf_long.csv");
  EXPECT_TRUE(series.ok());
  std::string demand = "item,location,date,quantity\n";
  for (const auto& s : *series) {
    for (std::size_t t = 0; t < s.periods.size(); ++t) {
      demand += fmt::format("{},RAF,{}-01,{}\n", s.id, s.periods[t], s.values[t]);
    }
  }
  store::testing::Load(*db, "demand", demand);
  return db;
}

TEST(RafSpareParts, RevenueClassesAgreeWithAnIndependentComputation) {
  auto shared = forecast::testing::SharedDir();
  std::string folder = shared.value_or("") + "/data/spareparts/";
  if (!shared || !std::filesystem::exists(folder + "raf_long.csv")) {
    GTEST_SKIP() << "shared data not found: set LAGOM_SHARED_DIR to the folder holding "
                    "data/spareparts/raf_long.csv and raf_items.csv";
  }
  auto db = RafStore(folder);
  ClassifyOptions options;
  options.as_of = MakeDate(2003, 1, 1);
  auto result = RunClassification(*db, options);
  ASSERT_TRUE(result.ok()) << result.error().message;
  ASSERT_EQ(result->classes.size(), 5000u);
  std::map<std::string, int> abc, xyz, pattern;
  for (const auto& c : result->classes) {
    ++abc[c.abc];
    ++xyz[c.xyz];
    ++pattern[c.pattern];
  }
  EXPECT_EQ(abc, (std::map<std::string, int>{{"A", 458}, {"B", 696}, {"C", 1997}, {"D", 1849}}));
  EXPECT_EQ(xyz, (std::map<std::string, int>{{"Z", 5000}}));
  EXPECT_EQ(pattern, (std::map<std::string, int>{{"intermittent", 4623}, {"lumpy", 377}}));
  std::int64_t total = 0;
  for (const auto& cell : result->matrix) total += cell.value;
  EXPECT_EQ(total, 12706397520);  // 1,270,639.7520 in Money raw
  ASSERT_EQ(result->matrix.front().abc, "A");
  EXPECT_NEAR(result->matrix.front().value_share, 0.800195, 5e-7);
  std::map<std::string, const store::ClassRecord*> by_item;
  for (const auto& c : result->classes) by_item[c.item_code] = &c;
  EXPECT_EQ(by_item["RAF4146"]->value, 420900000);
  EXPECT_NEAR(*by_item["RAF4146"]->cv, 2.486326, 5e-7);
  EXPECT_EQ(by_item["RAF3446"]->value, 279253660);
  EXPECT_EQ(by_item["RAF1523"]->value, 263854170);
}

}  // namespace
}  // namespace lagom::app
