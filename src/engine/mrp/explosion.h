// The MRP run (Orlicky's logic over a whole network): stock points are netted level by level
// in low-level-code order, so each is netted once, after every parent whose planned orders
// make its dependent demand. For each stock point: gross requirements (independent demand +
// components of its parents' planned and firm orders + transfers its destinations plan) are
// netted against stock, open supply and safety stock (netting.h); each planned receipt is
// offset by the lead time — working days of the calendar for production, calendar days for
// purchases and transfers — to its release (start) date; the release, divided by the yield,
// explodes into the components' gross requirements in the period it starts, through the BOM
// lines valid on that date, each with its scrap. A phantom is netted against its own stock
// and exploded at once (lead time 0, lot-for-lot, never ordered).
//
// Deterministic; pure; single-threaded; memory O(nodes × periods). Thread-compatible.
#pragma once

#include <utility>
#include <vector>

#include "core/result.h"
#include "engine/mrp/calendar.h"
#include "engine/mrp/netting.h"
#include "engine/mrp/network.h"

namespace lagom::mrp {

struct Options {
  Date as_of;
  PeriodKind period = PeriodKind::kWeek;
  int horizon_periods = 26;  // 1 … 1000
  WorkCalendar calendar;     // production lead times count its working days
};

struct PlannedOrder {
  int node = 0;
  int period = 0;               // of the receipt
  int release_period = 0;       // of the start (0 when the start is already past)
  Date due, start;              // start = due − lead time
  double quantity = 0;          // receipt: good output, purchased or transferred quantity
  double release_quantity = 0;  // started: quantity / yield; what the components answer for
  bool past_due = false;        // the start is before the as-of date
  LotNote note;                 // the numbers behind it
};

enum class ExceptionKind {
  kPastDue,        // a planned order should have started before the as-of date
  kPlanningFence,  // requirements inside the planning time fence that no order may meet
};

struct Exception {
  int node = 0;
  ExceptionKind kind = ExceptionKind::kPastDue;
  Date date;            // the due date concerned
  double quantity = 0;  // the order's or the shortage's quantity
  std::string message;  // what happened and what to do; the node is named by `node`
};

struct Plan {
  Buckets buckets;
  std::vector<int> level;            // low-level code per node
  std::vector<int> sequence;         // nodes in the order they were netted
  std::vector<Record> records;       // per node
  std::vector<PlannedOrder> orders;  // node by node in `sequence`, by period within a node
  std::vector<std::pair<std::size_t, std::size_t>> node_orders;  // per node: [begin, end) of orders
  std::vector<Exception> exceptions;                             // in netting order
};

// InvalidInput for an out-of-range option or value; ConstraintViolated for a cycle (naming
// it: "BIKE@P → FRAME@P → BIKE@P") or a made stock point without a BOM line.
Result<Plan> Explode(const Network& network, const Options& options);

// A planned order's start: `due` less the node's lead time (phantoms: none).
Date StartOf(const Node& node, Date due, const WorkCalendar& calendar);

}  // namespace lagom::mrp
