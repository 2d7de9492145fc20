#include "app/generate.h"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <numbers>
#include <vector>

#include "app/settings.h"
#include "store/generated_bom.h"

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

struct Statements {
  sqlite::Statement item, stock_point_stock, demand, terms, order;
};

Result<Statements> Prepare(sqlite::Database& db) {
  auto item = db.Prepare(
      "INSERT INTO items (id, code, name, unit_cost, price, volume_m3, weight_kg, item_group) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  // Stock on hand enters through the ledger: an opening balance the day before as_of.
  auto stock = db.Prepare(
      "INSERT INTO movements (key, type, date, item_id, location_id, quantity, unit_cost, "
      "reference) SELECT 'generate/' || ?1 || '/' || ?2, 'opening', ?4, ?1, ?2, ?3, unit_cost, "
      "'generated' FROM items WHERE id = ?1 AND ?3 <> 0");
  auto demand = db.Prepare(
      "INSERT INTO demand (item_id, location_id, period, quantity, lines) VALUES (?1, ?2, ?3, "
      "?4, ?5)");
  auto terms = db.Prepare(
      "INSERT INTO supply_terms (item_id, supplier_id, lead_time_days, lead_time_sd_days, "
      "min_order_quantity, order_multiple, unit_price, is_primary) VALUES (?1, ?2, ?3, ?4, ?5, "
      "?6, ?7, 1)");
  auto order = db.Prepare(
      "INSERT INTO purchase_orders (po_number, line, supplier_id, item_id, location_id, "
      "quantity, unit_price, order_date, due_date) VALUES (?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  for (auto* s : {&item, &stock, &demand, &terms, &order}) {
    if (!*s) return s->error();
  }
  return Statements{std::move(*item), std::move(*stock), std::move(*demand), std::move(*terms),
                    std::move(*order)};
}

Status AddMasterData(sqlite::Database& db, const GenerateOptions& o) {
  std::string sql;
  for (int l = 1; l <= o.locations; ++l) {
    sql += fmt::format(
        "INSERT INTO locations (id, code, name) VALUES ({0}, 'L{0:03}', 'Location {0}');", l);
  }
  const char* days[] = {"", "Mon", "Tue Fri", "Wed", "Mon Thu"};
  for (int s = 1; s <= o.suppliers; ++s) {
    bool overseas = s % 4 == 0;
    sql += fmt::format(
        "INSERT INTO suppliers (id, code, name, min_order_value, order_days, "
        "container_volume_m3) VALUES ({0}, 'S{0:03}', 'Supplier {0}', {1}, '{2}', {3});",
        s, (overseas ? 5000 : 200) * 10000, days[s % 5], overseas ? 33 : 0);
  }
  return db.Execute(sql);
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

Result<ItemTerms> AddItem(Statements& st, const GenerateOptions& o, std::int64_t item) {
  Random random(o.seed * 0x100000001b3ULL + static_cast<std::uint64_t>(item));
  double cost = 0.5 + 50 * random.Uniform() * random.Uniform();
  int supplier = 1 + random.Below(o.suppliers);
  bool overseas = supplier % 4 == 0;
  std::int64_t pack =
      std::array<int, 5>{1, 6, 12, 24, 48}[static_cast<std::size_t>(random.Below(5))];
  st.item.Bind(1, item);
  st.item.Bind(2, std::string_view(fmt::format("I{:07}", item)));
  st.item.Bind(3, std::string_view(fmt::format("Item {}", item)));
  st.item.Bind(4, Milli(cost) * 10);
  st.item.Bind(5, Milli(cost * 1.8) * 10);
  st.item.Bind(6, 0.0005 + 0.01 * random.Uniform());
  st.item.Bind(7, 0.1 + 3 * random.Uniform());
  st.item.Bind(8, std::string_view(fmt::format("G{:02}", random.Below(20))));
  if (Status s = st.item.Run(); !s) return s.error();
  ItemTerms terms{supplier, pack, cost,
                  overseas ? 35.0 + random.Below(25) : 3.0 + random.Below(12)};
  st.terms.Bind(1, item);
  st.terms.Bind(2, std::int64_t{supplier});
  st.terms.Bind(3, terms.lead_time_days);
  st.terms.Bind(4, overseas ? 7.0 : 1.0);
  st.terms.Bind(5, pack * 1000 * (1 + random.Below(3)));
  st.terms.Bind(6, pack * 1000);
  st.terms.Bind(7, Milli(cost) * 10);
  if (Status s = st.terms.Run(); !s) return s.error();
  return terms;
}

// An open purchase order for about two weeks of recent demand, due within its lead time.
Status AddOpenOrder(Statements& st, const ItemTerms& terms, std::int64_t item, int location,
                    double weekly, Date as_of, Random& random, GenerateSummary& summary) {
  double packs = std::max(1.0, std::ceil(2 * weekly / static_cast<double>(terms.pack)));
  std::string number = fmt::format("G{}-{}", item, location);
  std::string ordered = FormatDate(as_of - std::chrono::days{random.Below(7)});
  std::string due = FormatDate(
      as_of + std::chrono::days{1 + random.Below(static_cast<int>(terms.lead_time_days))});
  st.order.Bind(1, std::string_view(number));
  st.order.Bind(2, std::int64_t{terms.supplier});
  st.order.Bind(3, item);
  st.order.Bind(4, std::int64_t{location});
  st.order.Bind(5, Milli(packs * static_cast<double>(terms.pack)));
  st.order.Bind(6, Milli(terms.cost) * 10);
  st.order.Bind(7, std::string_view(ordered));
  st.order.Bind(8, std::string_view(due));
  ++summary.purchase_orders;
  return st.order.Run();
}

// `independent`: the item has demand of its own (every item, or a BOM's level 0); a component
// only gets some stock.
Status AddStockPoint(Statements& st, const GenerateOptions& o, const ItemTerms& terms,
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
    std::string period = FormatDate(first + std::chrono::days{7 * week});
    st.demand.Bind(1, item);
    st.demand.Bind(2, std::int64_t{location});
    st.demand.Bind(3, std::string_view(period));
    st.demand.Bind(4, Milli(quantity));
    st.demand.Bind(5, std::int64_t{1 + random.Below(5)});
    if (Status s = st.demand.Run(); !s) return s;
    ++summary.demand_rows;
  }
  st.stock_point_stock.Bind(1, item);
  st.stock_point_stock.Bind(2, std::int64_t{location});
  const double stock =
      independent ? std::round(recent / 8 * random.Below(9)) : 100.0 * random.Below(3);
  st.stock_point_stock.Bind(3, Milli(stock));
  st.stock_point_stock.Bind(4, o.as_of - std::chrono::days{1});
  if (Status s = st.stock_point_stock.Run(); !s) return s;
  if (!independent || random.Below(5) > 0) return {};
  return AddOpenOrder(st, terms, item, location, recent / 8, o.as_of, random, summary);
}

}  // namespace

Result<GenerateSummary> Generate(sqlite::Database& db, const GenerateOptions& o) {
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  if (settings->Period() != PeriodKind::kWeek) return InvalidInput("generate needs a weekly store");
  auto existing = db.Prepare("SELECT COUNT(*) FROM items");
  if (!existing || !existing->Step().ok()) return IoError("cannot read the store");
  if (existing->Int(0) > 0)
    return InvalidInput("the store already holds items; generate into a new one");
  auto transaction = sqlite::Transaction::Begin(db);
  if (!transaction) return transaction.error();
  if (Status added = AddMasterData(db, o); !added) return added.error();
  auto st = Prepare(db);
  if (!st) return st.error();
  GenerateSummary summary;
  summary.items = (o.stock_points + o.locations - 1) / o.locations;
  const store::BomShape shape{o.bom_levels, o.components, summary.items};
  for (std::int64_t item = 1; item <= summary.items; ++item) {
    auto terms = AddItem(*st, o, item);
    if (!terms) return terms.error();
    for (int location = 1; location <= o.locations && summary.stock_points < o.stock_points;
         ++location) {
      const bool independent = o.bom_levels == 0 || store::LevelOf(shape, item) == 0;
      if (Status s = AddStockPoint(*st, o, *terms, item, location, independent, summary); !s) {
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
