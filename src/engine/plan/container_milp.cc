#include "engine/plan/container_milp.h"

#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>
#include <algorithm>
#include <cmath>
#include <string>

namespace lagom::plan {

namespace {

double Units(std::int64_t milli) {
  return static_cast<double>(milli) / 1000.0;
}

// Columns: x_0 … x_{n−1} (extra packs), then p_i for each palletised line.
struct Program {
  std::vector<double> lower, upper, objective;
  std::vector<double> row_lower, row_upper;
  CoinPackedMatrix matrix{false, 0, 0};
  std::vector<int> integers;
};

double Bound(const OrderLine& line, const ContainerSpec& spec, int containers) {
  double bound = static_cast<double>(PacksAvailable(line));
  double pack = Units(line.pack_milli);
  auto limit = [&](double per_unit, double capacity) {
    if (capacity > 0 && per_unit > 0)
      bound = std::min(bound, capacity * containers / (pack * per_unit));
  };
  limit(line.volume_m3, spec.volume_m3);
  limit(line.weight_kg, spec.weight_kg);
  return std::floor(bound);
}

Program Build(std::span<const OrderLine> lines, const ContainerSpec& spec, int containers) {
  Program p;
  const int n = static_cast<int>(lines.size());
  auto share = [&](double capacity) { return capacity > 0 ? 1.0 / (capacity * containers) : 0.0; };
  std::vector<int> pallet_column(lines.size(), -1);
  for (int i = 0; i < n; ++i) {
    const OrderLine& line = lines[static_cast<std::size_t>(i)];
    double pack = Units(line.pack_milli);
    p.lower.push_back(0);
    p.upper.push_back(Bound(line, spec, containers));
    double per_pallet = line.units_per_pallet > 0 ? 1.0 / line.units_per_pallet : 0.0;
    // Pallets are rewarded by the goods on them (fractional), never by p_i itself, which
    // only has to cover them.
    p.objective.push_back(pack * (line.volume_m3 * share(spec.volume_m3) +
                                  line.weight_kg * share(spec.weight_kg) +
                                  per_pallet * share(spec.pallets)));
    p.integers.push_back(i);
  }
  for (int i = 0; i < n; ++i) {
    const OrderLine& line = lines[static_cast<std::size_t>(i)];
    if (line.units_per_pallet <= 0 || spec.pallets <= 0) continue;
    pallet_column[static_cast<std::size_t>(i)] = static_cast<int>(p.lower.size());
    p.lower.push_back(0);
    p.upper.push_back(spec.pallets * containers);
    p.objective.push_back(0);
    p.integers.push_back(pallet_column[static_cast<std::size_t>(i)]);
  }
  p.matrix.setDimensions(0, static_cast<int>(p.lower.size()));
  auto capacity_row = [&](double capacity, auto per_unit) {
    if (capacity <= 0) return;
    CoinPackedVector row;
    double used = 0;
    for (int i = 0; i < n; ++i) {
      const OrderLine& line = lines[static_cast<std::size_t>(i)];
      double coefficient = Units(line.pack_milli) * per_unit(line);
      used += Units(line.quantity_milli) * per_unit(line);
      if (coefficient > 0) row.insert(i, coefficient);
    }
    p.matrix.appendRow(row);
    p.row_lower.push_back(-COIN_DBL_MAX);
    p.row_upper.push_back(capacity * containers - used);
  };
  capacity_row(spec.volume_m3, [](const OrderLine& l) { return l.volume_m3; });
  capacity_row(spec.weight_kg, [](const OrderLine& l) { return l.weight_kg; });
  if (spec.pallets > 0) {
    CoinPackedVector total;
    for (int i = 0; i < n; ++i) {
      int column = pallet_column[static_cast<std::size_t>(i)];
      if (column < 0) continue;
      const OrderLine& line = lines[static_cast<std::size_t>(i)];
      // units_per_pallet · p_i − pack · x_i ≥ q_i
      CoinPackedVector link;
      link.insert(column, line.units_per_pallet);
      link.insert(i, -Units(line.pack_milli));
      p.matrix.appendRow(link);
      p.row_lower.push_back(Units(line.quantity_milli));
      p.row_upper.push_back(COIN_DBL_MAX);
      total.insert(column, 1.0);
    }
    p.matrix.appendRow(total);
    p.row_lower.push_back(-COIN_DBL_MAX);
    p.row_upper.push_back(spec.pallets * containers);
  }
  return p;
}

int Quiet(CbcModel*, int) {
  return 0;
}

}  // namespace

Result<OptimalFill> SolveOptimalFill(std::span<const OrderLine> lines, const ContainerSpec& spec,
                                     int containers, double seconds_limit) {
  if (lines.empty() || containers <= 0) {
    return OptimalFill{std::vector<std::int64_t>(lines.size()), 0, true};
  }
  Program p = Build(lines, spec, containers);
  OsiClpSolverInterface solver;
  solver.loadProblem(p.matrix, p.lower.data(), p.upper.data(), p.objective.data(),
                     p.row_lower.data(), p.row_upper.data());
  solver.setObjSense(-1.0);  // maximise
  solver.setInteger(p.integers.data(), static_cast<int>(p.integers.size()));
  solver.messageHandler()->setLogLevel(0);
  CbcModel model(solver);
  model.setLogLevel(0);
  CbcSolverUsefulData data;
  CbcMain0(model, data);
  std::string limit = std::to_string(seconds_limit);
  const char* argv[] = {"lagom", "-log", "0", "-sec", limit.c_str(), "-solve", "-quit"};
  CbcMain1(7, argv, model, Quiet, data);
  const double* best = model.bestSolution();
  if (!best) return Error{ErrorCode::kInternal, "the container MILP found no solution"};
  OptimalFill fill;
  std::vector<OrderLine> filled(lines.begin(), lines.end());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    fill.packs_added.push_back(static_cast<std::int64_t>(std::llround(best[i])));
    filled[i].quantity_milli += fill.packs_added.back() * lines[i].pack_milli;
  }
  fill.score = LoadScore(LoadOf(filled), spec, containers);
  fill.proven_optimal = model.isProvenOptimal();
  return fill;
}

}  // namespace lagom::plan
