// The characters a master-data code (item, location, supplier, work centre …) may have, in
// one place: the import refuses others with this rule, so that every code can be addressed
// in an API path (/api/v1/items/{code}) once percent-encoded — the server decodes %2F to '/'
// before it matches routes, so a code with '/' could never be reached. Pure; thread-safe.
#pragma once

#include <string_view>

#include "core/result.h"

namespace lagom {

inline constexpr std::string_view kCodeRule =
    "a code is 1 to 100 characters without control characters (tab, line break), / \\ ? # "
    "or %, not . or .., and without spaces at either end";

// InvalidInput "'<code>': <why>; <kCodeRule>" when `code` breaks the rule.
Status CheckCode(std::string_view code);

}  // namespace lagom
