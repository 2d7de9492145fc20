// Explanation: what every policy result carries so that a planner can see why a number is
// what it is — the method (formula or algorithm), the inputs and the intermediate numbers.
// A plain value with fixed capacity: no allocation, names are string literals.
#pragma once

#include <array>
#include <cstddef>
#include <span>

namespace lagom::policy {

struct Term {
  const char* name = "";  // a string literal, e.g. "z" or "sigma_lead_time"
  double value = 0.0;
};

// Up to kCapacity named numbers, in insertion order. Add() beyond capacity is ignored.
class TermList {
 public:
  static constexpr std::size_t kCapacity = 16;
  void Add(const char* name, double value) {
    if (size_ < kCapacity) terms_[size_++] = {name, value};
  }
  std::span<const Term> terms() const { return {terms_.data(), size_}; }
  // The value named `name`, or `fallback` when absent.
  double Get(const char* name, double fallback = 0.0) const;

 private:
  std::array<Term, kCapacity> terms_{};
  std::size_t size_ = 0;
};

struct Explanation {
  const char* method = "";  // e.g. "EOQ: Q* = sqrt(2 K lambda / h)"
  TermList inputs;          // the numbers the caller gave (after defaults)
  TermList steps;           // intermediate and final numbers, in order of computation
};

}  // namespace lagom::policy
