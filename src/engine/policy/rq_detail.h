// Helpers shared by rq.cc and rq_approximations.cc (internal to engine/policy).
#pragma once

#include "engine/policy/checks.h"
#include "engine/policy/rq.h"

namespace lagom::policy::detail {

Checks CheckRqProblem(const RqProblem& problem);
// A scale for root brackets: sd of the lead-time demand + 1.
double RqSpread(const RqProblem& problem);
// The result with its exact cost and the explanation common to all (r, Q) methods.
RqResult RqFinish(const RqProblem& problem, double reorder_point, double order_quantity,
                  const char* method);

}  // namespace lagom::policy::detail
