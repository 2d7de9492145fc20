// Input validation shared by the policy models: the first failed check becomes an
// InvalidInput error that names the parameter, e.g. "holding cost must be > 0 (got -1)".
#pragma once

#include <span>

#include "core/result.h"

namespace lagom::policy {

class Checks {
 public:
  Checks& Finite(double value, const char* name);
  Checks& Positive(double value, const char* name);     // finite and > 0
  Checks& NonNegative(double value, const char* name);  // finite and >= 0
  Checks& Probability(double value, const char* name);  // strictly inside (0, 1)
  Checks& NonNegative(std::span<const double> values, const char* name);
  Checks& Require(bool condition, const char* message);

  bool ok() const { return !failed_; }
  const Error& error() const { return error_; }

 private:
  void Fail(const char* name, const char* rule, double value);

  bool failed_ = false;
  Error error_{ErrorCode::kInvalidInput, {}};
};

}  // namespace lagom::policy
