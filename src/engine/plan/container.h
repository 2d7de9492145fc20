// Containers and trucks for one supplier order: how full the order loads them (volume,
// weight, pallets), how many it needs, and AGR's "satisfy" fill — with the number of
// containers the order needs anyway, bring forward packs of the most urgent lines (fewest
// days of cover) while they still fit, so that the containers leave as full as possible.
// Then which container carries what (first fit, largest packs first). Pure, deterministic.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "engine/plan/order_line.h"

namespace lagom::plan {

// A dimension of 0 is not limited. REQUIRES: at least one dimension > 0.
struct ContainerSpec {
  double volume_m3 = 0;
  double weight_kg = 0;
  double pallets = 0;
};

struct Load {
  double volume_m3 = 0;
  double weight_kg = 0;
  double pallets = 0;  // Σ ⌈quantity / units per pallet⌉ over palletised lines
};

Load LoadOf(std::span<const OrderLine> lines);
// The containers a load needs: the largest of ⌈load / capacity⌉ over the limited
// dimensions; 0 for an empty load.
int ContainersNeeded(const Load& load, const ContainerSpec& spec);
// The fullest dimension's share of `containers` containers (0–1).
double FillRatio(const Load& load, const ContainerSpec& spec, int containers);
// The sum of the limited dimensions' shares: what the fill maximises (greedy and optimal).
double LoadScore(const Load& load, const ContainerSpec& spec, int containers);
// Whether a load fits into `containers` containers in every limited dimension.
bool Fits(const Load& load, const ContainerSpec& spec, int containers);
// The most packs a line may still take (its maximum and maximum cover; 0 without demand
// or when held).
std::int64_t PacksAvailable(const OrderLine& line);

struct ContainerFill {
  int containers = 0;
  double fill_before = 0;
  double fill_after = 0;
  std::int64_t packs_added = 0;
};

// Greedy "satisfy" fill. Held lines are left alone.
ContainerFill FillContainers(std::span<OrderLine> lines, const ContainerSpec& spec);

struct ContainerPart {
  std::size_t line;
  std::int64_t quantity_milli;
};

// Splits the lines' quantities into containers (whole packs; a line may be split). Each
// inner vector is one container's parts.
std::vector<std::vector<ContainerPart>> SplitIntoContainers(std::span<const OrderLine> lines,
                                                            const ContainerSpec& spec);

}  // namespace lagom::plan
