// Scores forecasts against held-out data with the definitions of ../shared/reference/README.md.
//
//   forecast_score <train.csv> <test.csv> <forecasts.csv> <season-length> <label>
//
// train/test: long CSV series_id,period,value. forecasts: series_id,step,forecast[,...] as
// written by `lagom forecast` (extra columns ignored). Prints one CSV line:
//   label,series,smape,mase,mae,rmse,bias
// sMAPE = mean over steps of 200|y-f|/(|y|+|f|) (0 when both are 0), averaged over series.
// MASE = MAE / in-sample MAE of the seasonal naive (lag m when the series is longer than m, else
// lag 1), averaged over the series where that scale is positive. MAE, RMSE and bias
// (mean of y - f) are per series, averaged over series. Exit 1 on unreadable or mismatched input.
#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "csv/reader.h"
#include "csv/series.h"

namespace {

using Forecasts = std::map<std::string, std::vector<double>>;

bool ReadForecasts(const std::string& path, Forecasts& out) {
  auto text = lagom::csv::ReadFile(path);
  if (!text) return false;
  lagom::csv::Reader reader(*text);
  std::vector<std::string> fields;
  if (!reader.Next(fields).ok()) return false;
  while (true) {
    auto more = reader.Next(fields);
    if (!more.ok()) return false;
    if (!*more) break;
    if (fields.size() < 3) return false;
    out[fields[0]].push_back(std::strtod(fields[2].c_str(), nullptr));
  }
  return true;
}

double SeasonalNaiveScale(const std::vector<double>& x, int m) {
  const std::size_t lag = m > 1 && x.size() > static_cast<std::size_t>(m) ? m : 1;
  double sum = 0;
  for (std::size_t t = lag; t < x.size(); ++t) sum += std::fabs(x[t] - x[t - lag]);
  return x.size() > lag ? sum / static_cast<double>(x.size() - lag) : 0.0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) {
    fmt::print(stderr, "usage: forecast_score train.csv test.csv forecasts.csv m label\n");
    return 2;
  }
  auto train = lagom::csv::ReadSeriesCsv(argv[1]);
  auto test = lagom::csv::ReadSeriesCsv(argv[2]);
  Forecasts forecasts;
  if (!train || !test || !ReadForecasts(argv[3], forecasts)) {
    fmt::print(stderr, "forecast_score: cannot read the input files\n");
    return 1;
  }
  const int m = std::atoi(argv[4]);
  std::map<std::string, const std::vector<double>*> history;
  for (const auto& s : *train) history[s.id] = &s.values;
  double smape = 0, mase = 0, mae = 0, rmse = 0, bias = 0;
  int scaled = 0;
  for (const auto& s : *test) {
    auto f = forecasts.find(s.id);
    auto x = history.find(s.id);
    if (f == forecasts.end() || x == history.end() || f->second.size() < s.values.size()) {
      fmt::print(stderr, "forecast_score: no forecast or history for series {}\n", s.id);
      return 1;
    }
    double sm = 0, ae = 0, se = 0, e = 0;
    const double h = static_cast<double>(s.values.size());
    for (std::size_t k = 0; k < s.values.size(); ++k) {
      const double y = s.values[k], fc = f->second[k];
      const double denominator = std::fabs(y) + std::fabs(fc);
      sm += denominator > 0 ? 200 * std::fabs(y - fc) / denominator : 0.0;
      ae += std::fabs(y - fc), se += (y - fc) * (y - fc), e += y - fc;
    }
    smape += sm / h, mae += ae / h, rmse += std::sqrt(se / h), bias += e / h;
    const double scale = SeasonalNaiveScale(*x->second, m);
    if (scale > 0) mase += ae / h / scale, ++scaled;
  }
  const double n = static_cast<double>(test->size());
  fmt::print("{},{},{:.4f},{:.4f},{:.4f},{:.4f},{:.4f}\n", argv[5], test->size(), smape / n,
             scaled ? mase / scaled : 0.0, mae / n, rmse / n, bias / n);
  return 0;
}
