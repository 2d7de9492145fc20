// Test helpers for the ledger use cases: a store with master data and short ways to post.
// Tests only.
#pragma once

#include <gtest/gtest.h>

#include "app/ledger_posting.h"
#include "store/test_store.h"

namespace lagom::app::testing {

inline Quantity Q(std::int64_t units) {
  return Quantity::FromUnits(units);
}
inline Money M(const char* text) {
  return *Money::Parse(text);
}

inline MovementRequest Move(std::string key, ledger::MovementType type, Date date,
                            std::int64_t units, std::string lot = "") {
  MovementRequest r;
  r.key = std::move(key);
  r.type = type;
  r.date = date;
  r.item = "A1";
  r.location = "LON";
  r.lot = std::move(lot);
  r.quantity = Q(units);
  return r;
}

// Posts and expects success.
inline Posted MustPost(sqlite::Database& db, const MovementRequest& request) {
  auto posted = PostMovement(db, request);
  EXPECT_TRUE(posted.ok()) << posted.error().message;
  return posted.ok() ? *posted : Posted{};
}

// A1 received at LON: lot L1 (expires 2024-06-30) 10 @ 2, lot L2 (expires 2024-05-31) 5 @ 3.
inline void ReceiveTwoLots(sqlite::Database& db) {
  MovementRequest l1 = Move("r1", ledger::MovementType::kReceipt, MakeDate(2024, 5, 1), 10, "L1");
  l1.expiry = MakeDate(2024, 6, 30);
  l1.unit_cost = M("2");
  MovementRequest l2 = Move("r2", ledger::MovementType::kReceipt, MakeDate(2024, 5, 2), 5, "L2");
  l2.expiry = MakeDate(2024, 5, 31);
  l2.unit_cost = M("3");
  MustPost(db, l1);
  MustPost(db, l2);
}

inline std::int64_t Scalar(sqlite::Database& db, const std::string& sql) {
  auto stmt = db.Prepare(sql);
  EXPECT_TRUE(stmt.ok()) << sql;
  EXPECT_TRUE(*stmt->Step());
  return stmt->Int(0);
}

}  // namespace lagom::app::testing
