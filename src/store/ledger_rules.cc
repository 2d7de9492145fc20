#include "store/ledger_rules.h"

#include <array>
#include <utility>

namespace lagom::store {

namespace {

// How each rule's message begins, and the column it judges. The messages are those of the
// triggers (schema_ledger.cc, schema_hardening.cc) and of the movements' refuse-unless-forced
// check (entities.cc); a rule added there belongs here too. First match wins.
constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kRules = {{
    {"an expiry date needs a lot", "lot"},
    {"the lot already has another expiry date", "expiry"},
    {"the lot ", "expiry"},  // movements' refuse-unless-forced: it expired before it came in
    {"insufficient stock", "quantity"},
    {"less than that is in transit", "quantity"},
    {"receipts, transfers in, production output and returns need", "quantity"},
    {"sales, issues, transfers out, scrap and consumption need", "quantity"},
    {"an opening balance, adjustment or count difference", "quantity"},
    {"a write-down has quantity 0", "amount"},
    {"a transfer, and only a transfer, names another location", "other_location"},
    {"quantity × unit_cost is outside", "unit_cost"},
    {"quantity × price is outside", "price"},
    {"quantity is outside", "quantity"},
    {"unit_cost is outside", "unit_cost"},
    {"price is outside", "price"},
    {"amount is outside", "amount"},
}};

}  // namespace

std::optional<RuleProblem> LedgerRuleProblem(std::string_view database_error) {
  std::size_t start = database_error.find(": ");
  std::string_view message =
      start == std::string_view::npos ? database_error : database_error.substr(start + 2);
  for (const auto& [begins, column] : kRules) {
    if (message.starts_with(begins)) {
      return RuleProblem{std::string(column), "breaks the ledger's rule: " + std::string(message)};
    }
  }
  return std::nullopt;
}

}  // namespace lagom::store
