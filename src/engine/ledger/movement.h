// Movement types of the stock ledger and the rules that tie a type to the sign of its
// quantity. A movement's quantity is its effect on stock on hand at its location, in the
// item's base unit: positive adds stock, negative takes it away. Pure; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace lagom::ledger {

enum class MovementType {
  kOpening,      // opening balance (from an imported stock snapshot)        +
  kReceipt,      // goods received, against a purchase order line or free     +
  kSale,         // sold to a customer                                        −
  kIssue,        // issued for internal use                                   −
  kTransferOut,  // leaves a location for another (in transit until in)       −
  kTransferIn,   // arrives from another location                             +
  kAdjustment,   // a correction either way                                   ±
  kCount,        // the difference a cycle count found                        ±
  kScrap,        // written off: expired, damaged, obsolete                   −
  kConsume,      // consumed by production                                    −
  kProduce,      // output of production                                      +
  kReturn,       // returned by a customer                                    +
  kWriteDown,    // a change of value only (to net realisable value); quantity 0
};

enum class Sign { kPositive, kNegative, kEither, kZero };

// The text form used in the database, CSV files and on the command line: "receipt",
// "transfer-out", "write-down" …
std::string_view MovementTypeName(MovementType type);
std::optional<MovementType> ParseMovementType(std::string_view name);
std::span<const MovementType> AllMovementTypes();

// The sign a movement of `type` must have.
Sign RequiredSign(MovementType type);

// Movements that move goods between locations of the company: they change where stock is,
// not what it is worth.
inline bool IsTransfer(MovementType type) {
  return type == MovementType::kTransferOut || type == MovementType::kTransferIn;
}

// Movements that use stock: it leaves to serve demand — a sale, an issue, a transfer to
// another location (a DC's use is its stores' replenishment), consumption by production.
// Stock without use for months is dead; scrap, write-downs and count differences are not use.
inline bool IsUse(MovementType type) {
  return type == MovementType::kSale || type == MovementType::kIssue ||
         type == MovementType::kTransferOut || type == MovementType::kConsume;
}

}  // namespace lagom::ledger
