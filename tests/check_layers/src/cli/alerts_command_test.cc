// Fixture: tests may include and call anything.
#include "store/alert_store.h"
auto alerts = store::FindAlerts(**db, query);
