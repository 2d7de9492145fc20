// Calendar dates. A Date is a std::chrono::sys_days; text form is ISO 8601 "YYYY-MM-DD".
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "core/result.h"

namespace lagom {

using Date = std::chrono::sys_days;

// Strict "YYYY-MM-DD" (four-digit year 0001–9999, a real calendar day): anything else is an
// InvalidInput error naming the text.
Result<Date> ParseDate(std::string_view text);
std::string FormatDate(Date date);

// The same day `months` calendar months later (earlier when negative); the month's last day
// when it has no such day (31 March − 1 month = 29 February in a leap year).
Date AddMonths(Date date, int months);

constexpr Date MakeDate(int year, unsigned month, unsigned day) {
  return std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{month},
                                     std::chrono::day{day}};
}

}  // namespace lagom
