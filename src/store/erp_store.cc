#include "store/erp_store.h"

namespace lagom::store {

namespace {

void BindSource(sqlite::Statement& stmt, const ErpSource& at) {
  stmt.Bind(1, at.erp);
  stmt.Bind(2, at.source);
}

}  // namespace

Result<std::optional<std::string>> ReadSyncCursor(sqlite::Database& db, const ErpSource& at) {
  auto stmt = db.Prepare("SELECT cursor FROM erp_sync_state WHERE erp = ?1 AND source = ?2");
  if (!stmt) return stmt.error();
  BindSource(*stmt, at);
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(stmt->Text(0));
}

Status SaveSyncCursor(sqlite::Database& db, const ErpSource& at, const std::string& cursor) {
  auto stmt = db.Prepare(
      "INSERT INTO erp_sync_state (erp, source, cursor) VALUES (?1, ?2, ?3) "
      "ON CONFLICT (erp, source) DO UPDATE SET cursor = excluded.cursor, "
      "synced_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
  if (!stmt) return stmt.error();
  BindSource(*stmt, at);
  stmt->Bind(3, cursor);
  return stmt->Run();
}

Result<std::vector<ApprovedProposal>> UnpushedProposals(sqlite::Database& db, const ErpSource& at) {
  auto stmt = db.Prepare(
      "SELECT p.id, p.kind, i.code, l.code, COALESCE(s.code, ''), p.quantity, p.unit_price, "
      "p.order_date, p.due_date FROM order_proposals p "
      "JOIN items i ON i.id = p.item_id JOIN locations l ON l.id = p.location_id "
      "LEFT JOIN suppliers s ON s.id = p.supplier_id "
      "WHERE p.status = 'approved' AND p.kind IN ('purchase', 'production') AND NOT EXISTS (SELECT "
      "1 FROM "
      "erp_pushes e WHERE e.erp = ?1 AND e.source = ?2 AND e.proposal_id = p.id) ORDER BY p.id");
  if (!stmt) return stmt.error();
  BindSource(*stmt, at);
  std::vector<ApprovedProposal> out;
  Status read = stmt->ForEach([&]() -> Status {
    auto order_date = ParseDate(stmt->TextView(7));
    auto due_date = ParseDate(stmt->TextView(8));
    if (!order_date) return order_date.error();
    if (!due_date) return due_date.error();
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Int(5), stmt->Int(6), *order_date, *due_date});
    return {};
  });
  if (!read) return read.error();
  return out;
}

Status RecordPush(sqlite::Database& db, const ErpSource& at, const PushRecord& push) {
  auto stmt = db.Prepare(
      "INSERT INTO erp_pushes (erp, source, proposal_id, reference, quantity) "
      "VALUES (?1, ?2, ?3, ?4, ?5)");
  if (!stmt) return stmt.error();
  BindSource(*stmt, at);
  stmt->Bind(3, push.proposal_id);
  stmt->Bind(4, push.reference);
  stmt->Bind(5, push.quantity_milli);
  return stmt->Run();
}

Result<std::vector<PushRecord>> PushRecords(sqlite::Database& db, const ErpSource& at) {
  auto stmt = db.Prepare(
      "SELECT proposal_id, reference, quantity FROM erp_pushes WHERE erp = ?1 AND source = ?2 "
      "ORDER BY proposal_id");
  if (!stmt) return stmt.error();
  BindSource(*stmt, at);
  std::vector<PushRecord> out;
  Status read = stmt->ForEach([&] { out.push_back({stmt->Int(0), stmt->Text(1), stmt->Int(2)}); });
  if (!read) return read.error();
  return out;
}

}  // namespace lagom::store
