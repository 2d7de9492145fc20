#include "app/erp_sync.h"

#include "app/data_exchange.h"
#include "app/settings.h"
#include "core/quantity.h"
#include "store/entities.h"
#include "store/erp_store.h"

namespace lagom::app {

namespace {

using connectors::EntityRows;

// An ERP batch as an import's row source: the header, then each row.
class BatchRows final : public csv::RowSource {
 public:
  explicit BatchRows(const EntityRows& batch) : batch_(batch) {}
  Result<bool> Next(std::vector<std::string>& fields) override {
    if (next_ > static_cast<int>(batch_.rows.size())) return false;
    fields = next_ == 0 ? batch_.header : batch_.rows[next_ - 1];
    ++next_;
    return true;
  }
  int position() const override { return next_; }  // 1 = header, as a file's lines

 private:
  const EntityRows& batch_;
  int next_ = 0;
};

// "items from tryton product.product 7, column 'uom': …" for each problem.
Error Rejected(const std::string& erp, const EntityRows& batch,
               const store::ImportOutcome& outcome) {
  std::string message = "Lagom cannot take " +
                        std::to_string(outcome.problems.size() + outcome.problems_not_shown) + " " +
                        batch.entity + " row(s) from " + erp + "; nothing was written:";
  for (const store::ImportProblem& problem : outcome.problems) {
    std::size_t row = problem.line >= 2 ? problem.line - 2 : batch.origins.size();
    message += "\n  " + (row < batch.origins.size() ? erp + " " + batch.origins[row] : erp) +
               (problem.column.empty() ? "" : ", column '" + problem.column + "'") + ": " +
               problem.reason;
  }
  return InvalidInput(message);
}

Result<SyncReport> Pull(sqlite::Database& db, connectors::ErpConnector& erp,
                        const store::ErpSource& at, const SyncOptions& options) {
  auto saved = store::ReadSyncCursor(db, at);
  if (!saved) return saved.error();
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  std::optional<std::string> since = options.since ? options.since : *saved;
  if (since && (*since == "all" || since->empty())) since.reset();
  auto pulled = erp.Pull({since, options.today, settings->Period()});
  if (!pulled) return pulled.error();

  auto transaction = sqlite::Transaction::Begin(db);
  if (!transaction) return transaction.error();
  SyncReport report;
  for (const EntityRows& batch : pulled->batches) {
    const store::EntitySpec* entity = store::FindEntity(batch.entity);
    if (!entity) return InvalidInput(erp.name() + " sent rows of unknown entity " + batch.entity);
    BatchRows rows(batch);
    auto outcome = ImportEntityRows(db, *entity, rows, {options.today});
    if (!outcome) return outcome.error();
    if (!outcome->ok()) return Rejected(erp.name(), batch, *outcome);
    report.pulled.push_back({batch.entity, outcome->inserted, outcome->updated});
  }
  report.cursor = pulled->cursor;
  if (Status saved_cursor = store::SaveSyncCursor(db, at, pulled->cursor); !saved_cursor) {
    return saved_cursor.error();
  }
  if (Status committed = transaction->Commit(); !committed) return committed.error();
  return report;
}

Result<connectors::PushTarget> PushTargetSetting(sqlite::Database& db) {
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  return settings->Text("sync.push_as") == "draft-purchase"
             ? connectors::PushTarget::kDraftPurchase
             : connectors::PushTarget::kPurchaseRequest;
}

// Proposals pushed in earlier runs that the ERP changed or deleted since.
Status ReportRemoteChanges(sqlite::Database& db, connectors::ErpConnector& erp,
                           const store::ErpSource& at, SyncReport& report) {
  auto pushes = store::PushRecords(db, at);
  if (!pushes) return pushes.error();
  for (const store::PushRecord& push : *pushes) {
    auto remote = erp.Look(push.reference);
    if (!remote) return remote.error();
    std::string what = push.reference + " (proposal " + std::to_string(push.proposal_id) + ")";
    if (!remote->exists) {
      report.remote_changes.push_back(what + " was deleted in " + erp.name() +
                                      "; Lagom does not push it again");
    } else if (remote->quantity_milli != push.quantity_milli || remote->state == "cancelled") {
      report.remote_changes.push_back(what + " was changed in " + erp.name() + ": quantity " +
                                      Quantity::FromRaw(remote->quantity_milli).ToString() +
                                      " (pushed " +
                                      Quantity::FromRaw(push.quantity_milli).ToString() +
                                      "), state " + remote->state + "; left as it is");
    }
  }
  return {};
}

Status Push(sqlite::Database& db, connectors::ErpConnector& erp, const store::ErpSource& at,
            SyncReport& report) {
  auto target = PushTargetSetting(db);
  if (!target) return target.error();
  if (Status looked = ReportRemoteChanges(db, erp, at, report); !looked) return looked;
  auto proposals = store::UnpushedProposals(db, at);
  if (!proposals) return proposals.error();
  for (const store::ApprovedProposal& p : *proposals) {
    auto kind = p.kind == "production" ? connectors::ProposalKind::kProduction
                                       : connectors::ProposalKind::kPurchase;
    auto remote = erp.Push({p.proposal_id, kind, p.item, p.location, p.supplier, p.quantity_milli,
                            p.unit_price_raw, p.order_date, p.due_date},
                           *target);
    if (!remote) {
      report.push_errors.push_back("proposal " + std::to_string(p.proposal_id) + ": " +
                                   remote.error().message);
      continue;
    }
    (remote->created ? report.pushed : report.already_pushed) += 1;
    Status recorded =
        store::RecordPush(db, at, {p.proposal_id, remote->reference, p.quantity_milli});
    if (!recorded) return recorded;
  }
  return {};
}

}  // namespace

Result<SyncReport> SyncErp(sqlite::Database& db, connectors::ErpConnector& erp,
                           const std::string& source, const SyncOptions& options) {
  if (Status connected = erp.Connect(); !connected) return connected.error();
  store::ErpSource at{erp.name(), source};
  auto report = Pull(db, erp, at, options);
  if (!report) return report.error();
  if (options.push) {
    if (Status pushed = Push(db, erp, at, *report); !pushed) return pushed.error();
  }
  return report;
}

}  // namespace lagom::app
