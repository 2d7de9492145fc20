#include "app/production.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "app/availability.h"
#include "app/inventory_value.h"
#include "app/request_fingerprint.h"
#include "engine/mrp/network.h"
#include "store/ledger_store.h"

namespace lagom::app {

namespace {

using ledger::MovementType;

// `units` rounded up to the thousandth (a component is never under-issued by rounding).
Quantity UpFromDouble(double units) {
  return Quantity::FromRaw(static_cast<std::int64_t>(std::ceil(units * 1000.0 - 1e-6)));
}

MovementRequest ConsumeRequest(const MovementRequest& output, const std::string& item,
                               Quantity quantity) {
  MovementRequest r;
  r.key = output.key;
  r.type = MovementType::kConsume;
  r.date = output.date;
  r.item = item;
  r.location = output.location;
  r.quantity = quantity;
  r.reference = output.reference;
  r.user = output.user;
  return r;
}

// Consumes what `started` units of `facts`' item take; phantoms from their own stock first.
Status Backflush(MovementWriter& writer, const MovementRequest& output,
                 const store::ProductionFacts& facts, double started, int depth) {
  if (depth > 32) return InvalidInput("phantoms nest more than 32 levels deep");
  for (const store::ComponentLine& c : facts.components) {
    mrp::BomLine line{.quantity_per = static_cast<double>(c.quantity_per_milli) / 1000.0,
                      .scrap = c.scrap_pct / 100.0};
    Quantity need = UpFromDouble(started * line.PerParentUnit());
    if (c.phantom) {
      auto stock = LoadAvailability(writer.db(), c.code, output.location, output.date);
      if (!stock) return stock.error();
      Quantity own = std::max(Quantity(), std::min(need, stock->atp()));
      if (own > Quantity()) {
        if (Status taken = TakeOut(writer, ConsumeRequest(output, c.code, own)); !taken)
          return taken;
      }
      auto below = store::LoadProductionFacts(writer.db(), c.item_id, output.date);
      if (!below) return below.error();
      const double rest = (need - own).ToDouble() / (below->yield_pct / 100.0);
      if (rest > 0) {
        if (Status s = Backflush(writer, output, *below, rest, depth + 1); !s) return s;
      }
      continue;
    }
    if (need == Quantity()) continue;
    if (Status taken = TakeOut(writer, ConsumeRequest(output, c.code, need)); !taken) {
      return Error{taken.error().code, "component " + c.code + ": " + taken.error().message};
    }
  }
  return {};
}

// What the consumption lines of this operation took out of stock, at each item's cost method.
Result<Money> ConsumedValue(MovementWriter& writer, Date date) {
  Money total;
  std::map<std::int64_t, std::vector<std::int64_t>> ids_by_item;
  for (const store::MovementRow& row : writer.rows()) {
    if (row.type == "consume") ids_by_item[row.item_id].push_back(row.id);
  }
  for (const auto& [item_id, ids] : ids_by_item) {
    auto facts = store::LoadItem(writer.db(), item_id);
    if (!facts) return facts.error();
    auto valued = ValueItems(writer.db(), std::nullopt, date, facts->code);
    if (!valued) return valued.error();
    for (const ItemLedger& item : *valued) {
      for (std::size_t i = 0; i < item.movements.size(); ++i) {
        if (std::find(ids.begin(), ids.end(), item.movements[i].id) != ids.end()) {
          total -= item.valuation.movement_values[i];
        }
      }
    }
  }
  return total;
}

Money UnitCost(Money total, Quantity quantity) {
  return Money::FromRaw(fixed_point_detail::DivideRounded(
      fixed_point_detail::Int128{total.raw()} * Quantity::kScale, quantity.raw()));
}

Result<ProductionCost> ProduceWithBom(MovementWriter& writer, const MovementRequest& r,
                                      const store::ProductionFacts& facts) {
  const double started = r.quantity.ToDouble() / (facts.yield_pct / 100.0);
  if (Status consumed = Backflush(writer, r, facts, started, 0); !consumed) return consumed.error();
  auto components = ConsumedValue(writer, r.date);
  if (!components) return components.error();
  ProductionCost cost{*components,
                      facts.routing_setup_cost + Extend(facts.routing_cost_per_unit, r.quantity)};
  cost.unit_cost = UnitCost(cost.components + cost.routing, r.quantity);
  return cost;
}

Status CheckCompletable(const store::ProductionOrderRow& order, Quantity quantity) {
  if (order.status != "released") {
    return Error{ErrorCode::kConflict, "production order " + order.number + " is " + order.status +
                                           (order.status == "planned" ? ": release it first" : "")};
  }
  const Quantity open = Quantity::FromRaw(order.quantity_milli - order.completed_milli);
  if (quantity <= Quantity()) return InvalidInput("the quantity must be above zero");
  if (quantity > open) {
    return InvalidInput("production order " + order.number + " has only " + open.ToString() +
                        " still to complete, not " + quantity.ToString());
  }
  return {};
}

Result<store::ProductionOrderRow> FindOrder(sqlite::Database& db, const std::string& number) {
  auto order = store::FindProductionOrder(db, number);
  if (!order) return order.error();
  if (!*order) return NotFound("no production order '" + number + "'");
  return **order;
}

}  // namespace

Result<ProductionCost> PostProduction(MovementWriter& writer, const MovementRequest& r,
                                      Date bom_date) {
  auto item_id = store::IdOfCode(writer.db(), "items", r.item);
  if (!item_id) return item_id.error();
  auto facts = store::LoadProductionFacts(writer.db(), *item_id, bom_date);
  if (!facts) return facts.error();
  ProductionCost cost;
  if (!facts->components.empty()) {
    auto computed = ProduceWithBom(writer, r, *facts);
    if (!computed) return computed.error();
    cost = *computed;
  }
  MovementRequest output = r;
  if (!output.unit_cost && !facts->components.empty()) output.unit_cost = cost.unit_cost;
  if (Status in = PostIncoming(writer, output); !in) return in.error();
  if (output.unit_cost) cost.unit_cost = *output.unit_cost;
  return cost;
}

Result<std::vector<store::ProductionOrderRow>> ListProductionOrders(sqlite::Database& db,
                                                                    const std::string& status) {
  if (!status.empty() && status != "planned" && status != "released" && status != "completed") {
    return InvalidInput("status must be planned, released or completed");
  }
  return store::ListProductionOrders(db, status);
}

Status CreateProductionOrder(sqlite::Database& db, const store::NewProductionOrder& order) {
  return store::InsertProductionOrder(db, order);
}

Result<store::ProductionOrderRow> ReleaseProductionOrder(sqlite::Database& db,
                                                         const std::string& number) {
  return InTransaction<store::ProductionOrderRow>(db, [&]() -> Result<store::ProductionOrderRow> {
    auto order = FindOrder(db, number);
    if (!order) return order.error();
    if (order->status != "planned") {
      return Error{ErrorCode::kConflict,
                   "production order " + number + " is " + order->status + ", not planned"};
    }
    order->status = "released";
    Status saved =
        store::UpdateProductionOrder(db, order->id, order->completed_milli, order->status);
    if (!saved) return saved.error();
    return order;
  });
}

namespace {

// Every field of the completion as asked but key and user: the same again is a replay.
std::string Fingerprint(const CompletionRequest& r) {
  RequestFingerprint f;
  f.Add("order", r.number).Add("quantity", r.quantity ? r.quantity->ToString() : "");
  f.Add("date", FormatDate(r.date)).Add("lot", r.lot);
  f.Add("expiry", r.expiry ? FormatDate(*r.expiry) : "");
  return f.Digest();
}

}  // namespace

Result<Completion> CompleteProductionOrder(sqlite::Database& db, const CompletionRequest& req) {
  Completion done;
  auto posted = PostOnce(
      db, req.key, req.user,
      [&](MovementWriter& writer) -> Status {
        auto order = FindOrder(db, req.number);
        if (!order) return order.error();
        const Quantity quantity = req.quantity.value_or(
            Quantity::FromRaw(order->quantity_milli - order->completed_milli));
        if (Status ok = CheckCompletable(*order, quantity); !ok) return ok;
        MovementRequest output;
        output.key = req.key;
        output.type = MovementType::kProduce;
        output.date = req.date;
        output.item = order->item_code;
        output.location = order->location_code;
        output.lot = req.lot;
        output.expiry = req.expiry;
        output.quantity = quantity;
        output.reference = order->number;
        output.user = req.user;
        auto cost = PostProduction(writer, output, order->start);
        if (!cost) return cost.error();
        done.components_cost = cost->components;
        done.routing_cost = cost->routing;
        done.unit_cost = cost->unit_cost;
        const std::int64_t completed = order->completed_milli + quantity.raw();
        return store::UpdateProductionOrder(
            db, order->id, completed,
            completed >= order->quantity_milli ? "completed" : "released");
      },
      Fingerprint(req));
  if (!posted) return posted.error();
  done.posted = std::move(*posted);
  auto order = FindOrder(db, req.number);
  if (!order) return order.error();
  done.order = std::move(*order);
  if (done.posted.replayed && !done.posted.movements.empty()) {
    done.unit_cost = done.posted.movements.back().unit_cost;
  }
  return done;
}

}  // namespace lagom::app
