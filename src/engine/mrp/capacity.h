// Rough-cut capacity: the hours that planned and firm production orders put on each work
// centre, week by week, against the hours the work centre has, after the explosion. An
// order's hours (setup + run per unit × quantity, from its item's routing) fall in the ISO
// week its start date is in; a week whose load exceeds its capacity is overloaded, and the
// orders loading it are named, largest first. It does not schedule: orders are not moved,
// sequenced or split, and material is assumed to arrive as planned. Pure.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "engine/mrp/calendar.h"

namespace lagom::mrp {

struct WorkCentre {
  std::string code;
  double hours_per_day = 8;  // on each working day of its calendar
  WorkCalendar calendar;
};

// Hours of one order on one work centre.
struct Load {
  int work_centre = 0;  // index into the work centres
  Date start;           // the order's start
  double hours = 0;
  int order = 0;  // the caller's id of the order
};

struct WeekLoad {
  int work_centre = 0;
  Date week;  // its Monday
  double capacity = 0, load = 0;
  std::vector<int> orders;  // order ids loading it, most hours first (ties: smaller id)
  bool overloaded() const { return load > capacity + 1e-9; }
};

// Every work centre's weeks from the week of `from` for `weeks` weeks, work centre by work
// centre, week by week. Loads starting before `from` count in the first week; after the last
// week they are left out. REQUIRES: work_centre indices valid, weeks >= 1.
std::vector<WeekLoad> RoughCut(std::span<const WorkCentre> work_centres,
                               std::span<const Load> loads, Date from, int weeks);

}  // namespace lagom::mrp
