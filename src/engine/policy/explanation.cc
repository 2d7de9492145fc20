#include "engine/policy/explanation.h"

#include <cstring>

namespace lagom::policy {

double TermList::Get(const char* name, double fallback) const {
  for (const Term& term : terms()) {
    if (std::strcmp(term.name, name) == 0) return term.value;
  }
  return fallback;
}

}  // namespace lagom::policy
