// Tests only: a Tryton database of the test's own on the server tests/tryton/start.sh
// started (a copy of its freshly created template), and seeding it over JSON-RPC.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "connectors/erp_connector.h"
#include "connectors/tryton/tryton_session.h"

namespace lagom::connectors::tryton::testing {

// A fresh database named after the running test; skips the test when no server runs
// (LAGOM_TRYTON_DIR unset: the fixture was not started, e.g. the test binary run alone).
class TrytonTest : public ::testing::Test {
 protected:
  void SetUp() override;
  ErpEndpoint endpoint;  // admin / admin on the test's database
  std::unique_ptr<Session> admin;

  // Seeding: each ASSERTs success and returns the new record's id.
  std::int64_t Create(const std::string& model, Json values);
  void Call(const std::string& model, const std::string& method, Json args);
  // The company (EUR) the admin works in, a warehouse code, and the ids seeding needs.
  void SeedCompany();
  std::int64_t Product(const std::string& code, const std::string& name, const std::string& unit,
                       const std::string& cost, const std::string& price);
  // A done move of `quantity` (in the product's unit) between two location codes.
  void Move(std::int64_t product, double quantity, const std::string& from, const std::string& to,
            Date date);
  std::int64_t LocationId(const std::string& code);
  std::int64_t UnitId(const std::string& symbol);

  std::int64_t company = 0, currency = 0;
};

}  // namespace lagom::connectors::tryton::testing
