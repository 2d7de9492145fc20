// The entities that can be imported from and exported to CSV, described as data: which
// columns a file may have, how each is checked, and where it is stored. One description
// drives both directions, so import and export cannot drift apart.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace lagom::store {

enum class FieldType {
  kCode,      // a non-empty identifier without surrounding spaces
  kText,      // free text
  kQuantity,  // exact decimal, 3 decimals, stored as milli-units
  kMoney,     // exact decimal, 4 decimals, stored as 1/10000 units
  kReal,      // a finite decimal number (lead times, volumes, percentages)
  kInteger,   // a whole number
  kDate,      // YYYY-MM-DD
  kPeriod,    // a date, stored as the start of the store's planning period that contains it
  kMonth,     // a date, stored as the first day of its month
  kEnum,      // one of `choices`
  kBool,      // true/false, yes/no, 1/0
  kWeekdays,  // a list of weekdays such as "Mon Thu" or "mon,thu"
  kItemRef,   // a code of another entity, stored as its id (RefTargetOf names the table)
  kLocationRef,
  kSupplierRef,
  kWorkCentreRef,
  kGtin,  // a GTIN-8, -12, -13 or -14 with a correct check digit, stored as 14 digits
};

enum class Sign { kAny, kNonNegative, kPositive };

struct FieldSpec {
  std::string_view column;      // CSV header name
  std::string_view sql_column;  // column in the table
  FieldType type;
  bool required = false;  // the column must be present and the cell non-empty
  bool key = false;       // part of the row's identity (an import updates by key)
  Sign sign = Sign::kNonNegative;
  std::string_view fallback = {};  // CSV text used for an empty cell; empty = NULL
  std::span<const std::string_view> choices = {};
  double max = 0;       // for kReal/kInteger: an upper bound when > 0
  bool summed = false;  // rows with the same key add this field up (kAggregate)
};

enum class KeyPolicy {
  kUnique,      // two rows with the same key in one file are an error
  kAggregate,   // rows with the same key are added up (demand events into period buckets)
  kInsertOnce,  // a row whose key exists is already applied and left as it is (movements)
};

struct EntitySpec {
  std::string_view name;  // as on the command line: "items", "supply-terms" …
  std::string_view table;
  KeyPolicy key_policy;
  std::span<const FieldSpec> fields;
  // SQL run after each row is written, with the row's values bound to the named parameters
  // ":<sql_column>" (absent columns are NULL) and the import's date as ":today"; empty =
  // none. Stock snapshots use it to post the difference to the ledger as an opening balance.
  std::string_view after_write = {};
  // SQL run before each row is written, bound as after_write: a row it returns (one text
  // column, the reason) refuses the row unless the import is forced. Stock snapshots use it
  // to refuse reversing movements posted after the snapshot's date.
  std::string_view refuse_unless_forced = {};
  // What an export reads instead of `table` (a subquery with the fields' sql_columns);
  // empty = the table. Stock exports the ledger's balances, not the last snapshot.
  std::string_view export_from = {};
  // SQL run before each row is written, bound as after_write: a row it returns with a
  // non-empty text (the reason) refuses the row, forced or not. Rules across columns.
  std::string_view refuse = {};
};

// Where a reference field points: the table holding the codes and what to call one in a
// message ("unknown work centre 'W9'"). nullopt for the other field types.
struct RefTarget {
  std::string_view table;
  std::string_view noun;
};
std::optional<RefTarget> RefTargetOf(FieldType type);
// The reference types, in the order above.
std::span<const FieldType> RefTypes();

std::span<const EntitySpec> AllEntities();
const EntitySpec* FindEntity(std::string_view name);

}  // namespace lagom::store
