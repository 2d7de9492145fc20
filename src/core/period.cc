#include "core/period.h"

#include <string>

namespace lagom {

using std::chrono::days;
using std::chrono::Monday;
using std::chrono::weekday;
using std::chrono::year_month_day;

Result<PeriodKind> ParsePeriodKind(std::string_view text) {
  if (text == "day") return PeriodKind::kDay;
  if (text == "week") return PeriodKind::kWeek;
  if (text == "month") return PeriodKind::kMonth;
  return InvalidInput("'" + std::string(text) + "' is not a period (day, week or month)");
}

const char* PeriodKindName(PeriodKind kind) {
  switch (kind) {
    case PeriodKind::kDay:
      return "day";
    case PeriodKind::kWeek:
      return "week";
    case PeriodKind::kMonth:
      return "month";
  }
  return "?";
}

Date PeriodStart(Date date, PeriodKind kind) {
  switch (kind) {
    case PeriodKind::kDay:
      return date;
    case PeriodKind::kWeek:
      return date - (weekday{date} - Monday);
    case PeriodKind::kMonth: {
      year_month_day ymd{date};
      return Date{ymd.year() / ymd.month() / 1};
    }
  }
  return date;
}

Date NextPeriod(Date start, PeriodKind kind) {
  switch (kind) {
    case PeriodKind::kDay:
      return start + days{1};
    case PeriodKind::kWeek:
      return start + days{7};
    case PeriodKind::kMonth: {
      year_month_day ymd{start};
      return Date{(ymd.year() / ymd.month() / 1) + std::chrono::months{1}};
    }
  }
  return start;
}

int PeriodsBetween(Date from, Date to, PeriodKind kind) {
  Date a = PeriodStart(from, kind);
  Date b = PeriodStart(to, kind);
  switch (kind) {
    case PeriodKind::kDay:
      return static_cast<int>((b - a).count());
    case PeriodKind::kWeek:
      return static_cast<int>((b - a).count() / 7);
    case PeriodKind::kMonth: {
      year_month_day ya{a}, yb{b};
      return (static_cast<int>(yb.year()) - static_cast<int>(ya.year())) * 12 +
             static_cast<int>(static_cast<unsigned>(yb.month())) -
             static_cast<int>(static_cast<unsigned>(ya.month()));
    }
  }
  return 0;
}

double DaysPerPeriod(PeriodKind kind) {
  switch (kind) {
    case PeriodKind::kDay:
      return 1.0;
    case PeriodKind::kWeek:
      return 7.0;
    case PeriodKind::kMonth:
      return 365.2425 / 12.0;
  }
  return 1.0;
}

IsoWeek IsoWeekOf(Date date) {
  // The ISO week belongs to the year that holds its Thursday.
  Date thursday = PeriodStart(date, PeriodKind::kWeek) + days{3};
  std::chrono::year year = year_month_day{thursday}.year();
  Date first_of_year{year / 1 / 1};
  int week = static_cast<int>((thursday - first_of_year).count() / 7) + 1;
  return {static_cast<int>(year), week};
}

std::vector<double> Bucket(std::span<const DatedQuantity> events, Date first, Date last,
                           PeriodKind kind) {
  int count = PeriodsBetween(first, last, kind) + 1;
  std::vector<double> totals(count > 0 ? static_cast<std::size_t>(count) : 0, 0.0);
  for (const DatedQuantity& event : events) {
    int index = PeriodsBetween(first, event.date, kind);
    if (index >= 0 && index < count) totals[static_cast<std::size_t>(index)] += event.quantity;
  }
  return totals;
}

}  // namespace lagom
