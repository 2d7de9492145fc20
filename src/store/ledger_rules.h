// The ledger's database rules (the triggers of schema_ledger.cc and schema_hardening.cc) by
// the column each judges, so that an import refused by one names the column and the rule
// instead of "database error". Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lagom::store {

struct RuleProblem {
  std::string column;  // the movements file's column the rule judges
  std::string reason;  // "breaks the ledger's rule: <the rule>"
};

// The problem a database error message describes, when it is one of the ledger's rules.
std::optional<RuleProblem> LedgerRuleProblem(std::string_view database_error);

}  // namespace lagom::store
