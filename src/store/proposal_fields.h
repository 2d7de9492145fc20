// An order proposal's fields, declared once. The table drives the SQL that saves and reads
// proposals, and every output: the CLI's CSV and table, the API's JSON and its schema. A field
// added here appears everywhere; the CSV header and its rows come from the same list, so they
// cannot disagree in width or order.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "core/date.h"
#include "store/plan_store.h"

namespace lagom::store {

// How a field's value is kept and shown.
enum class ProposalValue {
  kId,        // a whole number (ids, counts)
  kText,      // free text or a code; an empty code is shown as null in JSON
  kQuantity,  // exact, milli-units
  kMoney,     // exact, 1/10000 of the currency unit
  kReal,      // a planning number (double)
  kDate,      // YYYY-MM-DD
};

// A field derived from the others when it is shown (never saved or read back).
using DerivedQuantity = std::int64_t (*)(const ProposalRecord&);

using ProposalMember =
    std::variant<std::int64_t ProposalRecord::*, std::optional<std::int64_t> ProposalRecord::*,
                 double ProposalRecord::*, std::string ProposalRecord::*, Date ProposalRecord::*,
                 DerivedQuantity>;

// The value `member` holds in `p`, or computes from it.
template <class Member>
decltype(auto) ValueOf(const ProposalRecord& p, Member member) {
  if constexpr (std::is_same_v<Member, DerivedQuantity>) {
    return member(p);
  } else {
    return (p.*member);
  }
}

// Whether a field's value is kept in order_proposals (read back), not derived.
template <class Member>
inline constexpr bool kStored = !std::is_same_v<Member, DerivedQuantity>;

struct ProposalField {
  std::string_view name;  // CSV column and JSON member; empty: stored only, never shown
  ProposalValue value;
  ProposalMember member;
  // The column in order_proposals it is saved to (empty: not saved, e.g. a joined code), and
  // the expression that reads it back (aliases: p proposal, i item, l location, s supplier,
  // src the transfer's source location); both empty for a derived field.
  std::string_view column;
  std::string_view select;
  // The JSON object it is nested in ("why": the numbers behind the proposal), or top level.
  std::string_view json_group = {};
  bool null_when_empty = false;  // an empty text is null in JSON (codes that may be absent)
};

// Every field, in output order.
std::span<const ProposalField> ProposalFields();
// The fields that are shown (they have a name), in output order: the CSV header.
std::span<const ProposalField> ShownProposalFields();
// A field's text. For CSV (`decimals` 0): exact quantities and money, reals with 4 decimals;
// for tables, money and reals rounded to `decimals`.
std::string ProposalFieldText(const ProposalField& field, const ProposalRecord& proposal,
                              int decimals = 0);
// A field by its output name; nullptr if there is none.
const ProposalField* FindProposalField(std::string_view name);

}  // namespace lagom::store
