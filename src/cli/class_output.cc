#include "cli/class_output.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "csv/writer.h"
#include "server/analysis_json.h"

namespace lagom::cli {

namespace {

std::string Percent(double share) {
  return fmt::format("{:.1f}%", 100 * share);
}

}  // namespace

void PrintMatrix(std::ostream& out, const app::ClassifyResult& r, Format format) {
  if (format == Format::kJson) {
    out << server::MatrixJson(r.matrix, r.run).dump(2) << '\n';
    return;
  }
  app::Dimension first = app::ParseDimensions(r.run.dimensions)->front();
  if (format == Format::kCsv) {
    csv::WriteRow(out, std::vector<std::string>{"abc", "xyz", "count", "value", "count_share",
                                                "value_share"});
  } else {
    fmt::print(out, "{:<4} {:<3} {:>8} {:>8} {:>16} {:>8}\n", "abc", "xyz", "count", "share",
               "value", "share");
  }
  for (const auto& c : r.matrix) {
    std::string value = fmt::format("{:.2f}", app::DimensionValue(first, c.value));
    if (format == Format::kCsv) {
      csv::WriteRow(out,
                    std::vector<std::string>{c.abc, std::string(1, c.xyz), std::to_string(c.count),
                                             value, fmt::format("{:.4f}", c.count_share),
                                             fmt::format("{:.4f}", c.value_share)});
    } else {
      fmt::print(out, "{:<4} {:<3} {:>8} {:>8} {:>16} {:>8}\n", c.abc, c.xyz, c.count,
                 Percent(c.count_share), value, Percent(c.value_share));
    }
  }
}

}  // namespace lagom::cli
