// Tryton's JSON-RPC values and Lagom's: Decimal, date, datetime and timedelta travel as
// {"__class__": …} objects; quantities as floats in the record's unit.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/date.h"
#include "core/result.h"

namespace lagom::connectors::tryton {

// A Decimal, float or integer as decimal text ("6.80"); null as "".
std::string DecimalText(const nlohmann::json& value);
// A quantity as decimal text with at most 3 decimals (Lagom keeps milli-units).
std::string QuantityText(double quantity);
// A date value; nullopt for null.
std::optional<Date> DateOf(const nlohmann::json& value);
nlohmann::json DateValue(Date date);
// A datetime as sortable text "YYYY-MM-DDTHH:MM:SS.ffffff" (a sync cursor); "" for null.
std::string DatetimeText(const nlohmann::json& value);
// The datetime value of such a text; InvalidInput when it is not one ("2026-01-31" is
// midnight of that day).
Result<nlohmann::json> DatetimeValue(const std::string& text);
// A Many2One or id value; 0 for null.
std::int64_t IdOf(const nlohmann::json& value);
// A Char value; "" for null.
std::string TextOf(const nlohmann::json& value);
// A Boolean field's value: true, or a non-zero number (trytond on SQLite answers 0 and 1);
// false for null.
bool TruthOf(const nlohmann::json& value);
// A timedelta in days; 0 for null.
double DaysOf(const nlohmann::json& value);

}  // namespace lagom::connectors::tryton
