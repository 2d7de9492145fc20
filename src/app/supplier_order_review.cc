#include "app/supplier_order_review.h"

#include <fmt/format.h>

#include <map>
#include <tuple>

#include "core/money.h"
#include "core/proposal_state.h"
#include "engine/plan/container.h"

namespace lagom::app {

namespace {

std::string Amount(std::int64_t raw) {
  return fmt::format("{:.2f}", Money::FromRaw(raw).ToDouble());
}

bool CountsAsOrdered(const store::ProposalRecord& p) {
  auto state = ValueNamed<ProposalState>(kProposalStates, p.state);
  return state && lagom::CountsAsOrdered(*state);
}

// Awaiting a decision and to be ordered: what approving a supplier's order approves.
bool ToOrder(const store::ProposalRecord& p) {
  return p.status == "proposed" && CountsAsOrdered(p);
}

bool Matches(const DraftQuery& q, const store::ProposalRecord& p) {
  if (!q.kind.empty() && q.kind != p.kind) return false;
  if (p.kind == "transfer") {
    return q.supplier.empty() && (q.location.empty() || q.location == p.source_location_code);
  }
  return (q.supplier.empty() || q.supplier == p.supplier_code) &&
         (q.location.empty() || q.location == p.location_code);
}

void MeasureContainers(DraftOrder& draft, const store::SupplierTerms& terms) {
  plan::ContainerSpec spec{terms.container_volume_m3, terms.container_weight_kg,
                           terms.container_pallets};
  if (spec.volume_m3 <= 0 && spec.weight_kg <= 0 && spec.pallets <= 0) return;
  std::vector<plan::OrderLine> lines;
  for (const DraftLine& line : draft.lines) {
    if (!CountsAsOrdered(line.proposal)) continue;
    plan::OrderLine l;
    l.quantity_milli = line.proposal.quantity_milli;
    l.volume_m3 = line.facts.volume_m3;
    l.weight_kg = line.facts.weight_kg;
    l.units_per_pallet = line.facts.units_per_pallet;
    lines.push_back(l);
  }
  plan::Load load = plan::LoadOf(lines);
  draft.containers = plan::ContainersNeeded(load, spec);
  draft.container_fill = plan::FillRatio(load, spec, draft.containers);
}

void MeasurePurchase(DraftOrder& draft, const std::map<std::string, store::SupplierTerms>& terms) {
  if (draft.supplier_code.empty()) {
    draft.warnings.push_back("no supply terms: add a supplier for these items to order them");
    return;
  }
  const store::SupplierTerms& t = terms.at(draft.supplier_code);
  draft.supplier_name = t.name;
  draft.min_order_value_raw = t.min_order_value_raw;
  draft.free_freight_raw = t.free_freight_raw;
  if (draft.value_raw > 0 && draft.value_raw < t.min_order_value_raw) {
    draft.warnings.push_back(fmt::format("the order totals {}, below {}'s minimum order value {}",
                                         Amount(draft.value_raw), t.code,
                                         Amount(t.min_order_value_raw)));
  }
  MeasureContainers(draft, t);
}

// Each item's transfers from the source, summed, against what the source has available.
void MeasureTransfer(DraftOrder& draft) {
  std::map<std::int64_t, std::int64_t> wanted;  // by item id
  for (const DraftLine& line : draft.lines) {
    if (CountsAsOrdered(line.proposal)) {
      wanted[line.proposal.item_id] += line.proposal.quantity_milli;
    }
  }
  for (DraftLine& line : draft.lines) {
    std::int64_t total = wanted[line.proposal.item_id];
    if (total <= line.facts.source_available_milli) continue;
    line.warnings.push_back(fmt::format(
        "transfers of {} from {} total {}, above the {} available there", line.proposal.item_code,
        draft.source_location_code, Quantity::FromRaw(total).ToString(),
        Quantity::FromRaw(line.facts.source_available_milli).ToString()));
    draft.warnings.push_back(line.warnings.back());
  }
}

using DraftKey = std::tuple<std::string, bool, std::string, std::string>;

DraftKey KeyOf(const store::ProposalRecord& p) {
  if (p.kind == "transfer") return {"transfer", false, p.source_location_code, ""};
  // Proposals without a supplier sort after every supplier.
  return {"purchase", p.supplier_code.empty(), p.supplier_code, p.location_code};
}

}  // namespace

Result<std::vector<DraftOrder>> LoadDraftOrders(sqlite::Database& db, const DraftQuery& query) {
  auto proposals = store::LoadProposals(db, query.run_id);
  if (!proposals) return proposals.error();
  auto facts = store::LoadOrderLineFacts(db, query.run_id);
  if (!facts) return facts.error();
  auto terms = store::LoadSupplierTerms(db);
  if (!terms) return terms.error();
  std::map<DraftKey, DraftOrder> drafts;
  for (store::ProposalRecord& p : *proposals) {
    if (p.kind == "production" || !Matches(query, p)) continue;
    DraftOrder& draft = drafts[KeyOf(p)];
    draft.kind = p.kind;
    draft.supplier_code = p.supplier_code;
    draft.location_code = p.kind == "transfer" ? "" : p.location_code;
    draft.source_location_code = p.source_location_code;
    if (CountsAsOrdered(p)) draft.value_raw += p.order_value_raw;
    if (ToOrder(p)) ++draft.lines_to_order;
    const store::OrderLineFacts& line_facts = facts->at(p.id);
    draft.lines.push_back({std::move(p), line_facts, {}});
  }
  std::vector<DraftOrder> out;
  for (auto& [key, draft] : drafts) {
    if (draft.kind == "transfer") {
      MeasureTransfer(draft);
    } else {
      MeasurePurchase(draft, *terms);
    }
    out.push_back(std::move(draft));
  }
  return out;
}

namespace {

// The supplier's purchase drafts (NotFound for an unknown supplier).
Result<std::vector<DraftOrder>> SupplierDrafts(sqlite::Database& db, const SupplierApproval& a) {
  auto terms = store::LoadSupplierTerms(db);
  if (!terms) return terms.error();
  if (a.supplier.empty() || !terms->contains(a.supplier)) {
    return NotFound("no supplier '" + a.supplier + "'");
  }
  return LoadDraftOrders(db, {a.run_id, a.supplier, a.location, "purchase"});
}

Result<ApprovedOrder> Approve(sqlite::Database& db, DraftOrder& draft, bool accept_warnings) {
  std::vector<store::ProposalRecord*> lines;
  for (DraftLine& line : draft.lines) {
    if (ToOrder(line.proposal)) lines.push_back(&line.proposal);
  }
  ApprovedOrder order{"", draft.supplier_code, draft.location_code, 0, 0};
  if (lines.empty()) return order;
  if (draft.value_raw < draft.min_order_value_raw && !accept_warnings) {
    return Error{ErrorCode::kConstraintViolated,
                 fmt::format("the order to {} for {} totals {}, below its minimum order value {} "
                             "(accept the warnings to order it anyway)",
                             draft.supplier_code, draft.location_code, Amount(draft.value_raw),
                             Amount(draft.min_order_value_raw))};
  }
  order.po_number = fmt::format("LG{}-{}", lines.front()->plan_run_id, lines.front()->id);
  for (store::ProposalRecord* p : lines) {
    p->status = p->state = "approved";
    p->order_number = order.po_number;
    if (Status saved = store::UpdateProposal(db, *p); !saved) return saved.error();
    if (Status inserted = store::InsertPurchaseOrder(db, order.po_number, ++order.lines, *p);
        !inserted) {
      return inserted.error();
    }
    order.value_raw += p->order_value_raw;
  }
  return order;
}

}  // namespace

Result<std::vector<ApprovedOrder>> ApproveSupplierOrder(sqlite::Database& db,
                                                        const SupplierApproval& approval) {
  auto transaction = sqlite::Transaction::Begin(db);
  if (!transaction) return transaction.error();
  auto drafts = SupplierDrafts(db, approval);
  if (!drafts) return drafts.error();
  std::vector<ApprovedOrder> orders;
  for (DraftOrder& draft : *drafts) {
    auto order = Approve(db, draft, approval.accept_warnings);
    if (!order) return order.error();
    if (order->lines > 0) orders.push_back(std::move(*order));
  }
  if (orders.empty()) {
    return NotFound("supplier '" + approval.supplier + "' has no proposals to approve in run " +
                    std::to_string(approval.run_id) +
                    (approval.location.empty() ? "" : " for " + approval.location) +
                    " (deferred and held ones are approved one by one)");
  }
  if (Status committed = transaction->Commit(); !committed) return committed.error();
  return orders;
}

Result<int> RejectSupplierOrder(sqlite::Database& db, const SupplierApproval& order) {
  auto transaction = sqlite::Transaction::Begin(db);
  if (!transaction) return transaction.error();
  auto drafts = SupplierDrafts(db, order);
  if (!drafts) return drafts.error();
  int rejected = 0;
  for (DraftOrder& draft : *drafts) {
    for (DraftLine& line : draft.lines) {
      if (line.proposal.status != "proposed") continue;
      line.proposal.status = "rejected";
      if (Status saved = store::UpdateProposal(db, line.proposal); !saved) return saved.error();
      ++rejected;
    }
  }
  if (Status committed = transaction->Commit(); !committed) return committed.error();
  return rejected;
}

Result<store::ProposalRecord> ReopenProposal(sqlite::Database& db, std::int64_t id) {
  auto transaction = sqlite::Transaction::Begin(db);
  if (!transaction) return transaction.error();
  auto found = store::FindProposals(db, {.id = id});
  if (!found) return found.error();
  if (found->empty()) return NotFound("no order proposal " + std::to_string(id));
  store::ProposalRecord p = found->front();
  if (p.status != "rejected") {
    return Error{ErrorCode::kConflict, "order proposal " + std::to_string(id) + " is " + p.status +
                                           ", not rejected: nothing to undo"};
  }
  p.status = "proposed";
  if (Status saved = store::UpdateProposal(db, p); !saved) return saved.error();
  auto reread = store::FindProposals(db, {.id = id});
  if (!reread) return reread.error();
  if (Status committed = transaction->Commit(); !committed) return committed.error();
  return reread->front();
}

Result<store::OrderDocument> LoadOrderDocument(sqlite::Database& db, const std::string& po_number) {
  return store::LoadOrderDocument(db, po_number);
}

}  // namespace lagom::app
