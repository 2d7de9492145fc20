#include "connectors/tryton/tryton_push.h"

#include "connectors/tryton/tryton_production.h"
#include "connectors/tryton/tryton_values.h"
#include "core/quantity.h"

namespace lagom::connectors::tryton {

namespace {

struct Target {
  const char* model;
  const char* marker_field;  // the field that carries the proposal's marker
};

Target TargetOf(const ProposalToPush& proposal, PushTarget target) {
  if (proposal.kind == ProposalKind::kProduction) return {"production", "reference"};
  return target == PushTarget::kPurchaseRequest ? Target{"purchase.request", "description"}
                                                : Target{"purchase.purchase", "description"};
}

double QuantityOf(std::int64_t milli) {
  return static_cast<double>(milli) / Quantity::kScale;
}

std::string MoneyText(std::int64_t raw) {
  return QuantityText(static_cast<double>(raw) / 10000.0);
}

// The id of the one `model` record whose `field` is `code`; NotFound naming it otherwise.
Result<std::int64_t> IdByCode(Session& session, const std::string& model, const char* field,
                              const std::string& code, const char* noun, Json extra = nullptr) {
  Json domain = Json::array({Json::array({field, "=", code})});
  if (!extra.is_null()) domain.push_back(std::move(extra));
  auto found = session.SearchRead(model, std::move(domain), {"id"});
  if (!found) return found.error();
  if (found->empty()) {
    return NotFound("Tryton has no " + std::string(noun) + " with code '" + code +
                    "' (run `lagom sync tryton` first, or create it in Tryton)");
  }
  return (*found)[0]["id"].get<std::int64_t>();
}

struct Ids {
  std::int64_t product = 0, unit = 0, warehouse = 0;
  Json party = nullptr;
};

Result<Ids> Resolve(Session& session, const ProposalToPush& proposal) {
  Ids ids;
  auto product = session.SearchRead(
      "product.product", Json::array({Json::array({"code", "=", proposal.item})}), {"default_uom"});
  if (!product) return product.error();
  if (product->empty()) return NotFound("Tryton has no product with code '" + proposal.item + "'");
  ids.product = (*product)[0]["id"].get<std::int64_t>();
  ids.unit = (*product)[0]["default_uom"].get<std::int64_t>();
  auto warehouse = IdByCode(session, "stock.location", "code", proposal.location, "warehouse",
                            Json::array({"type", "=", "warehouse"}));
  if (!warehouse) return warehouse.error();
  ids.warehouse = *warehouse;
  if (!proposal.supplier.empty()) {
    auto party = IdByCode(session, "party.party", "code", proposal.supplier, "party");
    if (!party) return party.error();
    ids.party = *party;
  }
  return ids;
}

Json RequestValues(Session& session, const ProposalToPush& p, const Ids& ids) {
  return {{"product", ids.product},
          {"party", ids.party},
          {"quantity", QuantityOf(p.quantity_milli)},
          {"uom", ids.unit},
          {"computed_quantity", QuantityOf(p.quantity_milli)},
          {"computed_uom", ids.unit},
          {"warehouse", ids.warehouse},
          {"company", session.context()["company"]},
          {"purchase_date", DateValue(p.order_date)},
          {"supply_date", DateValue(p.due_date)},
          {"origin", "stock.order_point,-1"},
          {"description", ProposalMarker(p.proposal_id)}};
}

Json PurchaseValues(Session& session, const ProposalToPush& p, const Ids& ids) {
  Json line = {{"product", ids.product},
               {"quantity", QuantityOf(p.quantity_milli)},
               {"unit", ids.unit},
               {"unit_price", {{"__class__", "Decimal"}, {"decimal", MoneyText(p.unit_price_raw)}}},
               {"description", ProposalMarker(p.proposal_id)}};
  return {{"party", ids.party},
          {"warehouse", ids.warehouse},
          {"company", session.context()["company"]},
          {"currency", session.context().value("currency", Json(nullptr))},
          {"purchase_date", DateValue(p.order_date)},
          {"description", ProposalMarker(p.proposal_id)},
          {"lines", Json::array({Json::array({"create", Json::array({line})})})}};
}

Result<Json> ValuesFor(Session& session, const ProposalToPush& proposal, PushTarget target) {
  bool purchase = proposal.kind == ProposalKind::kPurchase;
  if (purchase && target == PushTarget::kDraftPurchase && proposal.supplier.empty()) {
    return InvalidInput("proposal " + std::to_string(proposal.proposal_id) +
                        " has no supplier; a Tryton purchase needs one");
  }
  auto ids = Resolve(session, proposal);
  if (!ids) return ids.error();
  if (!purchase) {
    return ProductionValues(
        session, proposal,
        {ids->product, ids->unit, ids->warehouse, ProposalMarker(proposal.proposal_id)});
  }
  return target == PushTarget::kPurchaseRequest ? RequestValues(session, proposal, *ids)
                                                : PurchaseValues(session, proposal, *ids);
}

}  // namespace

std::string ProposalMarker(std::int64_t proposal_id) {
  return "Lagom proposal " + std::to_string(proposal_id);
}

Result<RemoteRecord> PushProposal(Session& session, const ProposalToPush& proposal,
                                  PushTarget target) {
  Target where = TargetOf(proposal, target);
  auto earlier = session.SearchRead(
      where.model,
      Json::array({Json::array({where.marker_field, "=", ProposalMarker(proposal.proposal_id)})}),
      {"id"});
  if (!earlier) return earlier.error();
  if (!earlier->empty()) {
    return LookUp(session, std::string(where.model) + " " +
                               std::to_string((*earlier)[0]["id"].get<long long>()));
  }
  auto values = ValuesFor(session, proposal, target);
  if (!values) return values.error();
  auto id = session.Create(where.model, std::move(*values));
  if (!id) return id.error();
  auto created = LookUp(session, std::string(where.model) + " " + std::to_string(*id));
  if (created) created->created = true;
  return created;
}

Result<RemoteRecord> LookUp(Session& session, const std::string& reference) {
  auto space = reference.find(' ');
  std::string model = reference.substr(0, space);
  std::int64_t id = std::stoll(reference.substr(space + 1));
  bool purchase = model == "purchase.purchase";  // else a request or production: one quantity
  auto records =
      session.SearchRead(model, Json::array({Json::array({"id", "=", id})}),
                         {purchase ? "lines" : "quantity", "state"}, {{"active_test", false}});
  if (!records) return records.error();
  RemoteRecord record{reference, !records->empty()};
  if (!record.exists) return record;
  const Json& found = (*records)[0];
  record.state = found["state"].is_string() ? found["state"].get<std::string>() : "";
  double quantity = 0;
  if (purchase) {
    auto lines = session.SearchRead(
        "purchase.line", Json::array({Json::array({"purchase", "=", id})}), {"quantity"});
    if (!lines) return lines.error();
    for (const Json& line : *lines) quantity += line["quantity"].get<double>();
  } else {
    quantity = found["quantity"].get<double>();
  }
  record.quantity_milli = static_cast<std::int64_t>(std::llround(quantity * Quantity::kScale));
  return record;
}

}  // namespace lagom::connectors::tryton
