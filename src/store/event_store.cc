#include "store/event_store.h"

#include <sstream>

namespace lagom::store {

namespace {

// "A1 B2", "A1,B2" or "A1; B2" as its codes.
std::vector<std::string> Codes(std::string text) {
  for (char& c : text) {
    if (c == ',' || c == ';') c = ' ';
  }
  std::vector<std::string> codes;
  std::istringstream in(text);
  for (std::string code; in >> code;) codes.push_back(code);
  return codes;
}

}  // namespace

Result<std::vector<EventRecord>> LoadEvents(sqlite::Database& db) {
  auto stmt = db.Prepare(
      "SELECT code, type, item_codes, item_groups, location_codes, from_date, to_date, "
      "uplift_percent "
      "FROM events ORDER BY from_date, code");
  if (!stmt) return stmt.error();
  std::vector<EventRecord> events;
  Status read = stmt->ForEach([&]() -> Status {
    EventRecord e;
    e.code = stmt->Text(0);
    e.type = stmt->Text(1);
    e.items = Codes(stmt->Text(2));
    e.groups = Codes(stmt->Text(3));
    e.locations = Codes(stmt->Text(4));
    auto from = ParseDate(stmt->Text(5));
    auto to = ParseDate(stmt->Text(6));
    if (!from) return from.error();
    if (!to) return to.error();
    e.from = *from;
    e.to = *to;
    if (!stmt->IsNull(7)) e.uplift_percent = stmt->Real(7);
    events.push_back(std::move(e));
    return {};
  });
  if (!read) return read.error();
  return events;
}

}  // namespace lagom::store
