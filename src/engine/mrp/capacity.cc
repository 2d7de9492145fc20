#include "engine/mrp/capacity.h"

#include <algorithm>
#include <map>

namespace lagom::mrp {

namespace {

struct Bucket {
  double hours = 0;
  std::map<int, double> by_order;
};

std::vector<int> LargestFirst(const std::map<int, double>& by_order) {
  std::vector<std::pair<int, double>> sorted(by_order.begin(), by_order.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<int> orders;
  for (const auto& [order, hours] : sorted) orders.push_back(order);
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
    bucket.by_order[l.order] += l.hours;
  }
  std::vector<WeekLoad> out;
  out.reserve(work_centres.size() * static_cast<std::size_t>(weeks));
  for (std::size_t w = 0; w < work_centres.size(); ++w) {
    for (int week = 0; week < weeks; ++week) {
      const Date monday = buckets.start(week);
      const int days = work_centres[w].calendar.WorkingDays(monday, monday + std::chrono::days{7});
      const Bucket& bucket = load[w][week];
      out.push_back({static_cast<int>(w), monday, work_centres[w].hours_per_day * days,
                     bucket.hours, LargestFirst(bucket.by_order)});
    }
  }
  return out;
}

}  // namespace lagom::mrp
