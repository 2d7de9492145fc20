// Writing CSV that csv::Reader (and spreadsheets) read back unchanged: fields are quoted
// when they contain a comma, quote, line break or surrounding space; quotes are doubled.
#pragma once

#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace lagom::csv {

std::string Escape(std::string_view field);
void WriteRow(std::ostream& out, std::span<const std::string> fields);

}  // namespace lagom::csv
