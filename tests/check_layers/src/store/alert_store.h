// Fixture: a store header declaring a function that takes a connection (over two lines).
#include "core/result.h"
Result<int> FindAlerts(
    sqlite::Database& db, int query);
const char* HandledName(int handled);
