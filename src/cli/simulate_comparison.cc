#include "cli/simulate_comparison.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "cli/simulate_output.h"

namespace lagom::cli {
namespace {

struct Curve {
  analysis::PolicyKind policy;
  std::vector<double> targets;
  std::vector<analysis::Summary> points;
};

// Curves by name, in the order they first appear.
std::vector<std::pair<std::string, Curve>> Curves(
    std::span<const analysis::Configuration> configurations,
    std::span<const analysis::Summary> summaries) {
  std::vector<std::pair<std::string, Curve>> curves;
  std::map<std::string, std::size_t> index;
  for (std::size_t c = 0; c < configurations.size(); ++c) {
    const std::string name = CurveName(configurations[c]);
    auto [it, added] = index.emplace(name, curves.size());
    if (added) curves.push_back({name, Curve{configurations[c].policy, {}, {}}});
    Curve& curve = curves[it->second].second;
    curve.targets.push_back(configurations[c].target);
    curve.points.push_back(summaries[c]);
  }
  return curves;
}

void PrintCurve(std::ostream& out, const std::string& name, const Curve& curve,
                const Curve& textbook) {
  fmt::print(out, "{} against the textbook:\n", name);
  for (std::size_t i = 0; i < curve.points.size(); ++i) {
    const analysis::Summary& p = curve.points[i];
    const double base = analysis::StockValueAtFillRate(textbook.points, p.fill_rate);
    const std::string change = std::isnan(base) || base <= 0
                                   ? std::string("-")
                                   : fmt::format("{:+.1f}%", 100.0 * (p.stock_value / base - 1.0));
    fmt::print(out,
               "  target {:<6g} fill rate {:.4f}  stock value {:>14.2f}  textbook {:>14}  {}\n",
               curve.targets[i], p.fill_rate, p.stock_value,
               std::isnan(base) ? std::string("-") : fmt::format("{:.2f}", base), change);
  }
}

}  // namespace

void PrintTextbookComparison(std::ostream& out,
                             std::span<const analysis::Configuration> configurations,
                             std::span<const analysis::Summary> summaries) {
  const auto curves = Curves(configurations, summaries);
  for (const auto& [name, curve] : curves) {
    const std::string textbook = CurveName(analysis::Textbook(curve.policy, 0.5));
    auto base = std::find_if(curves.begin(), curves.end(),
                             [&](const auto& other) { return other.first == textbook; });
    if (name != textbook && base != curves.end()) PrintCurve(out, name, curve, base->second);
  }
}

void PrintCalibration(std::ostream& out, std::span<const analysis::Configuration> configurations,
                      std::span<const analysis::Summary> summaries,
                      std::span<const double> wanted) {
  for (const auto& [name, curve] : Curves(configurations, summaries)) {
    fmt::print(out, "{}: policy target for a mean fill rate over items of\n", name);
    for (double mean : wanted) {
      const double target = analysis::TargetForMeanFillRate(curve.targets, curve.points, mean);
      fmt::print(out, "  {:<6g} {}\n", mean,
                 std::isnan(target) ? std::string("out of the sweep's reach")
                                    : fmt::format("target {:.4f}", target));
    }
  }
}

}  // namespace lagom::cli
