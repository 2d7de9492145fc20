#include "connectors/tryton/tryton_production.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "connectors/tryton/tryton_values.h"
#include "core/quantity.h"

namespace lagom::connectors::tryton {

namespace {

Json IdIs(std::int64_t id) {
  return Json::array({Json::array({"id", "=", id})});
}

// The locations a production at a warehouse uses (Tryton's production.picking_location and
// output_location fall back to the storage location).
struct Places {
  std::int64_t production = 0, picking = 0, output = 0;
};

Result<Places> PlacesOf(Session& session, std::int64_t warehouse) {
  auto found = session.SearchRead("stock.location", IdIs(warehouse),
                                  {"code", "storage_location", "production_location",
                                   "production_picking_location", "production_output_location"});
  if (!found) return found.error();
  if (found->empty()) return NotFound("Tryton has no warehouse " + std::to_string(warehouse));
  const Json& w = (*found)[0];
  // Tryton 6.0 requires a warehouse's production location; a customised one may not.
  if (!w["production_location"].is_number()) {
    return InvalidInput("Tryton warehouse '" + TextOf(w["code"]) +
                        "' has no production location; set one in Tryton to push productions");
  }
  auto or_storage = [&](const char* field) {
    return w[field].is_number() ? IdOf(w[field]) : IdOf(w["storage_location"]);
  };
  return Places{IdOf(w["production_location"]), or_storage("production_picking_location"),
                or_storage("production_output_location")};
}

// The product's default BOM: the one with the lowest sequence; nullopt when it has none.
Result<std::optional<std::int64_t>> DefaultBom(Session& session, std::int64_t product) {
  auto links = session.SearchRead("product.product-production.bom",
                                  Json::array({Json::array({"product", "=", product})}),
                                  {"bom", "sequence"});
  if (!links) return links.error();
  std::optional<std::int64_t> bom;
  std::int64_t best = 0;
  for (const Json& link : *links) {
    std::int64_t sequence = link["sequence"].is_number() ? IdOf(link["sequence"]) : 0;
    if (!bom || sequence < best) bom = IdOf(link["bom"]), best = sequence;
  }
  return bom;
}

struct Unit {
  double factor = 1, rounding = 0.01;
};

class Units {
 public:
  explicit Units(Session& session) : session_(session) {}

  // `quantity` of `from` in `to`; both of one category, as Tryton's BOMs require.
  Result<double> Convert(double quantity, std::int64_t from, std::int64_t to) {
    auto a = Get(from), b = Get(to);
    if (!a) return a.error();
    if (!b) return b.error();
    return quantity * a->factor / b->factor;
  }
  // Rounded up (inputs) or down (outputs) to the unit's rounding; a relative 1e-9 keeps
  // 4.0000000001 at 4.
  Result<double> Round(double quantity, std::int64_t unit, bool up) {
    auto u = Get(unit);
    if (!u) return u.error();
    double steps = quantity / u->rounding;
    steps = up ? std::ceil(steps - 1e-9 * std::abs(steps)) : std::floor(steps + 1e-9 * steps);
    // To the rounding's decimals, so 3 × 0.1 is 0.3 and not 0.30000000000000004, which
    // Tryton's digits check would refuse.
    double scale = std::pow(10.0, std::max(0.0, -std::floor(std::log10(u->rounding))));
    return std::round(steps * u->rounding * scale) / scale;
  }

 private:
  Result<Unit> Get(std::int64_t id) {
    if (auto it = known_.find(id); it != known_.end()) return it->second;
    auto found = session_.SearchRead("product.uom", IdIs(id), {"factor", "rounding"});
    if (!found) return found.error();
    if (found->empty()) return NotFound("Tryton has no unit " + std::to_string(id));
    Unit unit{(*found)[0]["factor"].get<double>(), (*found)[0]["rounding"].get<double>()};
    if (unit.factor <= 0 || unit.rounding <= 0) {
      return InvalidInput("Tryton unit " + std::to_string(id) + " has no factor or rounding");
    }
    return known_[id] = unit;
  }

  Session& session_;
  std::map<std::int64_t, Unit> known_;
};

struct MoveContext {
  Json company, currency;
};

Json MoveValues(const MoveContext& c, const Json& product, const Json& unit, double quantity,
                std::int64_t from, std::int64_t to, bool output) {
  Json move = {{"product", product},    {"uom", unit},       {"quantity", quantity},
               {"from_location", from}, {"to_location", to}, {"company", c.company}};
  if (output) {  // a move out of production carries a cost; Tryton sets it when done
    move["unit_price"] = {{"__class__", "Decimal"}, {"decimal", "0"}};
    move["currency"] = c.currency;
  }
  return move;
}

// The BOM's lines scaled by `factor` (per unit of the line's own quantity), as moves.
Result<Json> ScaledMoves(Session& session, Units& units, const MoveContext& c, const char* model,
                         std::int64_t bom, double factor, std::int64_t from, std::int64_t to) {
  auto lines = session.SearchRead(model, Json::array({Json::array({"bom", "=", bom})}),
                                  {"product", "quantity", "uom"});
  if (!lines) return lines.error();
  bool output = std::string(model) == "production.bom.output";
  Json moves = Json::array();
  for (const Json& line : *lines) {
    auto quantity =
        units.Round(line["quantity"].get<double>() * factor, IdOf(line["uom"]), !output);
    if (!quantity) return quantity.error();
    moves.push_back(MoveValues(c, line["product"], line["uom"], *quantity, from, to, output));
  }
  return moves;
}

// How many times the BOM's quantities make `quantity` of the product in `unit`.
Result<double> BomFactor(Session& session, Units& units, std::int64_t bom,
                         const ProductionTarget& target, double quantity) {
  auto outputs = session.SearchRead(
      "production.bom.output",
      Json::array({Json::array({"bom", "=", bom}), Json::array({"product", "=", target.product})}),
      {"quantity", "uom"});
  if (!outputs) return outputs.error();
  if (outputs->empty() || (*outputs)[0]["quantity"].get<double>() <= 0) {
    return InvalidInput("Tryton BOM " + std::to_string(bom) + " does not make product " +
                        std::to_string(target.product));
  }
  auto made = units.Convert(quantity, target.unit, IdOf((*outputs)[0]["uom"]));
  if (!made) return made.error();
  return *made / (*outputs)[0]["quantity"].get<double>();
}

Result<Json> CompanyCurrency(Session& session) {
  const Json& company = session.context()["company"];
  auto found = session.SearchRead("company.company", IdIs(company.is_number() ? IdOf(company) : 0),
                                  {"currency"});
  if (!found) return found.error();
  if (found->empty()) return NotFound("the Tryton user has no company");
  return (*found)[0]["currency"];
}

}  // namespace

Result<Json> ProductionValues(Session& session, const ProposalToPush& proposal,
                              const ProductionTarget& target) {
  auto places = PlacesOf(session, target.warehouse);
  if (!places) return places.error();
  auto bom = DefaultBom(session, target.product);
  if (!bom) return bom.error();
  auto currency = CompanyCurrency(session);
  if (!currency) return currency.error();
  MoveContext c{session.context()["company"], *currency};
  double quantity = static_cast<double>(proposal.quantity_milli) / Quantity::kScale;
  Json values = {{"product", target.product},
                 {"bom", *bom ? Json(**bom) : Json(nullptr)},
                 {"uom", target.unit},
                 {"quantity", quantity},
                 {"company", c.company},
                 {"warehouse", target.warehouse},
                 {"location", places->production},
                 {"planned_start_date", DateValue(proposal.order_date)},
                 {"planned_date", DateValue(proposal.due_date)},
                 {"reference", target.marker}};
  Json inputs = Json::array(), outputs = Json::array();
  if (!*bom) {
    outputs.push_back(MoveValues(c, target.product, target.unit, quantity, places->production,
                                 places->output, true));
  } else {
    Units units(session);
    auto factor = BomFactor(session, units, **bom, target, quantity);
    if (!factor) return factor.error();
    auto in = ScaledMoves(session, units, c, "production.bom.input", **bom, *factor,
                          places->picking, places->production);
    if (!in) return in.error();
    auto out = ScaledMoves(session, units, c, "production.bom.output", **bom, *factor,
                           places->production, places->output);
    if (!out) return out.error();
    inputs = std::move(*in), outputs = std::move(*out);
  }
  values["inputs"] = Json::array({Json::array({"create", std::move(inputs)})});
  values["outputs"] = Json::array({Json::array({"create", std::move(outputs)})});
  return values;
}

}  // namespace lagom::connectors::tryton
