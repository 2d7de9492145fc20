// The manufacturing layer of `lagom generate --bom-levels L`: the catalogue's items are split
// into L levels (level k holds a share 2^k / (2^L − 1) of them, so each level has about twice
// as many items as the one above); levels 0 … L−2 are made (production lead time 2–10 working
// days), the last level is bought. Each made item has a bill of material of about
// `components` lines (uniformly 1 … 2·components − 1), four in five from the next level and
// the rest from any deeper one, so that components are shared across parents and levels and
// low-level codes matter. Twenty work centres with one routing operation per made item. Lot
// sizing is mixed: lot-for-lot, fixed, POQ, EOQ, Wagner–Whitin and Silver–Meal. Only level 0
// (finished goods) has independent demand. Deterministic for a seed.
#pragma once

#include <cstdint>

#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct BomShape {
  int levels = 0;       // 0: no BOMs; otherwise 2 … 10
  int components = 20;  // average BOM lines per made item, 1 … 100
  std::int64_t items = 0;
};

// The level of item id `item` (1-based ids, in level order). REQUIRES: shape.levels >= 2.
int LevelOf(const BomShape& shape, std::int64_t item);

// Inserts the BOM lines, work centres and routings and marks the made items and their lot
// sizing. REQUIRES: items 1 … shape.items exist; inside the caller's transaction.
Result<std::int64_t> AddManufacturing(sqlite::Database& db, const BomShape& shape,
                                      std::uint64_t seed);

}  // namespace lagom::store
