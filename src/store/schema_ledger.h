// The stock ledger migration (movements, lots, balances, reservations, counts,
// receipts). Internal to the store; listed in schema.cc.
#pragma once

#include <string_view>

namespace lagom::store {

std::string_view LedgerSchemaSql();
// Its triggers for PostgreSQL (store/migrations.h).
std::string_view LedgerPostgresTriggersSql();

}  // namespace lagom::store
