// Fixture: app may include the store.
#include "store/alert_store.h"
