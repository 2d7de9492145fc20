// Fixture: core includes nothing of Lagom's but core.
#include "core/date.h"
#include "app/auth.h"
