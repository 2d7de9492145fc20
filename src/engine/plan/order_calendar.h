// The days of the week a supplier takes orders, and what they mean for planning: the next
// day an order can be placed, and the time until the one after (the review period that the
// order must cover). Pure, thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/date.h"
#include "core/result.h"

namespace lagom::plan {

class OrderCalendar {
 public:
  // Every day.
  OrderCalendar() = default;
  // "Mon Thu" (as the store normalises order_days); empty = every day.
  static Result<OrderCalendar> Parse(std::string_view weekdays);

  bool IsOrderDay(Date date) const;
  // The first order day on or after `from`.
  Date NextOrderDay(Date from) const;
  // Days from the first order day on or after `from` to the order day after it.
  int DaysToFollowingOrder(Date from) const;

 private:
  std::uint8_t days_ = 0x7f;  // bit 0 = Monday … bit 6 = Sunday
};

}  // namespace lagom::plan
