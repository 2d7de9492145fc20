#include "store/plan_store.h"

#include <type_traits>
#include <variant>

#include "store/forecast_versions.h"
#include "store/proposal_fields.h"

namespace lagom::store {

namespace {

// The INSERT of a proposal and the SELECT that reads it back, from the field table.
const std::string& InsertProposalSql() {
  static const std::string sql = [] {
    std::string columns, values;
    int n = 0;
    for (const ProposalField& f : ProposalFields()) {
      if (f.column.empty()) continue;
      ++n;
      columns += (n > 1 ? ", " : "") + std::string(f.column);
      values += (n > 1 ? ", ?" : "?") + std::to_string(n);
    }
    return "INSERT INTO order_proposals (" + columns + ") VALUES (" + values + ")";
  }();
  return sql;
}

const std::string& SelectProposalsSql() {
  static const std::string sql = [] {
    std::string select;
    for (const ProposalField& f : ProposalFields()) {
      if (f.select.empty()) continue;  // derived
      select += (select.empty() ? "SELECT " : ", ") + std::string(f.select);
    }
    return select +
           " FROM order_proposals p JOIN items i ON i.id = p.item_id"
           " JOIN locations l ON l.id = p.location_id"
           " LEFT JOIN suppliers s ON s.id = p.supplier_id"
           " LEFT JOIN locations src ON src.id = p.source_location_id";
  }();
  return sql;
}

// Filters of a ProposalQuery; parameters ?1 … ?8 in this order.
const std::string& ProposalFilter() {
  static const std::string sql =
      R"sql(
WHERE (?1 IS NULL OR p.plan_run_id = ?1) AND (?2 IS NULL OR p.id = ?2)
  AND (?3 = '' OR i.code = ?3) AND (?4 = '' OR l.code = ?4) AND (?5 = '' OR s.code = ?5)
  AND (?6 = '' OR p.status = ?6) AND (?7 = 0 OR p.supplier_id IS NULL)
  AND (?8 = '' OR )sql" +
      std::string(FindProposalField("state")->select) + " = ?8)";
  return sql;
}

void BindProposal(sqlite::Statement& stmt, const ProposalRecord& p) {
  int index = 0;
  for (const ProposalField& f : ProposalFields()) {
    if (f.column.empty()) continue;
    ++index;
    std::visit(
        [&](auto member) {
          const auto& value = ValueOf(p, member);
          if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::string>) {
            stmt.Bind(index, std::string_view(value));
          } else {
            stmt.Bind(index, value);
          }
        },
        f.member);
  }
}

// Column `column` of `row` into `value`.
template <class T>
Status ReadValue(const sqlite::Statement& row, int column, T& value) {
  if constexpr (std::is_same_v<T, std::int64_t>) {
    value = row.Int(column);
  } else if constexpr (std::is_same_v<T, std::optional<std::int64_t>>) {
    value = row.OptionalInt(column);
  } else if constexpr (std::is_same_v<T, double>) {
    value = row.Real(column);
  } else if constexpr (std::is_same_v<T, std::string>) {
    value = row.Text(column);
  } else {
    auto date = ParseDate(row.Text(column));
    if (!date) return date.error();
    value = *date;
  }
  return {};
}

Result<ProposalRecord> ReadProposal(const sqlite::Statement& row) {
  ProposalRecord p;
  int column = 0;
  for (const ProposalField& f : ProposalFields()) {
    if (f.select.empty()) continue;  // derived
    Status read = std::visit(
        [&](auto member) -> Status {
          if constexpr (!kStored<decltype(member)>) {
            return {};
          } else {
            return ReadValue(row, column, p.*member);
          }
        },
        f.member);
    if (!read) return read.error();
    ++column;
  }
  return p;
}

void BindProposalQuery(sqlite::Statement& stmt, const ProposalQuery& query) {
  stmt.Bind(1, query.run_id);
  stmt.Bind(2, query.id);
  stmt.Bind(3, std::string_view(query.item));
  stmt.Bind(4, std::string_view(query.location));
  stmt.Bind(5, std::string_view(query.supplier));
  stmt.Bind(6, std::string_view(query.status));
  stmt.Bind(7, std::int64_t{query.without_supplier ? 1 : 0});
  stmt.Bind(8, std::string_view(query.state));
}

Result<PlanRunRecord> ReadRun(const sqlite::Statement& row) {
  PlanRunRecord run;
  run.id = row.Int(0);
  auto as_of = ParseDate(row.Text(1));
  auto period = ParsePeriodKind(row.Text(2));
  if (!as_of) return as_of.error();
  if (!period) return period.error();
  run.as_of = *as_of;
  run.period = *period;
  run.options = row.Text(3);
  run.stock_points = static_cast<int>(row.Int(4));
  run.proposals = static_cast<int>(row.Int(5));
  run.order_value_raw = row.Int(6);
  run.duration_ms = row.Int(7);
  return run;
}

constexpr const char* kSelectRuns =
    "SELECT id, as_of, period, options, stock_points, proposals, order_value, duration_ms "
    "FROM plan_runs ";

Result<std::vector<PlanRunRecord>> QueryRuns(sqlite::Database& db, const std::string& tail,
                                             std::optional<std::int64_t> id) {
  auto stmt = db.Prepare(kSelectRuns + tail);
  if (!stmt) return stmt.error();
  if (id) stmt->Bind(1, *id);
  std::vector<PlanRunRecord> runs;
  Status read = stmt->ForEach([&]() -> Status {
    auto run = ReadRun(*stmt);
    if (!run) return run.error();
    runs.push_back(std::move(*run));
    return {};
  });
  if (!read) return read.error();
  return runs;
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

// The columns of plan_forecasts after the keys, in ForecastRecord's order.
constexpr const char* kForecastColumns =
    "model, mean_per_period, sigma, demand_per_period, demand_sd, lead_time_periods, "
    "lead_time_sd_periods, review_periods, service_target, safety_stock, reorder_point, "
    "order_up_to, achieved_service, stockout_risk, position, policy";

std::vector<double*> ForecastReals(ForecastRecord& f) {
  return {&f.mean_per_period,   &f.sigma,
          &f.demand_per_period, &f.demand_sd,
          &f.lead_time_periods, &f.lead_time_sd_periods,
          &f.review_periods,    &f.service_target,
          &f.safety_stock,      &f.reorder_point,
          &f.order_up_to,       &f.achieved_service,
          &f.stockout_risk};
}

Status InsertForecasts(sqlite::Database& db, std::int64_t run_id,
                       std::span<const ForecastRecord> forecasts) {
  if (Status cleared = db.Execute("DELETE FROM plan_forecasts"); !cleared) return cleared;
  auto stmt = db.Prepare(std::string("INSERT INTO plan_forecasts (plan_run_id, item_id, "
                                     "location_id, ") +
                         kForecastColumns +
                         ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                         "?14, ?15, ?16, ?17, ?18, ?19)");
  if (!stmt) return stmt.error();
  for (ForecastRecord f : forecasts) {
    stmt->Bind(1, run_id);
    stmt->Bind(2, f.item_id);
    stmt->Bind(3, f.location_id);
    stmt->Bind(4, std::string_view(f.model));
    int index = 5;
    for (double* real : ForecastReals(f)) stmt->Bind(index++, *real);
    stmt->Bind(18, f.position_milli);
    stmt->Bind(19, std::string_view(f.policy));
    if (Status inserted = stmt->Run(); !inserted) return inserted;
  }
  return {};
}

Status InsertExceptions(sqlite::Database& db, std::int64_t run_id,
                        std::span<const ExceptionRecord> exceptions) {
  auto stmt = db.Prepare(
      "INSERT INTO plan_exceptions (plan_run_id, item_id, location_id, kind, severity, message) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  if (!stmt) return stmt.error();
  for (const ExceptionRecord& e : exceptions) {
    stmt->Bind(1, run_id);
    stmt->Bind(2, e.item_id);
    stmt->Bind(3, e.location_id);
    stmt->Bind(4, std::string_view(e.kind));
    stmt->Bind(5, std::string_view(e.severity));
    stmt->Bind(6, std::string_view(e.message));
    if (Status inserted = stmt->Run(); !inserted) return inserted;
  }
  return {};
}

}  // namespace

Result<std::int64_t> SavePlanRun(sqlite::Database& db, const PlanRunRecord& run,
                                 std::span<ProposalRecord> proposals,
                                 std::span<const ExceptionRecord> exceptions,
                                 std::span<const ForecastRecord> forecasts) {
  auto transaction = sqlite::Transaction::Begin(db);
  if (!transaction) return transaction.error();
  auto run_id = InsertRun(db, run);
  if (!run_id) return run_id.error();
  auto stmt = db.Prepare(InsertProposalSql());
  if (!stmt) return stmt.error();
  for (ProposalRecord& proposal : proposals) {
    proposal.plan_run_id = *run_id;
    BindProposal(*stmt, proposal);
    if (Status inserted = stmt->Run(); !inserted) return inserted.error();
    proposal.id = db.LastInsertId();
  }
  if (Status saved = InsertExceptions(db, *run_id, exceptions); !saved) return saved.error();
  if (Status saved = InsertForecasts(db, *run_id, forecasts); !saved) return saved.error();
  if (Status saved = InsertForecastVersions(db, *run_id, forecasts); !saved) return saved.error();
  if (Status committed = transaction->Commit(); !committed) return committed.error();
  return *run_id;
}

Result<std::optional<RunStockPoint>> FindRunStockPoint(sqlite::Database& db, std::int64_t item_id,
                                                       std::int64_t location_id) {
  auto stmt = db.Prepare(std::string("SELECT plan_run_id, ") + kForecastColumns +
                         " FROM plan_forecasts WHERE item_id = ?1 AND location_id = ?2");
  if (!stmt) return stmt.error();
  stmt->Bind(1, item_id);
  stmt->Bind(2, location_id);
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return std::optional<RunStockPoint>();
  RunStockPoint found;
  ForecastRecord& f = found.numbers;
  f.item_id = item_id;
  f.location_id = location_id;
  f.model = stmt->Text(1);
  int column = 2;
  for (double* real : ForecastReals(f)) *real = stmt->Real(column++);
  f.position_milli = stmt->Int(15);
  f.policy = stmt->Text(16);
  std::int64_t run_id = stmt->Int(0);
  auto run = FindPlanRun(db, run_id);
  if (!run) return run.error();
  if (!*run) return std::optional<RunStockPoint>();
  found.run = **run;
  return std::optional<RunStockPoint>(std::move(found));
}

Result<std::optional<PlanRunRecord>> LatestPlanRun(sqlite::Database& db) {
  auto runs = QueryRuns(db, "ORDER BY id DESC LIMIT 1", std::nullopt);
  if (!runs) return runs.error();
  if (runs->empty()) return std::optional<PlanRunRecord>();
  return std::optional<PlanRunRecord>(runs->front());
}

Result<std::optional<PlanRunRecord>> FindPlanRun(sqlite::Database& db, std::int64_t id) {
  auto runs = QueryRuns(db, "WHERE id = ?1", id);
  if (!runs) return runs.error();
  if (runs->empty()) return std::optional<PlanRunRecord>();
  return std::optional<PlanRunRecord>(runs->front());
}

Result<std::int64_t> CountPlanRuns(sqlite::Database& db) {
  auto stmt = db.Prepare("SELECT COUNT(*) FROM plan_runs");
  if (!stmt) return stmt.error();
  auto row = stmt->Step();
  if (!row) return row.error();
  return stmt->Int(0);
}

Result<std::vector<PlanRunRecord>> ListPlanRuns(sqlite::Database& db, std::int64_t limit,
                                                std::int64_t offset) {
  return QueryRuns(
      db, "ORDER BY id DESC LIMIT " + std::to_string(limit) + " OFFSET " + std::to_string(offset),
      std::nullopt);
}

Result<std::vector<ProposalRecord>> FindProposals(sqlite::Database& db,
                                                  const ProposalQuery& query) {
  auto stmt = db.Prepare(SelectProposalsSql() + ProposalFilter() +
                         " ORDER BY p.order_value DESC, i.code, l.code, p.id LIMIT " +
                         std::to_string(query.limit) + " OFFSET " + std::to_string(query.offset));
  if (!stmt) return stmt.error();
  BindProposalQuery(*stmt, query);
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

Result<std::int64_t> CountProposals(sqlite::Database& db, const ProposalQuery& query) {
  auto stmt = db.Prepare(
      std::string("SELECT COUNT(*) FROM order_proposals p JOIN items i ON i.id = p.item_id "
                  "JOIN locations l ON l.id = p.location_id "
                  "LEFT JOIN suppliers s ON s.id = p.supplier_id") +
      ProposalFilter());
  if (!stmt) return stmt.error();
  BindProposalQuery(*stmt, query);
  auto row = stmt->Step();
  if (!row) return row.error();
  return stmt->Int(0);
}

Result<std::vector<ProposalRecord>> LoadProposals(sqlite::Database& db, std::int64_t run_id) {
  ProposalQuery query;
  query.run_id = run_id;
  return FindProposals(db, query);
}

Result<std::vector<ProposalTotals>> LoadProposalTotals(sqlite::Database& db, std::int64_t run_id) {
  const std::string state(FindProposalField("state")->select);
  auto stmt = db.Prepare(
      "SELECT IFNULL(s.code, ''), IFNULL(s.name, ''), IFNULL(s.min_order_value, 0), " + state +
      ", COUNT(*), SUM(p.order_value) FROM order_proposals p "
      "LEFT JOIN suppliers s ON s.id = p.supplier_id WHERE p.plan_run_id = ?1 "
      "GROUP BY p.supplier_id, 4 ORDER BY IFNULL(s.code, ''), 4");
  if (!stmt) return stmt.error();
  stmt->Bind(1, run_id);
  std::vector<ProposalTotals> totals;
  Status read = stmt->ForEach([&] {
    totals.push_back({stmt->Text(0), stmt->Text(1), stmt->Int(2), stmt->Text(3),
                      static_cast<int>(stmt->Int(4)), stmt->Int(5)});
  });
  if (!read) return read.error();
  return totals;
}

Status UpdateProposal(sqlite::Database& db, const ProposalRecord& proposal) {
  auto stmt = db.Prepare(
      "UPDATE order_proposals SET status = ?2, quantity = ?3, order_value = ?4, due_date = ?5, "
      "order_number = ?6 WHERE id = ?1");
  if (!stmt) return stmt.error();
  std::string due = FormatDate(proposal.due_date);
  stmt->Bind(1, proposal.id);
  stmt->Bind(2, std::string_view(proposal.status));
  stmt->Bind(3, proposal.quantity_milli);
  stmt->Bind(4, proposal.order_value_raw);
  stmt->Bind(5, std::string_view(due));
  stmt->Bind(6, std::string_view(proposal.order_number));
  return stmt->Run();
}

Result<std::vector<ExceptionRecord>> LoadExceptions(sqlite::Database& db, std::int64_t run_id) {
  auto stmt = db.Prepare(
      "SELECT e.item_id, e.location_id, i.code, l.code, e.kind, e.severity, e.message "
      "FROM plan_exceptions e JOIN items i ON i.id = e.item_id JOIN locations l ON l.id = "
      "e.location_id WHERE e.plan_run_id = ?1 ORDER BY CASE e.severity WHEN 'critical' THEN 0 "
      "WHEN 'warning' THEN 1 ELSE 2 END, e.kind, i.code, l.code");
  if (!stmt) return stmt.error();
  stmt->Bind(1, run_id);
  std::vector<ExceptionRecord> exceptions;
  Status read = stmt->ForEach([&] {
    exceptions.push_back({stmt->Int(0), stmt->Int(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                          stmt->Text(5), stmt->Text(6)});
  });
  if (!read) return read.error();
  return exceptions;
}

Status InsertTransferOrder(sqlite::Database& db, const std::string& number,
                           const ProposalRecord& proposal) {
  auto stmt = db.Prepare(
      "INSERT INTO transfer_orders (number, item_id, from_location_id, to_location_id, "
      "quantity, order_date, due_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  if (!stmt) return stmt.error();
  std::string order_date = FormatDate(proposal.order_date), due = FormatDate(proposal.due_date);
  stmt->Bind(1, std::string_view(number));
  stmt->Bind(2, proposal.item_id);
  stmt->Bind(3, *proposal.source_location_id);
  stmt->Bind(4, proposal.location_id);
  stmt->Bind(5, proposal.quantity_milli);
  stmt->Bind(6, std::string_view(order_date));
  stmt->Bind(7, std::string_view(due));
  return stmt->Run();
}

Status InsertPurchaseOrder(sqlite::Database& db, const std::string& po_number, int line,
                           const ProposalRecord& proposal) {
  auto stmt = db.Prepare(
      "INSERT INTO purchase_orders (po_number, line, supplier_id, item_id, location_id, quantity, "
      "unit_price, order_date, due_date, purchase_unit, purchase_unit_quantity) "
      "VALUES (?1, ?9, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10, ?11)");
  if (!stmt) return stmt.error();
  std::string order_date = FormatDate(proposal.order_date), due = FormatDate(proposal.due_date);
  stmt->Bind(1, std::string_view(po_number));
  stmt->Bind(2, *proposal.supplier_id);
  stmt->Bind(3, proposal.item_id);
  stmt->Bind(4, proposal.location_id);
  stmt->Bind(5, proposal.quantity_milli);
  stmt->Bind(6, proposal.unit_price_raw);
  stmt->Bind(7, std::string_view(order_date));
  stmt->Bind(8, std::string_view(due));
  stmt->Bind(9, std::int64_t{line});
  stmt->Bind(10, std::string_view(proposal.purchase_unit));
  stmt->Bind(11, proposal.purchase_unit_milli);
  return stmt->Run();
}

}  // namespace lagom::store
