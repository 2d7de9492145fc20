#include "core/date.h"

#include <fmt/format.h>

namespace lagom {

namespace {

bool ReadDigits(std::string_view text, std::size_t pos, std::size_t count, int& out) {
  out = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

}  // namespace

Result<Date> ParseDate(std::string_view text) {
  auto fail = [&] {
    return InvalidInput("'" + std::string(text) + "' is not a date of the form YYYY-MM-DD");
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return fail();
  int year = 0, month = 0, day = 0;
  if (!ReadDigits(text, 0, 4, year) || !ReadDigits(text, 5, 2, month) ||
      !ReadDigits(text, 8, 2, day) || year == 0) {
    return fail();
  }
  std::chrono::year_month_day ymd{std::chrono::year{year},
                                  std::chrono::month{static_cast<unsigned>(month)},
                                  std::chrono::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return fail();
  return Date{ymd};
}

std::string FormatDate(Date date) {
  std::chrono::year_month_day ymd{date};
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

Date AddMonths(Date date, int months) {
  std::chrono::year_month_day ymd{date};
  std::chrono::year_month month =
      std::chrono::year_month{ymd.year(), ymd.month()} + std::chrono::months{months};
  std::chrono::year_month_day moved{month / ymd.day()};
  if (!moved.ok()) moved = month / std::chrono::last;
  return moved;
}

}  // namespace lagom
