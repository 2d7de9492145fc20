#include "cli/simulate_plot.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <vector>

#include "cli/simulate_output.h"

namespace lagom::cli {
namespace {

// Plot area of an 860-wide canvas; the legend sits below the x-axis title.
constexpr double kLeft = 90, kTop = 50, kWidth = 720, kHeight = 330;
constexpr double kLegendTop = kTop + kHeight + 72;  // the legend's title line
// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
constexpr const char* kColours[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                    "#E69F00", "#56B4E9", "#000000", "#F0E442"};

struct Point {
  double value, fill, target;
};

struct Axis {
  double lo, hi, step;
  double Map(double v, double from, double length) const {
    return from + (v - lo) / (hi - lo) * length;
  }
};

// Ticks at 1, 2 or 5 × 10^k covering [lo, hi] in about five steps.
Axis NiceAxis(double lo, double hi) {
  if (hi <= lo) hi = lo + (lo == 0 ? 1 : std::fabs(lo) * 0.1);
  const double raw = (hi - lo) / 5, power = std::pow(10.0, std::floor(std::log10(raw)));
  const double step = power * (raw / power <= 1   ? 1
                               : raw / power <= 2 ? 2
                               : raw / power <= 5 ? 5
                                                  : 10);
  return {std::floor(lo / step) * step, std::ceil(hi / step) * step, step};
}

// Tick labels in one unit for the whole axis: M, k or none by the axis' largest value.
std::string Tick(double v, double largest) {
  if (largest >= 1e6) return fmt::format("{:g}M", v / 1e6);
  if (largest >= 1e4) return fmt::format("{:g}k", v / 1e3);
  return fmt::format("{:g}", v);
}

// The curve's name, with the two set-ups the plot is usually made for named.
std::string Label(const analysis::Configuration& c) {
  analysis::Configuration lagom;
  lagom.policy = c.policy;
  const std::string name = CurveName(c);
  if (name == CurveName(lagom)) return name + " (Lagom's default)";
  if (name == CurveName(analysis::Textbook(c.policy, c.target))) return name + " (textbook)";
  return name;
}

std::map<std::string, std::vector<Point>> Curves(
    std::span<const analysis::Configuration> configurations,
    std::span<const analysis::Summary> summaries, std::vector<std::string>& order) {
  std::map<std::string, std::vector<Point>> curves;
  for (std::size_t c = 0; c < configurations.size(); ++c) {
    if (std::isnan(summaries[c].fill_rate)) continue;
    const std::string name = Label(configurations[c]);
    if (!curves.count(name)) order.push_back(name);
    curves[name].push_back(
        {summaries[c].stock_value, 100 * summaries[c].fill_rate, configurations[c].target});
  }
  for (auto& [name, points] : curves) {
    std::sort(points.begin(), points.end(),
              [](const Point& a, const Point& b) { return a.target < b.target; });
  }
  return curves;
}

void DrawAxes(fmt::memory_buffer& b, const Axis& x, const Axis& y, const std::string& x_title) {
  auto out = std::back_inserter(b);
  fmt::format_to(out, "<rect x='{}' y='{}' width='{}' height='{}' fill='none' stroke='#444'/>\n",
                 kLeft, kTop, kWidth, kHeight);
  for (double v = x.lo; v <= x.hi + x.step / 2; v += x.step) {
    const double px = x.Map(v, kLeft, kWidth);
    fmt::format_to(out,
                   "<line x1='{0:.1f}' y1='{1}' x2='{0:.1f}' y2='{2}' stroke='#ddd'/>"
                   "<text x='{0:.1f}' y='{3}' text-anchor='middle'>{4}</text>\n",
                   px, kTop, kTop + kHeight, kTop + kHeight + 18, Tick(v, x.hi));
  }
  for (double v = y.lo; v <= y.hi + y.step / 2; v += y.step) {
    const double py = y.Map(v, kTop + kHeight, -kHeight);
    fmt::format_to(out,
                   "<line x1='{0}' y1='{1:.1f}' x2='{2}' y2='{1:.1f}' stroke='#ddd'/>"
                   "<text x='{3}' y='{4:.1f}' text-anchor='end'>{5:g}</text>\n",
                   kLeft, py, kLeft + kWidth, kLeft - 8, py + 4, v);
  }
  fmt::format_to(out, "<text x='{}' y='{}' text-anchor='middle' font-size='14'>{}</text>\n",
                 kLeft + kWidth / 2, kTop + kHeight + 42, x_title);
  fmt::format_to(out,
                 "<text transform='translate(30 {}) rotate(-90)' text-anchor='middle' "
                 "font-size='14'>Achieved fill rate, all series (% of demand served from stock)"
                 "</text>\n",
                 kTop + kHeight / 2);
}

void DrawCurve(fmt::memory_buffer& b, const std::vector<Point>& points, const Axis& x,
               const Axis& y, const char* colour) {
  auto out = std::back_inserter(b);
  std::string path;
  for (const Point& p : points) {
    path += fmt::format("{:.1f},{:.1f} ", x.Map(p.value, kLeft, kWidth),
                        y.Map(p.fill, kTop + kHeight, -kHeight));
  }
  fmt::format_to(out, "<polyline points='{}' fill='none' stroke='{}' stroke-width='2'/>\n", path,
                 colour);
  for (const Point& p : points) {
    const double px = x.Map(p.value, kLeft, kWidth), py = y.Map(p.fill, kTop + kHeight, -kHeight);
    fmt::format_to(out,
                   "<circle cx='{:.1f}' cy='{:.1f}' r='4' fill='{}'/>"
                   "<text x='{:.1f}' y='{:.1f}' font-size='10' fill='{}'>{:g}</text>\n",
                   px, py, colour, px + 6, py + 12, colour, p.target);
  }
}

// Axes covering every point, with room on the right for the last point's label.
std::pair<Axis, Axis> AxesFor(const std::map<std::string, std::vector<Point>>& curves) {
  double x_lo = INFINITY, x_hi = -INFINITY, y_lo = INFINITY, y_hi = -INFINITY;
  for (const auto& [name, points] : curves) {
    for (const Point& p : points) {
      x_lo = std::min(x_lo, p.value), x_hi = std::max(x_hi, p.value);
      y_lo = std::min(y_lo, p.fill), y_hi = std::max(y_hi, p.fill);
    }
  }
  if (curves.empty()) x_lo = y_lo = 0, x_hi = y_hi = 1;
  const double pad = 0.04 * (x_hi - x_lo);
  return {NiceAxis(std::max(0.0, x_lo - pad), x_hi + pad), NiceAxis(y_lo, std::min(y_hi, 100.0))};
}

void DrawLegend(fmt::memory_buffer& b, const std::vector<std::string>& order) {
  auto out = std::back_inserter(b);
  fmt::format_to(out,
                 "<text x='{}' y='{}' font-weight='bold'>Curves: method, distribution, "
                 "policy, fill-rate model, history</text>\n",
                 kLeft, kLegendTop);
  for (std::size_t i = 0; i < order.size(); ++i) {
    const double y = kLegendTop + 20 + 20 * static_cast<double>(i);
    fmt::format_to(out,
                   "<line x1='{0}' y1='{1}' x2='{2}' y2='{1}' stroke='{3}' stroke-width='2'/>"
                   "<circle cx='{4}' cy='{1}' r='4' fill='{3}'/>"
                   "<text x='{5}' y='{6}'>{7}</text>\n",
                   kLeft, y, kLeft + 30, kColours[i % std::size(kColours)], kLeft + 15, kLeft + 40,
                   y + 4, order[i]);
  }
}

}  // namespace

std::string TradeOffSvg(std::span<const analysis::Configuration> configurations,
                        std::span<const analysis::Summary> summaries,
                        const std::string& cost_column) {
  std::vector<std::string> order;
  const auto curves = Curves(configurations, summaries, order);
  const auto [x, y] = AxesFor(curves);
  const double height = kLegendTop + 30 + 20 * static_cast<double>(order.size());
  fmt::memory_buffer b;
  fmt::format_to(std::back_inserter(b),
                 "<svg xmlns='http://www.w3.org/2000/svg' width='860' height='{0}' "
                 "viewBox='0 0 860 {0}' font-family='sans-serif' font-size='12'>\n"
                 "<rect width='100%' height='100%' fill='white'/>\n"
                 "<text x='{1}' y='28' font-size='16' font-weight='bold'>Service against stock: "
                 "one curve per configuration, points labelled with the fill-rate target</text>\n",
                 height, kLeft);
  DrawAxes(b, x, y,
           cost_column.empty() ? std::string("Average stock on hand, all series (units)")
                               : "Average stock value, all series (units × " + cost_column + ")");
  for (std::size_t i = 0; i < order.size(); ++i) {
    DrawCurve(b, curves.at(order[i]), x, y, kColours[i % std::size(kColours)]);
  }
  DrawLegend(b, order);
  fmt::format_to(std::back_inserter(b), "</svg>\n");
  return fmt::to_string(b);
}

}  // namespace lagom::cli
