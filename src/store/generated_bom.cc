#include "store/generated_bom.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace lagom::store {

namespace {

// SplitMix64, as the catalogue's generator: a stream fixed by its seed.
class Stream {
 public:
  explicit Stream(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::int64_t Below(std::int64_t n) {
    return static_cast<std::int64_t>(Next() % static_cast<std::uint64_t>(n));
  }

 private:
  std::uint64_t state_;
};

// The first item id of level k; FirstOf(levels) is one past the last item.
std::int64_t FirstOf(const BomShape& s, int k) {
  const std::int64_t whole = (std::int64_t{1} << s.levels) - 1;
  return 1 + s.items * ((std::int64_t{1} << k) - 1) / whole;
}

// The level a component of a level-k parent comes from: the next, or one in five any deeper.
int ComponentLevel(const BomShape& s, int k, Stream& random) {
  const int deeper = s.levels - 1 - (k + 1);
  if (deeper <= 0 || random.Below(5) > 0) return k + 1;
  return k + 2 + static_cast<int>(random.Below(deeper));
}

Status AddLines(sqlite::Statement& insert, const BomShape& shape, std::int64_t parent, int k,
                std::uint64_t seed, std::int64_t& lines) {
  Stream random(seed * 0x2545f4914f6cdd1dULL + static_cast<std::uint64_t>(parent));
  const std::int64_t count = 1 + random.Below(2 * shape.components - 1);
  std::vector<std::int64_t> chosen;
  for (std::int64_t n = 0; n < count; ++n) {
    const int level = ComponentLevel(shape, k, random);
    const std::int64_t first = FirstOf(shape, level), size = FirstOf(shape, level + 1) - first;
    const std::int64_t component = first + random.Below(size);
    if (std::find(chosen.begin(), chosen.end(), component) != chosen.end()) continue;
    chosen.push_back(component);
    insert.Bind(1, parent);
    insert.Bind(2, component);
    insert.Bind(3, (1 + random.Below(4)) * 1000);
    insert.Bind(4, random.Below(10) == 0 ? 2.0 : 0.0);
    if (Status inserted = insert.Run(); !inserted) return inserted;
    ++lines;
  }
  return {};
}

// Planning rules: made items get a lead time and a routing; every item a lot sizing rule.
std::string ItemSql(const BomShape& s) {
  const std::int64_t bought = FirstOf(s, s.levels - 1);
  std::string sql = fmt::format(
      "UPDATE items SET type = CASE WHEN id < {0} THEN 'finished' WHEN id < {1} THEN 'wip' "
      "ELSE 'raw' END, make_or_buy = CASE WHEN id < {1} THEN 'make' ELSE 'buy' END, "
      "production_lead_time_days = CASE WHEN id < {1} THEN 2 + id % 9 ELSE 0 END, "
      "lot_sizing = CASE id % 10 WHEN 5 THEN 'fixed' WHEN 6 THEN 'poq' WHEN 7 THEN 'eoq' "
      "WHEN 8 THEN 'wagner-whitin' WHEN 9 THEN 'silver-meal' ELSE 'lot-for-lot' END, "
      "lot_size = CASE id % 10 WHEN 5 THEN 50 WHEN 6 THEN 3 ELSE 0 END;",
      FirstOf(s, 1), bought);
  for (int w = 1; w <= 20; ++w) {
    sql += fmt::format(
        "INSERT INTO work_centres (id, code, name, capacity_hours_per_day, cost_per_hour) "
        "VALUES ({0}, 'WC{0:02}', 'Work centre {0}', 16, 300000);",
        w);
  }
  sql += fmt::format(
      "INSERT INTO routings (item_id, operation, work_centre_id, setup_hours, "
      "run_hours_per_unit) SELECT id, 10, 1 + id % 20, 0.5, 0.01 * (1 + id % 5) FROM items "
      "WHERE id < {};",
      bought);
  return sql;
}

}  // namespace

int LevelOf(const BomShape& shape, std::int64_t item) {
  int k = 0;
  while (k + 1 < shape.levels && FirstOf(shape, k + 1) <= item) ++k;
  return k;
}

Result<std::int64_t> AddManufacturing(sqlite::Database& db, const BomShape& shape,
                                      std::uint64_t seed) {
  if (shape.levels < 2 || shape.levels > 10) return InvalidInput("--bom-levels: 2 … 10");
  if (shape.components < 1 || shape.components > 100) {
    return InvalidInput("--components: 1 … 100");
  }
  if (FirstOf(shape, 1) <= 1) return InvalidInput("too few items for that many BOM levels");
  if (Status s = db.Execute(ItemSql(shape)); !s) return s.error();
  auto insert = db.Prepare(
      "INSERT INTO boms (parent_item_id, component_item_id, quantity_per, scrap_pct) VALUES "
      "(?1, ?2, ?3, ?4)");
  if (!insert) return insert.error();
  std::int64_t lines = 0;
  for (int k = 0; k + 1 < shape.levels; ++k) {
    for (std::int64_t parent = FirstOf(shape, k); parent < FirstOf(shape, k + 1); ++parent) {
      if (Status s = AddLines(*insert, shape, parent, k, seed, lines); !s) return s.error();
    }
  }
  return lines;
}

}  // namespace lagom::store
