#include "engine/analysis/lead_time.h"

#include <algorithm>
#include <cmath>

#include "engine/policy/normal.h"

namespace lagom::analysis {
namespace {

// SplitMix64's output function (Steele, Lea & Flood 2014): a bijective 64-bit mixer.
std::uint64_t Mix(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ull;

}  // namespace

int DrawLeadTime(int mean, double sd, std::uint64_t seed, int period) {
  if (sd <= 0.0) return mean;
  const std::uint64_t bits = Mix(seed + kGolden * static_cast<std::uint64_t>(period + 1));
  const double u = (static_cast<double>(bits >> 11) + 0.5) * 0x1.0p-53;  // in (0, 1)
  const double drawn = static_cast<double>(mean) + sd * policy::InverseNormalCdf(u);
  return static_cast<int>(std::max(0.0, std::round(drawn)));
}

std::uint64_t SeriesSeed(std::string_view id, std::uint64_t run_seed) {
  std::uint64_t hash = 0xCBF29CE484222325ull;
  for (char c : id) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001B3ull;
  }
  return Mix(hash ^ Mix(run_seed));
}

}  // namespace lagom::analysis
