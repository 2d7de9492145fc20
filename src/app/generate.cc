#include "app/generate.h"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <numbers>
#include <vector>

#include "app/settings.h"
#include "store/generated_bom.h"
#include "store/generated_catalogue.h"

namespace lagom::app {

namespace {

// SplitMix64: a small, fast generator whose streams are fixed by their seed.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  int Below(int n) { return static_cast<int>(Next() % static_cast<std::uint64_t>(n)); }
  // Poisson by inversion for small means, normal approximation above 30.
  double Poisson(double mean) {
    if (mean > 30) {
      double u1 = std::max(Uniform(), 1e-12), u2 = Uniform();
      double z = std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
      return std::max(0.0, std::round(mean + std::sqrt(mean) * z));
    }
    double limit = std::exp(-mean), product = Uniform();
    int k = 0;
    while (product > limit) {
      product *= Uniform();
      ++k;
    }
    return k;
  }

 private:
  std::uint64_t state_;
};

enum class Pattern { kSmooth, kSeasonal, kIntermittent, kLumpy };

Pattern PatternOf(Random& random) {
  int draw = random.Below(100);
  return draw < 40   ? Pattern::kSmooth
         : draw < 60 ? Pattern::kSeasonal
         : draw < 85 ? Pattern::kIntermittent
                     : Pattern::kLumpy;
}

// One week of demand for a stock point with this pattern and level.
double WeeklyDemand(Pattern pattern, double level, int week, Random& random) {
  switch (pattern) {
    case Pattern::kSmooth:
      return random.Poisson(level);
    case Pattern::kSeasonal:
      return random.Poisson(level * (1 + 0.6 * std::sin(2 * std::numbers::pi * week / 52.0)));
    case Pattern::kIntermittent:
      return random.Uniform() < 0.3 ? 1 + random.Poisson(level / 10) : 0;
    case Pattern::kLumpy:
      return random.Uniform() < 0.1 ? random.Poisson(level * 3) : 0;
  }
  return 0;
}

Status AddMasterData(store::CatalogueWriter& out, const GenerateOptions& o) {
  for (int l = 1; l <= o.locations; ++l) {
    store::GeneratedLocation location{l, fmt::format("L{:03}", l), fmt::format("Location {}", l)};
    if (Status s = out.AddLocation(location); !s) return s;
  }
  const char* days[] = {"", "Mon", "Tue Fri", "Wed", "Mon Thu"};
  for (int s = 1; s <= o.suppliers; ++s) {
    bool overseas = s % 4 == 0;
    store::GeneratedSupplier supplier{
        s,           fmt::format("S{:03}", s),        fmt::format("Supplier {}", s),
        days[s % 5], (overseas ? 5000 : 200) * 10000, overseas ? 33.0 : 0.0};
    if (Status added = out.AddSupplier(supplier); !added) return added;
  }
  return {};
}

std::int64_t Milli(double units) {
  return static_cast<std::int64_t>(std::llround(units * 1000));
}

struct ItemTerms {
  int supplier = 1;
  std::int64_t pack = 1;
  double cost = 1;
  double lead_time_days = 7;
};

Result<ItemTerms> AddItem(store::CatalogueWriter& out, const GenerateOptions& o,
                          std::int64_t item) {
  Random random(o.seed * 0x100000001b3ULL + static_cast<std::uint64_t>(item));
  double cost = 0.5 + 50 * random.Uniform() * random.Uniform();
  int supplier = 1 + random.Below(o.suppliers);
  bool overseas = supplier % 4 == 0;
  std::int64_t pack =
      std::array<int, 5>{1, 6, 12, 24, 48}[static_cast<std::size_t>(random.Below(5))];
  store::GeneratedItem row;
  row.id = item;
  row.code = fmt::format("I{:07}", item);
  row.name = fmt::format("Item {}", item);
  row.unit_cost = Milli(cost) * 10;
  row.price = Milli(cost * 1.8) * 10;
  row.volume_m3 = 0.0005 + 0.01 * random.Uniform();
  row.weight_kg = 0.1 + 3 * random.Uniform();
  row.group = fmt::format("G{:02}", random.Below(20));
  if (Status s = out.AddItem(row); !s) return s.error();
  ItemTerms terms{supplier, pack, cost,
                  overseas ? 35.0 + random.Below(25) : 3.0 + random.Below(12)};
  store::GeneratedTerms supply{item,
                               supplier,
                               terms.lead_time_days,
                               overseas ? 7.0 : 1.0,
                               pack * 1000 * (1 + random.Below(3)),
                               pack * 1000,
                               Milli(cost) * 10};
  if (Status s = out.AddTerms(supply); !s) return s.error();
  return terms;
}

// An open purchase order for about two weeks of recent demand, due within its lead time.
Status AddOpenOrder(store::CatalogueWriter& out, const ItemTerms& terms, std::int64_t item,
                    int location, double weekly, Date as_of, Random& random,
                    GenerateSummary& summary) {
  double packs = std::max(1.0, std::ceil(2 * weekly / static_cast<double>(terms.pack)));
  store::GeneratedOrder order;
  order.po_number = fmt::format("G{}-{}", item, location);
  order.supplier_id = terms.supplier;
  order.item_id = item;
  order.location_id = location;
  order.quantity = Milli(packs * static_cast<double>(terms.pack));
  order.unit_price = Milli(terms.cost) * 10;
  order.order_date = as_of - std::chrono::days{random.Below(7)};
  order.due_date =
      as_of + std::chrono::days{1 + random.Below(static_cast<int>(terms.lead_time_days))};
  ++summary.purchase_orders;
  return out.AddOrder(order);
}

// `independent`: the item has demand of its own (every item, or a BOM's level 0); a component
// only gets some stock.
Status AddStockPoint(store::CatalogueWriter& out, const GenerateOptions& o, const ItemTerms& terms,
                     std::int64_t item, int location, bool independent, GenerateSummary& summary) {
  Random random(o.seed * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(item) * 131 +
                static_cast<std::uint64_t>(location));
  Pattern pattern = PatternOf(random);
  double level = 1 + 60 * random.Uniform() * random.Uniform();
  double recent = 0;
  Date first = o.as_of - std::chrono::days{7 * o.weeks};
  for (int week = 0; week < (independent ? o.weeks : 0); ++week) {
    double quantity = WeeklyDemand(pattern, level, week, random);
    if (week >= o.weeks - 8) recent += quantity;
    if (quantity <= 0) continue;
    Date period = first + std::chrono::days{7 * week};
    std::int64_t lines = 1 + random.Below(5);
    if (Status s = out.AddDemand(item, location, period, Milli(quantity), lines); !s) return s;
    ++summary.demand_rows;
  }
  const double stock =
      independent ? std::round(recent / 8 * random.Below(9)) : 100.0 * random.Below(3);
  Date opening = o.as_of - std::chrono::days{1};
  if (Status s = out.AddOpeningStock(item, location, Milli(stock), opening); !s) return s;
  if (!independent || random.Below(5) > 0) return {};
  return AddOpenOrder(out, terms, item, location, recent / 8, o.as_of, random, summary);
}

}  // namespace

Result<GenerateSummary> Generate(sqlite::Database& db, const GenerateOptions& o) {
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  if (settings->Period() != PeriodKind::kWeek) return InvalidInput("generate needs a weekly store");
  auto existing = store::CountItems(db);
  if (!existing) return existing.error();
  if (*existing > 0) return InvalidInput("the store already holds items; generate into a new one");
  auto transaction = sqlite::Transaction::Begin(db);
  if (!transaction) return transaction.error();
  auto out = store::CatalogueWriter::Prepare(db);
  if (!out) return out.error();
  if (Status added = AddMasterData(*out, o); !added) return added.error();
  GenerateSummary summary;
  summary.items = (o.stock_points + o.locations - 1) / o.locations;
  const store::BomShape shape{o.bom_levels, o.components, summary.items};
  for (std::int64_t item = 1; item <= summary.items; ++item) {
    auto terms = AddItem(*out, o, item);
    if (!terms) return terms.error();
    for (int location = 1; location <= o.locations && summary.stock_points < o.stock_points;
         ++location) {
      const bool independent = o.bom_levels == 0 || store::LevelOf(shape, item) == 0;
      if (Status s = AddStockPoint(*out, o, *terms, item, location, independent, summary); !s) {
        return s.error();
      }
      ++summary.stock_points;
    }
    if (o.on_progress && item % 10000 == 0) o.on_progress(summary.stock_points, o.stock_points);
  }
  if (o.bom_levels > 0) {
    auto lines = store::AddManufacturing(db, shape, o.seed);
    if (!lines) return lines.error();
    summary.bom_lines = *lines;
  }
  if (Status committed = transaction->Commit(); !committed) return committed.error();
  return summary;
}

}  // namespace lagom::app
