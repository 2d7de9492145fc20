#include "engine/plan/order_calendar.h"

#include <array>
#include <string>

namespace lagom::plan {

namespace {

constexpr std::array<std::string_view, 7> kNames = {"Mon", "Tue", "Wed", "Thu",
                                                    "Fri", "Sat", "Sun"};

int MondayBased(Date date) {
  return static_cast<int>(std::chrono::weekday{date}.iso_encoding()) - 1;
}

}  // namespace

Result<OrderCalendar> OrderCalendar::Parse(std::string_view weekdays) {
  OrderCalendar calendar;
  std::uint8_t days = 0;
  std::size_t pos = 0;
  while (pos < weekdays.size()) {
    std::size_t end = weekdays.find(' ', pos);
    if (end == std::string_view::npos) end = weekdays.size();
    std::string_view word = weekdays.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    bool known = false;
    for (std::size_t day = 0; day < kNames.size(); ++day) {
      if (kNames[day] == word) {
        days = static_cast<std::uint8_t>(days | (1u << day));
        known = true;
      }
    }
    if (!known) return InvalidInput("'" + std::string(word) + "' is not a weekday");
  }
  if (days != 0) calendar.days_ = days;
  return calendar;
}

bool OrderCalendar::IsOrderDay(Date date) const {
  return (days_ >> MondayBased(date)) & 1u;
}

Date OrderCalendar::NextOrderDay(Date from) const {
  Date day = from;
  while (!IsOrderDay(day)) day += std::chrono::days{1};  // at most six steps
  return day;
}

int OrderCalendar::DaysToFollowingOrder(Date from) const {
  Date next = NextOrderDay(from);
  Date following = NextOrderDay(next + std::chrono::days{1});
  return static_cast<int>((following - next).count());
}

}  // namespace lagom::plan
