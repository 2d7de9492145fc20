#include "engine/policy/checks.h"

#include <fmt/format.h>

#include <cmath>

namespace lagom::policy {

void Checks::Fail(const char* name, const char* rule, double value) {
  failed_ = true;
  error_.message = fmt::format("{} must be {} (got {})", name, rule, value);
}

Checks& Checks::Finite(double value, const char* name) {
  if (!failed_ && !std::isfinite(value)) Fail(name, "a finite number", value);
  return *this;
}

Checks& Checks::Positive(double value, const char* name) {
  if (!failed_ && !(std::isfinite(value) && value > 0.0)) Fail(name, "> 0", value);
  return *this;
}

Checks& Checks::NonNegative(double value, const char* name) {
  if (!failed_ && !(std::isfinite(value) && value >= 0.0)) Fail(name, ">= 0", value);
  return *this;
}

Checks& Checks::Probability(double value, const char* name) {
  if (!failed_ && !(value > 0.0 && value < 1.0)) Fail(name, "strictly between 0 and 1", value);
  return *this;
}

Checks& Checks::NonNegative(std::span<const double> values, const char* name) {
  for (double value : values) NonNegative(value, name);
  return *this;
}

Checks& Checks::Require(bool condition, const char* message) {
  if (!failed_ && !condition) {
    failed_ = true;
    error_.message = message;
  }
  return *this;
}

}  // namespace lagom::policy
