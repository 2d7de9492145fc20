// Fixture: test helpers may include anything.
#include "store/store.h"
