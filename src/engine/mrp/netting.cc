#include "engine/mrp/netting.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "engine/policy/lot_sizing.h"

namespace lagom::mrp {

namespace {

// Below this a requirement is rounding noise of the doubles, not a need.
constexpr double kTiny = 1e-9;

std::vector<double> LotForLotNets(const NettingInput& in) {
  std::vector<double> nets(in.gross.size(), 0.0);
  double projected = in.on_hand;
  for (std::size_t t = 0; t < nets.size(); ++t) {
    const double available = projected + in.scheduled[t] - in.gross[t];
    const double need = in.safety_stock - available;
    nets[t] = need > kTiny ? need : 0.0;
    projected = available + nets[t];
  }
  return nets;
}

bool IsBlockRule(LotRule rule) {
  return rule == LotRule::kPeriodOrderQuantity || rule == LotRule::kWagnerWhitin ||
         rule == LotRule::kSilverMeal;
}

Result<policy::LotSizingResult> SolveBlocks(const LotSizing& lot, const std::vector<double>& nets) {
  if (lot.rule == LotRule::kPeriodOrderQuantity) {
    return policy::PeriodOfCover(lot.ordering_cost, lot.holding_cost, nets,
                                 static_cast<int>(std::lround(lot.size)));
  }
  const auto costs = policy::LotCosts::Constant(lot.ordering_cost, lot.holding_cost, nets.size());
  if (lot.rule == LotRule::kWagnerWhitin) return policy::WagnerWhitin(costs, nets);
  return policy::SilverMeal(costs, nets);
}

// Where the block containing each period ends (exclusive): the next period the block rule
// orders in, solved on the lot-for-lot nets. Costs out of range (negative) leave every period
// a block of its own: lot-for-lot.
std::vector<int> BlockEnds(const LotSizing& lot, const std::vector<double>& nets) {
  const int periods = static_cast<int>(nets.size());
  std::vector<int> ends(nets.size());
  auto solved = SolveBlocks(lot, nets);
  int next = periods;
  for (int t = periods - 1; t >= 0; --t) {
    ends[t] = solved ? next : t + 1;
    if (solved && solved->order_quantities[t] > 0.0) next = t;
  }
  return ends;
}

// The lot rule's quantity for a need in period t, before minimum and multiple.
double RuleQuantity(const NettingInput& in, const std::vector<double>& nets,
                    const std::vector<int>& ends, double mean_gross, LotNote& note) {
  const LotSizing& lot = in.lot;
  const double need = note.net;
  switch (lot.rule) {
    case LotRule::kFixed:
      return lot.size > 0 ? lot.size * std::ceil(need / lot.size - kTiny) : need;
    case LotRule::kEoq: {
      const bool priced = lot.holding_cost > 0 && mean_gross > 0;
      return std::max(
          need, priced ? std::sqrt(2 * lot.ordering_cost * mean_gross / lot.holding_cost) : 0.0);
    }
    case LotRule::kMinMax:
      return std::max(need, lot.size - note.available);
    case LotRule::kPeriodOrderQuantity:
    case LotRule::kWagnerWhitin:
    case LotRule::kSilverMeal: {
      const int end = ends[note.period];
      note.covers = end - note.period;
      return need + std::accumulate(nets.begin() + note.period + 1, nets.begin() + end, 0.0);
    }
    case LotRule::kLotForLot:
    case LotRule::kKanban:
      break;
  }
  return need;
}

double Round(double quantity, const LotSizing& lot) {
  quantity = std::max(quantity, lot.minimum);
  if (lot.multiple > 0) quantity = lot.multiple * std::ceil(quantity / lot.multiple - kTiny);
  return std::ceil(quantity * 1000.0 - 1e-6) / 1000.0;
}

}  // namespace

Netted Net(const NettingInput& in) {
  const std::size_t periods = in.gross.size();
  Netted out;
  Record& r = out.record;
  r.gross.assign(in.gross.begin(), in.gross.end());
  r.scheduled.assign(in.scheduled.begin(), in.scheduled.end());
  r.projected.assign(periods, 0.0);
  r.net.assign(periods, 0.0);
  r.receipts.assign(periods, 0.0);
  r.releases.assign(periods, 0.0);
  const std::vector<double> nets = LotForLotNets(in);
  const std::vector<int> ends =
      IsBlockRule(in.lot.rule) ? BlockEnds(in.lot, nets) : std::vector<int>();
  const double mean_gross =
      std::accumulate(r.gross.begin(), r.gross.end(), 0.0) / static_cast<double>(periods);
  double projected = in.on_hand;
  for (std::size_t t = 0; t < periods; ++t) {
    const double available = projected + in.scheduled[t] - in.gross[t];
    const double need = in.safety_stock - available;
    r.net[t] = need > kTiny ? need : 0.0;
    if (need > kTiny && static_cast<int>(t) >= in.fence) {
      LotNote note{static_cast<int>(t), available, need};
      note.lot = RuleQuantity(in, nets, ends, mean_gross, note);
      r.receipts[t] = Round(note.lot, in.lot);
      out.notes.push_back(note);
    }
    projected = available + r.receipts[t];
    r.projected[t] = projected;
  }
  return out;
}

}  // namespace lagom::mrp
