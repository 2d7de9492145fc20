// Reading a column that holds a name from a core/ table (core/names.h) as its enum value.
// Internal to store/.
#pragma once

#include <optional>
#include <string>

#include "core/names.h"
#include "core/policy_terms.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

// nullopt for NULL; InvalidInput naming `what`, the text and the allowed names otherwise.
template <class E, std::size_t N>
Result<std::optional<E>> OptionalNamed(const sqlite::Statement& row, int column,
                                       const Named<E> (&table)[N], std::string_view what) {
  if (row.IsNull(column)) return std::optional<E>();
  std::string text = row.Text(column);
  auto value = ValueNamed<E>(table, text);
  if (!value) {
    return InvalidInput(std::string(what) + " '" + text + "' is not " + NameList(table));
  }
  return std::optional<E>(*value);
}

}  // namespace lagom::store
