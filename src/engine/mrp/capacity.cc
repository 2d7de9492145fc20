#include "engine/mrp/capacity.h"

#include <algorithm>
#include <utility>

namespace lagom::mrp {

namespace {

// (order, hours) as they come: a vector, merged once at the end, rather than a map per week,
// because a large plan puts millions of loads in a few thousand weeks.
struct Bucket {
  double hours = 0;
  std::vector<std::pair<int, double>> by_order;
};

// Each order once with its hours summed, most hours first, ties by the smaller order id.
std::vector<int> LargestFirst(std::vector<std::pair<int, double>>& by_order) {
  std::sort(by_order.begin(), by_order.end());
  std::vector<std::pair<int, double>> merged;
  for (const auto& [order, hours] : by_order) {
    if (!merged.empty() && merged.back().first == order) {
      merged.back().second += hours;
    } else {
      merged.emplace_back(order, hours);
    }
  }
  std::stable_sort(merged.begin(), merged.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<int> orders;
  orders.reserve(merged.size());
  for (const auto& [order, hours] : merged) orders.push_back(order);
  return orders;
}

}  // namespace

std::vector<WeekLoad> RoughCut(std::span<const WorkCentre> work_centres,
                               std::span<const Load> loads, Date from, int weeks) {
  const Buckets buckets(from, PeriodKind::kWeek, weeks);
  std::vector<std::vector<Bucket>> load(work_centres.size(),
                                        std::vector<Bucket>(static_cast<std::size_t>(weeks)));
  for (const Load& l : loads) {
    const int week = buckets.PeriodOf(l.start);
    if (week >= weeks) continue;
    Bucket& bucket = load[l.work_centre][week];
    bucket.hours += l.hours;
    bucket.by_order.emplace_back(l.order, l.hours);
  }
  std::vector<WeekLoad> out;
  out.reserve(work_centres.size() * static_cast<std::size_t>(weeks));
  for (std::size_t w = 0; w < work_centres.size(); ++w) {
    for (int week = 0; week < weeks; ++week) {
      const Date monday = buckets.start(week);
      const int days = work_centres[w].calendar.WorkingDays(monday, monday + std::chrono::days{7});
      Bucket& bucket = load[w][week];
      out.push_back({static_cast<int>(w), monday, work_centres[w].hours_per_day * days,
                     bucket.hours, LargestFirst(bucket.by_order)});
    }
  }
  return out;
}

}  // namespace lagom::mrp
