// Planning periods (buckets): a day, an ISO week (Monday to Sunday) or a calendar month.
// A period is identified by the Date it starts on.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"

namespace lagom {

enum class PeriodKind { kDay, kWeek, kMonth };

Result<PeriodKind> ParsePeriodKind(std::string_view text);  // "day", "week", "month"
const char* PeriodKindName(PeriodKind kind);

// The first day of the period that contains `date`.
Date PeriodStart(Date date, PeriodKind kind);
// The first day of the period after the one starting at `start`. REQUIRES: start is a
// period start.
Date NextPeriod(Date start, PeriodKind kind);
// Number of whole periods from the period containing `from` to the one containing `to`
// (negative when `to` is earlier).
int PeriodsBetween(Date from, Date to, PeriodKind kind);
// Average length of a period in days (7 for weeks, 365.2425/12 for months): converts lead
// times given in days into periods.
double DaysPerPeriod(PeriodKind kind);

struct IsoWeek {
  int year;  // the ISO week-numbering year, which differs from the calendar year near Jan 1
  int week;  // 1..53
  auto operator<=>(const IsoWeek&) const = default;
};
IsoWeek IsoWeekOf(Date date);

struct DatedQuantity {
  Date date;
  double quantity;
};

// Sums events into the dense run of periods [first, last] (period starts inclusive); events
// outside the range are ignored. Element i is the total of period i after `first`.
std::vector<double> Bucket(std::span<const DatedQuantity> events, Date first, Date last,
                           PeriodKind kind);

}  // namespace lagom
