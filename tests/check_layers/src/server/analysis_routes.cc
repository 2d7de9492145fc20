// Fixture: the server through app/ only.
#include "app/alert_actions.h"
#include "server/analysis_json.h"
auto alerts = app::ListAlerts(c.db, query);
