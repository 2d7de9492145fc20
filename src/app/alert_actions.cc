#include "app/alert_actions.h"

namespace lagom::app {

namespace {

Status Check(const AlertActionRequest& r, Date today) {
  if (r.ids.empty()) return InvalidInput("ids: name at least one alert");
  if (r.by.empty()) return InvalidInput("user: who handles the alerts must be named");
  if (r.note.size() > kMaxAlertNoteBytes) {
    return InvalidInput("note: longer than " + std::to_string(kMaxAlertNoteBytes) + " bytes");
  }
  bool snooze = r.kind == store::AlertActionKind::kSnooze;
  if (snooze && !r.until) return InvalidInput("until: a snooze needs the day it ends");
  if (!snooze && r.until) return InvalidInput("until: only a snooze has an end day");
  if (snooze && *r.until <= today) {
    return InvalidInput("until: " + FormatDate(*r.until) + " is not after today (" +
                        FormatDate(today) + ")");
  }
  return {};
}

}  // namespace

Result<std::size_t> HandleAlerts(sqlite::Database& db, const AlertActionRequest& request,
                                 Date today, const std::string& now) {
  if (Status ok = Check(request, today); !ok) return ok.error();
  auto tx = sqlite::Transaction::Begin(db);
  if (!tx) return tx.error();
  store::AlertAction action{request.kind, request.by, now, request.until, request.note};
  for (std::int64_t id : request.ids) {
    if (Status recorded = store::RecordAlertAction(db, id, action); !recorded) {
      return recorded.error();
    }
  }
  if (Status committed = tx->Commit(); !committed) return committed.error();
  return request.ids.size();
}

Result<std::vector<store::AlertRecord>> ListAlerts(sqlite::Database& db,
                                                   const store::AlertQuery& query) {
  return store::FindAlerts(db, query);
}

Result<std::int64_t> CountAlerts(sqlite::Database& db, const store::AlertQuery& query) {
  return store::CountAlerts(db, query);
}

Result<std::vector<store::AlertAction>> AlertHistory(sqlite::Database& db, std::int64_t id) {
  return store::AlertHistory(db, id);
}

}  // namespace lagom::app
