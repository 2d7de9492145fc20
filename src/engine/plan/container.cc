#include "engine/plan/container.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "engine/plan/supplier_order.h"

namespace lagom::plan {

namespace {

double Units(std::int64_t milli) {
  return static_cast<double>(milli) / 1000.0;
}

double Pallets(const OrderLine& line, std::int64_t quantity_milli) {
  if (line.units_per_pallet <= 0 || quantity_milli <= 0) return 0;
  return std::ceil(Units(quantity_milli) / line.units_per_pallet - 1e-9);
}

// The load after adding one pack to `line`.
Load WithPack(Load load, const OrderLine& line) {
  double pack = Units(line.pack_milli);
  load.volume_m3 += pack * line.volume_m3;
  load.weight_kg += pack * line.weight_kg;
  load.pallets +=
      Pallets(line, line.quantity_milli + line.pack_milli) - Pallets(line, line.quantity_milli);
  return load;
}

// What moves between containers as one piece: a pallet's worth of whole packs for a
// palletised line (so that pallets are counted once), else a pack.
std::int64_t SplitStep(const OrderLine& line) {
  if (line.units_per_pallet <= 0) return line.pack_milli;
  auto per_pallet = static_cast<std::int64_t>(line.units_per_pallet * 1000.0);
  return std::max(line.pack_milli, per_pallet / line.pack_milli * line.pack_milli);
}

}  // namespace

bool Fits(const Load& load, const ContainerSpec& spec, int containers) {
  auto within = [&](double used, double capacity) {
    return capacity <= 0 || used <= capacity * containers + 1e-9;
  };
  return within(load.volume_m3, spec.volume_m3) && within(load.weight_kg, spec.weight_kg) &&
         within(load.pallets, spec.pallets);
}

std::int64_t PacksAvailable(const OrderLine& line) {
  if (line.held || line.demand_per_day <= 0) return 0;
  double limit = std::numeric_limits<double>::infinity();
  if (line.max_milli > 0) limit = Units(line.max_milli);
  if (line.max_cover_days > 0) {
    limit = std::min(limit, line.max_cover_days * line.demand_per_day - line.position);
  }
  if (!std::isfinite(limit)) return std::numeric_limits<std::int32_t>::max();
  double packs = std::floor((limit - Units(line.quantity_milli)) / Units(line.pack_milli) + 1e-9);
  return packs > 0 ? static_cast<std::int64_t>(packs) : 0;
}

Load LoadOf(std::span<const OrderLine> lines) {
  Load load;
  for (const OrderLine& line : lines) {
    if (line.held) continue;
    double units = Units(line.quantity_milli);
    load.volume_m3 += units * line.volume_m3;
    load.weight_kg += units * line.weight_kg;
    load.pallets += Pallets(line, line.quantity_milli);
  }
  return load;
}

int ContainersNeeded(const Load& load, const ContainerSpec& spec) {
  auto need = [](double used, double capacity) {
    return capacity > 0 && used > 1e-9 ? static_cast<int>(std::ceil(used / capacity - 1e-9)) : 0;
  };
  return std::max({need(load.volume_m3, spec.volume_m3), need(load.weight_kg, spec.weight_kg),
                   need(load.pallets, spec.pallets)});
}

double LoadScore(const Load& load, const ContainerSpec& spec, int containers) {
  if (containers <= 0) return 0;
  auto share = [&](double used, double capacity) {
    return capacity > 0 ? used / (capacity * containers) : 0.0;
  };
  return share(load.volume_m3, spec.volume_m3) + share(load.weight_kg, spec.weight_kg) +
         share(load.pallets, spec.pallets);
}

double FillRatio(const Load& load, const ContainerSpec& spec, int containers) {
  if (containers <= 0) return 0;
  auto share = [&](double used, double capacity) {
    return capacity > 0 ? used / (capacity * containers) : 0.0;
  };
  return std::max({share(load.volume_m3, spec.volume_m3), share(load.weight_kg, spec.weight_kg),
                   share(load.pallets, spec.pallets)});
}

ContainerFill FillContainers(std::span<OrderLine> lines, const ContainerSpec& spec) {
  ContainerFill out;
  Load load = LoadOf(lines);
  out.containers = ContainersNeeded(load, spec);
  out.fill_before = FillRatio(load, spec, out.containers);
  if (out.containers == 0) return out;
  BringForward(
      lines, [] { return false; },
      [&](const OrderLine& line) {
        Load next = WithPack(load, line);
        if (!Fits(next, spec, out.containers)) return false;
        load = next;
        ++out.packs_added;
        return true;
      });
  out.fill_after = FillRatio(load, spec, out.containers);
  return out;
}

namespace {

Load Plus(const Load& a, const Load& b, double times = 1) {
  return {a.volume_m3 + times * b.volume_m3, a.weight_kg + times * b.weight_kg,
          a.pallets + times * b.pallets};
}

// How many more `step` loads fit into a container holding `used` (0 if not one).
std::int64_t StepsThatFit(const Load& used, const Load& step, const ContainerSpec& spec) {
  double steps = std::numeric_limits<double>::infinity();
  auto limit = [&](double capacity, double used_now, double per_step) {
    if (capacity > 0 && per_step > 0) {
      steps = std::min(steps, std::floor((capacity - used_now) / per_step + 1e-9));
    }
  };
  limit(spec.volume_m3, used.volume_m3, step.volume_m3);
  limit(spec.weight_kg, used.weight_kg, step.weight_kg);
  limit(spec.pallets, used.pallets, step.pallets);
  if (!std::isfinite(steps)) return std::numeric_limits<std::int32_t>::max();
  return steps > 0 ? static_cast<std::int64_t>(steps) : 0;
}

Load StepLoad(const OrderLine& line, std::int64_t step) {
  OrderLine part = line;
  part.quantity_milli = step;
  return LoadOf(std::span<const OrderLine>(&part, 1));
}

}  // namespace

// First fit, largest steps first. Whole runs of a line's steps go into a container at once,
// and containers that cannot take even the smallest step of any line are not looked at again:
// the work grows with lines × containers, not with packs.
std::vector<std::vector<ContainerPart>> SplitIntoContainers(std::span<const OrderLine> lines,
                                                            const ContainerSpec& spec) {
  std::vector<std::size_t> order(lines.size());
  std::iota(order.begin(), order.end(), 0);
  auto pack_volume = [&](std::size_t i) { return Units(lines[i].pack_milli) * lines[i].volume_m3; };
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return pack_volume(a) > pack_volume(b); });
  Load smallest{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(),
                std::numeric_limits<double>::infinity()};
  for (const OrderLine& line : lines) {
    if (line.held || line.quantity_milli <= 0) continue;
    Load step = StepLoad(line, std::min(SplitStep(line), line.quantity_milli));
    smallest = {std::min(smallest.volume_m3, step.volume_m3),
                std::min(smallest.weight_kg, step.weight_kg),
                std::min(smallest.pallets, step.pallets)};
  }
  std::vector<std::vector<ContainerPart>> containers;
  std::vector<Load> loads;
  std::size_t first_open = 0;
  for (std::size_t i : order) {
    const OrderLine& line = lines[i];
    if (line.held) continue;
    const std::int64_t step = SplitStep(line);
    for (std::int64_t left = line.quantity_milli; left > 0;) {
      Load one = StepLoad(line, std::min(left, step));
      std::size_t c = first_open;
      while (c < loads.size() && StepsThatFit(loads[c], one, spec) == 0) ++c;
      if (c == loads.size()) {
        loads.emplace_back();
        containers.emplace_back();
      }
      std::int64_t steps = std::max<std::int64_t>(1, StepsThatFit(loads[c], one, spec));
      std::int64_t take = std::min(left, steps * step);
      loads[c] = take == steps * step ? Plus(loads[c], one, static_cast<double>(steps))
                                      : Plus(loads[c], StepLoad(line, take));
      if (!containers[c].empty() && containers[c].back().line == i) {
        containers[c].back().quantity_milli += take;
      } else {
        containers[c].push_back({i, take});
      }
      left -= take;
      while (first_open < loads.size() && !Fits(Plus(loads[first_open], smallest), spec, 1)) {
        ++first_open;
      }
    }
  }
  return containers;
}

}  // namespace lagom::plan
