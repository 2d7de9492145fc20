#include "store/plan_store.h"

namespace lagom::store {

namespace {

constexpr const char* kInsertProposal = R"sql(
INSERT INTO order_proposals (plan_run_id, item_id, location_id, supplier_id, quantity,
  unit_price, order_value, order_date, due_date, forecast_per_period, forecast_sd,
  lead_time_periods, review_periods, service_target, safety_stock, reorder_point, order_up_to,
  on_hand, on_order, projected, raw_need, reason)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
  ?20, ?21, ?22))sql";

constexpr const char* kSelectProposals = R"sql(
SELECT p.item_id, p.location_id, p.supplier_id, i.code, l.code, IFNULL(s.code, ''), p.quantity,
  p.unit_price, p.order_value, p.order_date, p.due_date, p.forecast_per_period, p.forecast_sd,
  p.lead_time_periods, p.review_periods, p.service_target, p.safety_stock, p.reorder_point,
  p.order_up_to, p.on_hand, p.on_order, p.projected, p.raw_need, p.reason
FROM order_proposals p JOIN items i ON i.id = p.item_id JOIN locations l ON l.id = p.location_id
  LEFT JOIN suppliers s ON s.id = p.supplier_id
WHERE p.plan_run_id = ?1 ORDER BY p.order_value DESC, i.code, l.code)sql";

void BindProposal(sqlite::Statement& stmt, std::int64_t run_id, const ProposalRecord& p) {
  std::string order_date = FormatDate(p.order_date), due_date = FormatDate(p.due_date);
  stmt.Bind(1, run_id);
  stmt.Bind(2, p.item_id);
  stmt.Bind(3, p.location_id);
  stmt.Bind(4, p.supplier_id);
  stmt.Bind(5, p.quantity_milli);
  stmt.Bind(6, p.unit_price_raw);
  stmt.Bind(7, p.order_value_raw);
  stmt.Bind(8, std::string_view(order_date));
  stmt.Bind(9, std::string_view(due_date));
  double reals[] = {p.forecast_per_period, p.forecast_sd,  p.lead_time_periods, p.review_periods,
                    p.service_target,      p.safety_stock, p.reorder_point,     p.order_up_to};
  for (int i = 0; i < 8; ++i) stmt.Bind(10 + i, reals[i]);
  stmt.Bind(18, p.on_hand_milli);
  stmt.Bind(19, p.on_order_milli);
  stmt.Bind(20, p.projected_milli);
  stmt.Bind(21, p.raw_need);
  stmt.Bind(22, std::string_view(p.reason));
}

Result<ProposalRecord> ReadProposal(const sqlite::Statement& row) {
  ProposalRecord p;
  p.item_id = row.Int(0);
  p.location_id = row.Int(1);
  p.supplier_id = row.OptionalInt(2);
  p.item_code = row.Text(3);
  p.location_code = row.Text(4);
  p.supplier_code = row.Text(5);
  p.quantity_milli = row.Int(6);
  p.unit_price_raw = row.Int(7);
  p.order_value_raw = row.Int(8);
  auto order_date = ParseDate(row.Text(9));
  auto due_date = ParseDate(row.Text(10));
  if (!order_date) return order_date.error();
  if (!due_date) return due_date.error();
  p.order_date = *order_date;
  p.due_date = *due_date;
  double* reals[] = {&p.forecast_per_period, &p.forecast_sd,    &p.lead_time_periods,
                     &p.review_periods,      &p.service_target, &p.safety_stock,
                     &p.reorder_point,       &p.order_up_to};
  for (int i = 0; i < 8; ++i) *reals[i] = row.Real(11 + i);
  p.on_hand_milli = row.Int(19);
  p.on_order_milli = row.Int(20);
  p.projected_milli = row.Int(21);
  p.raw_need = row.Real(22);
  p.reason = row.Text(23);
  return p;
}

Result<std::int64_t> InsertRun(sqlite::Database& db, const PlanRunRecord& run) {
  auto stmt = db.Prepare(
      "INSERT INTO plan_runs (as_of, period, options, stock_points, proposals, order_value, "
      "duration_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  if (!stmt) return stmt.error();
  std::string as_of = FormatDate(run.as_of);
  stmt->Bind(1, std::string_view(as_of));
  stmt->Bind(2, std::string_view(PeriodKindName(run.period)));
  stmt->Bind(3, std::string_view(run.options));
  stmt->Bind(4, std::int64_t{run.stock_points});
  stmt->Bind(5, std::int64_t{run.proposals});
  stmt->Bind(6, run.order_value_raw);
  stmt->Bind(7, run.duration_ms);
  if (Status inserted = stmt->Run(); !inserted) return inserted.error();
  return db.LastInsertId();
}

}  // namespace

Result<std::int64_t> SavePlanRun(sqlite::Database& db, const PlanRunRecord& run,
                                 std::span<const ProposalRecord> proposals) {
  auto transaction = sqlite::Transaction::Begin(db);
  if (!transaction) return transaction.error();
  auto run_id = InsertRun(db, run);
  if (!run_id) return run_id.error();
  auto stmt = db.Prepare(kInsertProposal);
  if (!stmt) return stmt.error();
  for (const ProposalRecord& proposal : proposals) {
    BindProposal(*stmt, *run_id, proposal);
    if (Status inserted = stmt->Run(); !inserted) return inserted.error();
  }
  if (Status committed = transaction->Commit(); !committed) return committed.error();
  return *run_id;
}

Result<std::optional<PlanRunRecord>> LatestPlanRun(sqlite::Database& db) {
  auto stmt = db.Prepare(
      "SELECT id, as_of, period, options, stock_points, proposals, order_value, duration_ms "
      "FROM plan_runs ORDER BY id DESC LIMIT 1");
  if (!stmt) return stmt.error();
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return std::optional<PlanRunRecord>();
  PlanRunRecord run;
  run.id = stmt->Int(0);
  auto as_of = ParseDate(stmt->Text(1));
  auto period = ParsePeriodKind(stmt->Text(2));
  if (!as_of) return as_of.error();
  if (!period) return period.error();
  run.as_of = *as_of;
  run.period = *period;
  run.options = stmt->Text(3);
  run.stock_points = static_cast<int>(stmt->Int(4));
  run.proposals = static_cast<int>(stmt->Int(5));
  run.order_value_raw = stmt->Int(6);
  run.duration_ms = stmt->Int(7);
  return std::optional<PlanRunRecord>(run);
}

Result<std::vector<ProposalRecord>> LoadProposals(sqlite::Database& db, std::int64_t run_id) {
  auto stmt = db.Prepare(kSelectProposals);
  if (!stmt) return stmt.error();
  stmt->Bind(1, run_id);
  std::vector<ProposalRecord> proposals;
  Status read = stmt->ForEach([&]() -> Status {
    auto proposal = ReadProposal(*stmt);
    if (!proposal) return proposal.error();
    proposals.push_back(std::move(*proposal));
    return {};
  });
  if (!read) return read.error();
  return proposals;
}

}  // namespace lagom::store
