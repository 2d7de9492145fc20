// What one policy simulation replays: the configuration under test (forecasting method, demand
// distribution, policy shape, fill-rate target) and the options shared by every configuration
// of a run (warm-up, review period, re-fit interval, order quantity, shortage accounting, lead
// time spread, costs). Plain value types; the parsers are pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "engine/forecast/forecast.h"
#include "engine/policy/distribution.h"
#include "engine/policy/empirical_demand.h"
#include "engine/policy/stock_point.h"

namespace lagom::analysis {

// Policy shapes, as orders are placed at a review with inventory position IP:
//   (s, Q)  kReorderQuantity  IP <= s: order the smallest multiple of Q that lifts IP above s
//   (s, S)  kReorderUpTo      IP <= s: order S - IP, S = s + Q (what `lagom plan` does)
//   (R, S)  kOrderUpTo        every review: order S - IP when IP < S
// Q is the mean demand over `order_cover` periods in whole units, at least one (none when no
// demand is forecast: then S = s).
enum class PolicyKind { kReorderQuantity, kReorderUpTo, kOrderUpTo };

// CLI names "sq", "ss", "rs".
std::optional<PolicyKind> ParsePolicyKind(std::string_view name);
std::string_view PolicyKindName(PolicyKind kind);

// The distribution of demand over the protection interval (lead time + review period):
//   kAuto       engine/policy's rule on the forecast's moments (normal for fast movers,
//               Poisson or negative binomial for slow and lumpy ones), as `lagom plan`;
//   kFixed      the named kind on the forecast's moments (negative binomial falls back to
//               Poisson and gamma to normal where the moments do not allow them);
//   kEmpirical  for intermittent and lumpy demand (a demand in fewer than one period in 1.32,
//               forecast.h's profile): per period, demand with the forecast's probability and
//               its size drawn from the non-zero demands seen so far
//               (engine/policy/empirical_demand.h); for smooth and erratic demand, normal on the
//               forecast's moments (the automatic rule's negative binomial on forecast errors
//               overstocks them).
struct DemandModel {
  enum class Shape { kAuto, kFixed, kEmpirical };
  Shape shape = Shape::kAuto;
  policy::DistributionKind kind = policy::DistributionKind::kNormal;  // for kFixed
};

// "auto", "empirical", or a distribution name of engine/policy ("normal", "poisson",
// "negative-binomial", "gamma").
Result<DemandModel> ParseDemandModel(std::string_view name);
std::string DemandModelName(const DemandModel& model);

// How a fill-rate target sets the levels: engine/policy's FillRateModel. CLI names
// "periodic" (exact for the periodic review simulated) and "cycle-quantity" (the
// continuous-review textbook rule).
std::optional<policy::FillRateModel> ParseFillRateModel(std::string_view name);
std::string_view FillRateModelName(policy::FillRateModel model);

// The defaults are Lagom's configuration for intermittent items (BENCHMARKS.md, "Simulation").
struct Configuration {
  forecast::Method method = forecast::Method::kAuto;
  DemandModel demand{DemandModel::Shape::kEmpirical};
  PolicyKind policy = PolicyKind::kReorderUpTo;
  double target = 0.95;  // fill rate (share of demand served from stock), in (0, 1)
  policy::FillRateModel fill_rate_model = policy::FillRateModel::kPeriodic;
  bool from_first_demand = true;  // forecast.h ForecastOptions::from_first_demand
};

// The classic set-up Lagom is measured against: SBA, a normal distribution on the forecast
// error, the continuous-review fill-rate rule, the whole history.
Configuration Textbook(PolicyKind policy, double target);

enum class ShortageKind { kBackorders, kLostSales };

struct Costs {
  double holding_rate = 0.0;   // per period, as a fraction of the unit cost of stock on hand
  double ordering_cost = 0.0;  // per order placed
  double shortage_cost = 0.0;  // per unit not served from stock
};

struct SimulationOptions {
  int warmup = 12;         // periods of history before the first review; never measured; >= 1
  int season_length = 1;   // for the forecasting methods; 1..366
  int review_period = 1;   // R: periods between reviews; >= 1
  int refit_every = 1;     // periods between forecast fits (the forecast stands between); >= 1
  double order_cover = 1;  // Q = mean demand over this many periods (sq, ss); > 0
  ShortageKind shortage = ShortageKind::kBackorders;
  double lead_time_sd = 0;          // periods; > 0: each period's lead time drawn (lead_time.h)
  std::uint64_t seed = 1;           // of the lead-time draws
  double intermittent_alpha = 0.1;  // Croston, SBA and TSB smoothing (forecast.h)
  // Empirical sizes only: the tail beyond the largest size seen (empirical_demand.h); ratio 0
  // (the default) or >= 1, weight in (0, 2).
  policy::SizeTail size_tail;
  Costs costs;
};

// Checks the ranges above and the configuration's target. InvalidInput naming the option.
Status ValidateSimulation(const Configuration& configuration, const SimulationOptions& options);

}  // namespace lagom::analysis
