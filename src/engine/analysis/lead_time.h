// Lead times of the orders of a replay. A fixed lead time L, or — with a spread sd > 0 — one
// drawn per period from a normal N(L, sd²) rounded to whole periods >= 0 (the distribution
// engine/policy's ProtectionPmf assumes). The draw is counter-based: the lead time of an order
// placed in period t depends only on (seed, t), so every configuration of a run sees the same
// lead time in the same period (common random numbers) whatever orders it placed before.
// Pure functions: deterministic, thread-safe, identical on every platform (no std:: engines
// or distributions, whose output the standard leaves open).
#pragma once

#include <cstdint>
#include <string_view>

namespace lagom::analysis {

// REQUIRES: mean >= 0, sd >= 0. sd == 0 returns mean.
int DrawLeadTime(int mean, double sd, std::uint64_t seed, int period);

// A seed for one series from its id and the run's seed (FNV-1a of the id, mixed).
std::uint64_t SeriesSeed(std::string_view id, std::uint64_t run_seed);

}  // namespace lagom::analysis
