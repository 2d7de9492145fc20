// Fixture: the CLI includes a store header and calls the store with a connection.
#include "app/alert_actions.h"
#include "store/alert_store.h"
auto alerts = store::FindAlerts(**db, query);
auto name = store::HandledName(0);
