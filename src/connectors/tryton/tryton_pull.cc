#include "connectors/tryton/tryton_pull.h"

#include <algorithm>
#include <map>
#include <set>

#include "connectors/tryton/tryton_units.h"
#include "connectors/tryton/tryton_values.h"

namespace lagom::connectors::tryton {

namespace {

struct Unit {
  std::string symbol;
  double factor = 1;  // Tryton's: a quantity in this unit × factor = in the category's base
  std::int64_t category = 0;
};

struct Product {
  std::string code;
  std::int64_t unit = 0;
};

std::string Origin(const std::string& model, const Json& record) {
  return model + " " + std::to_string(IdOf(record["id"]));
}

Json IdsOf(const std::set<std::int64_t>& ids) {
  return Json(std::vector<std::int64_t>(ids.begin(), ids.end()));
}

class Puller {
 public:
  Puller(Session& session, const PullRequest& request)
      : session_(session), request_(request), cursor_(request.since.value_or("")) {}

  Result<PullResult> Run() {
    if (request_.since) {
      auto since = DatetimeValue(*request_.since);
      if (!since) return since.error();
      since_ = *since;
    }
    for (auto step : {&Puller::LoadUnits, &Puller::LoadLocations, &Puller::LoadProduction,
                      &Puller::Items, &Puller::SupplyTerms, &Puller::PurchaseLines,
                      &Puller::Suppliers, &Puller::Boms, &Puller::Stock, &Puller::Demand}) {
      if (Status done = (this->*step)(); !done) return done.error();
    }
    if (!problems_.empty()) return Problems();
    PullResult result;
    for (const char* entity : {"locations", "suppliers", "items", "supply-terms", "boms",
                               "purchase-orders", "demand", "stock"}) {
      auto found = batches_.find(entity);
      if (found != batches_.end() && !found->second.rows.empty()) {
        result.batches.push_back(std::move(found->second));
      }
    }
    result.cursor = cursor_;
    return result;
  }

 private:
  // ["OR", [path write_date > since], [path create_date > since], …] over `paths`; null on
  // the first pull (everything). The cursor is the latest date a pull saw (microseconds), so
  // "after it" leaves out what the last pull already took.
  Json ChangedTerm(std::initializer_list<const char*> paths) const {
    if (since_.is_null()) return nullptr;
    Json term = Json::array({"OR"});
    for (const char* path : paths) {
      for (const char* field : {"write_date", "create_date"}) {
        term.push_back(Json::array({std::string(path) + field, ">", since_}));
      }
    }
    return term;
  }

  // Records of `model` matching `domain` and changed since the cursor (through any of
  // `paths`), with their dates seen by the next cursor.
  Result<Json> Changed(const std::string& model, Json domain, std::vector<std::string> fields,
                       std::initializer_list<const char*> paths = {""}) {
    if (Json term = ChangedTerm(paths); !term.is_null()) domain.push_back(std::move(term));
    fields.insert(fields.end(), {"write_date", "create_date"});
    auto records = session_.SearchRead(model, std::move(domain), std::move(fields));
    if (!records) return records.error();
    for (const Json& record : *records) {
      for (const char* field : {"write_date", "create_date"}) {
        cursor_ = std::max(cursor_, DatetimeText(record[field]));
      }
    }
    return records;
  }

  EntityRows& Batch(const char* entity, std::vector<std::string> header) {
    EntityRows& batch = batches_[entity];
    if (batch.header.empty()) {
      batch.entity = entity;
      batch.header = std::move(header);
    }
    return batch;
  }

  void AddRow(EntityRows& batch, std::vector<std::string> row, std::string origin) {
    batch.rows.push_back(std::move(row));
    batch.origins.push_back(std::move(origin));
  }

  Status LoadUnits() {
    auto units = session_.SearchRead("product.uom", Json::array(), {"symbol", "factor", "category"},
                                     {{"active_test", false}});
    if (!units) return units.error();
    for (const Json& unit : *units) {
      units_[IdOf(unit["id"])] = {TextOf(unit["symbol"]), unit["factor"].get<double>(),
                                  IdOf(unit["category"])};
    }
    return {};
  }

  // Every warehouse (few) with the warehouse each location belongs to; changed ones
  // become Lagom locations.
  Status LoadLocations() {
    auto locations =
        session_.SearchRead("stock.location", Json::array(),
                            {"code", "name", "type", "warehouse", "write_date", "create_date"});
    if (!locations) return locations.error();
    EntityRows& batch = Batch("locations", {"code", "name", "type"});
    std::string since = request_.since.value_or("");
    for (const Json& location : *locations) {
      std::int64_t id = IdOf(location["id"]);
      location_type_[id] = TextOf(location["type"]);
      if (location["warehouse"].is_number()) warehouse_of_[id] = IdOf(location["warehouse"]);
      if (location["type"] != "warehouse") continue;
      std::string code = TextOf(location["code"]);
      if (code.empty()) {
        problems_.push_back(Origin("stock.location", location) + " (warehouse '" +
                            TextOf(location["name"]) +
                            "') has no code; Lagom keys locations by code: give it one in Tryton");
        continue;
      }
      warehouses_[id] = code;
      std::string changed =
          std::max(DatetimeText(location["write_date"]), DatetimeText(location["create_date"]));
      if (changed <= since) continue;
      cursor_ = std::max(cursor_, changed);
      AddRow(batch, {code, TextOf(location["name"]), "warehouse"},
             Origin("stock.location", location));
    }
    return {};
  }

  Status LoadProduction() {
    auto module = session_.SearchRead("ir.module",
                                      Json::array({Json::array({"name", "=", "production"}),
                                                   Json::array({"state", "=", "activated"})}),
                                      {"name"});
    if (!module) return module.error();
    production_ = !module->empty();
    return {};
  }

  // A product's Lagom unit; a problem (and nullopt) when Lagom does not know it.
  std::optional<std::string_view> LagomUnit(const Json& product) {
    const Unit& unit = units_[IdOf(product["default_uom"])];
    auto lagom = LagomUnitOf(unit.symbol);
    if (!lagom) {
      problems_.push_back(Origin("product.product", product) + " '" + TextOf(product["code"]) +
                          "' is kept in unit '" + unit.symbol +
                          "', which Lagom does not know (known: see the README's unit table)");
    }
    return lagom;
  }

  bool Remember(const Json& product) {
    std::string code = TextOf(product["code"]);
    if (code.empty()) {
      problems_.push_back(Origin("product.product", product) + " '" + TextOf(product["name"]) +
                          "' has no code; Lagom keys items by code: give it one in Tryton");
      return false;
    }
    products_[IdOf(product["id"])] = {code, IdOf(product["default_uom"])};
    return true;
  }

  Status Items() {
    std::vector<std::string> fields = {"code", "name", "default_uom", "cost_price", "list_price"};
    if (production_) fields.push_back("producible");
    auto products = Changed("product.product", Json::array({Json::array({"type", "=", "goods"})}),
                            fields, {"", "template."});
    if (!products) return products.error();
    std::vector<std::string> header = {"code", "name", "uom", "unit_cost", "price"};
    if (production_) header.push_back("make_or_buy");
    EntityRows& batch = Batch("items", header);
    for (const Json& product : *products) {
      auto unit = LagomUnit(product);
      if (!Remember(product) || !unit) continue;
      std::vector<std::string> row = {TextOf(product["code"]), TextOf(product["name"]),
                                      std::string(*unit), DecimalText(product["cost_price"]),
                                      DecimalText(product["list_price"])};
      if (production_) row.push_back(TruthOf(product["producible"]) ? "make" : "buy");
      AddRow(batch, std::move(row), Origin("product.product", product));
    }
    return {};
  }

  // The codes of products a changed record refers to that this pull has not read.
  Status LoadProducts(const std::set<std::int64_t>& ids) {
    std::set<std::int64_t> missing;
    for (std::int64_t id : ids) {
      if (!products_.contains(id)) missing.insert(id);
    }
    if (missing.empty()) return {};
    auto products = session_.SearchRead(
        "product.product", Json::array({Json::array({"id", "in", IdsOf(missing)})}),
        {"code", "name", "default_uom", "type"}, {{"active_test", false}});
    if (!products) return products.error();
    for (const Json& product : *products) {
      if (product["type"] == "goods") Remember(product);
    }
    return {};
  }

  // `quantity` in unit `from` as a quantity in the product's own unit.
  double InProductUnit(double quantity, std::int64_t from, const Product& product) {
    const Unit& given = units_[from];
    const Unit& own = units_[product.unit];
    return quantity * given.factor / own.factor;
  }

  // Product-supplier records (Tryton: per template, or per variant) become supply terms of
  // each product they cover; the cheapest-first price's unit price is Lagom's price.
  Status SupplyTerms() {
    auto terms = Changed("purchase.product_supplier", Json::array(),
                         {"template", "product", "party", "lead_time", "prices", "sequence"},
                         {"", "prices."});
    if (!terms) return terms.error();
    std::set<std::int64_t> templates, price_ids;
    for (const Json& term : *terms) {
      templates.insert(IdOf(term["template"]));
      for (const Json& id : term["prices"]) price_ids.insert(IdOf(id));
    }
    auto variants =
        session_.SearchRead("product.product",
                            Json::array({Json::array({"template", "in", IdsOf(templates)}),
                                         Json::array({"type", "=", "goods"})}),
                            {"code", "name", "default_uom", "template"});
    auto prices = session_.SearchRead("purchase.product_supplier.price",
                                      Json::array({Json::array({"id", "in", IdsOf(price_ids)})}),
                                      {"quantity", "unit_price", "product_supplier"});
    if (!variants) return variants.error();
    if (!prices) return prices.error();
    std::map<std::int64_t, std::vector<std::int64_t>> variants_of;
    for (const Json& product : *variants) {
      if (Remember(product)) variants_of[IdOf(product["template"])].push_back(IdOf(product["id"]));
    }
    std::map<std::int64_t, std::pair<double, std::string>> first_price;  // by product_supplier
    for (const Json& price : *prices) {
      auto& best =
          first_price.try_emplace(IdOf(price["product_supplier"]), 1e300, "").first->second;
      if (double quantity = price["quantity"].get<double>(); quantity < best.first) {
        best = {quantity, DecimalText(price["unit_price"])};
      }
    }
    EntityRows& batch = Batch("supply-terms", {"item", "supplier", "lead_time_days", "unit_price"});
    for (const Json& term : *terms) {
      std::vector<std::int64_t> covered = term["product"].is_number()
                                              ? std::vector<std::int64_t>{IdOf(term["product"])}
                                              : variants_of[IdOf(term["template"])];
      std::int64_t party = IdOf(term["party"]);
      parties_.insert(party);
      auto price = first_price.find(IdOf(term["id"]));
      for (std::int64_t product : covered) {
        if (!products_.contains(product)) continue;
        AddRow(batch,
               {products_[product].code, PartyCode(party), QuantityText(DaysOf(term["lead_time"])),
                price == first_price.end() ? "" : price->second.second},
               Origin("purchase.product_supplier", term));
      }
    }
    return {};
  }

  // Filled in by Suppliers(): a placeholder that refers to the party until its code is read.
  std::string PartyCode(std::int64_t party) { return "\x1fparty:" + std::to_string(party); }

  Status PurchaseLines() {
    // The first pull takes open purchases; later ones also the lines that closed since.
    Json states = since_.is_null() ? Json::array({"confirmed", "processing"})
                                   : Json::array({"confirmed", "processing", "done", "cancelled"});
    auto lines =
        Changed("purchase.line",
                Json::array({Json::array({"purchase.state", "in", states}),
                             Json::array({"type", "=", "line"})}),
                {"purchase", "product", "quantity", "unit", "unit_price", "delivery_date", "moves"},
                {"", "purchase.", "moves."});
    if (!lines) return lines.error();
    std::set<std::int64_t> purchase_ids, move_ids, product_ids;
    for (const Json& line : *lines) {
      purchase_ids.insert(IdOf(line["purchase"]));
      product_ids.insert(IdOf(line["product"]));
      for (const Json& id : line["moves"]) move_ids.insert(IdOf(id));
    }
    if (Status loaded = LoadProducts(product_ids); !loaded) return loaded;
    auto purchases = session_.SearchRead(
        "purchase.purchase", Json::array({Json::array({"id", "in", IdsOf(purchase_ids)})}),
        {"number", "party", "warehouse", "purchase_date", "state"});
    auto moves = session_.SearchRead("stock.move",
                                     Json::array({Json::array({"id", "in", IdsOf(move_ids)}),
                                                  Json::array({"state", "=", "done"})}),
                                     {"internal_quantity", "origin"});
    if (!purchases) return purchases.error();
    if (!moves) return moves.error();
    std::map<std::int64_t, Json> purchase_by_id;
    for (const Json& purchase : *purchases) purchase_by_id[IdOf(purchase["id"])] = purchase;
    std::map<std::string, double> received;  // by origin "purchase.line,<id>"
    for (const Json& move : *moves) {
      received[TextOf(move["origin"])] += move["internal_quantity"].get<double>();
    }
    EntityRows& batch =
        Batch("purchase-orders", {"po_number", "line", "supplier", "item", "location", "quantity",
                                  "received", "unit_price", "order_date", "due_date", "status"});
    for (const Json& line : *lines) {
      auto product = products_.find(IdOf(line["product"]));
      if (product == products_.end()) continue;  // a service or a comment
      const Json& purchase = purchase_by_id[IdOf(line["purchase"])];
      auto warehouse = warehouses_.find(IdOf(purchase["warehouse"]));
      if (warehouse == warehouses_.end()) continue;
      std::int64_t party = IdOf(purchase["party"]);
      parties_.insert(party);
      double quantity =
          InProductUnit(line["quantity"].get<double>(), IdOf(line["unit"]), product->second);
      double got = received["purchase.line," + std::to_string(IdOf(line["id"]))];
      auto order_date = DateOf(purchase["purchase_date"]);
      auto due_date = DateOf(line["delivery_date"]);
      if (!due_date) due_date = order_date ? order_date : request_.today;
      bool closed =
          purchase["state"] == "done" || purchase["state"] == "cancelled" || got >= quantity;
      AddRow(batch,
             {TextOf(purchase["number"]), std::to_string(IdOf(line["id"])), PartyCode(party),
              product->second.code, warehouse->second, QuantityText(quantity),
              QuantityText(std::min(got, quantity)), DecimalText(line["unit_price"]),
              order_date ? FormatDate(*order_date) : "", FormatDate(*due_date),
              closed ? "closed" : "open"},
             Origin("purchase.line", line));
    }
    return {};
  }

  // Parties the pulled rows refer to, and parties changed since that supply something,
  // become suppliers; placeholders in earlier rows get their codes.
  Status Suppliers() {
    if (!since_.is_null()) {
      auto all_terms = session_.SearchRead("purchase.product_supplier", Json::array(), {"party"});
      if (!all_terms) return all_terms.error();
      std::set<std::int64_t> supplying;
      for (const Json& term : *all_terms) supplying.insert(IdOf(term["party"]));
      auto changed = Changed("party.party",
                             Json::array({Json::array({"id", "in", IdsOf(supplying)})}), {"code"});
      if (!changed) return changed.error();
      for (const Json& party : *changed) parties_.insert(IdOf(party["id"]));
    }
    auto parties = session_.SearchRead("party.party",
                                       Json::array({Json::array({"id", "in", IdsOf(parties_)})}),
                                       {"code", "name"}, {{"active_test", false}});
    if (!parties) return parties.error();
    std::map<std::string, std::string> code_of;
    EntityRows& batch = Batch("suppliers", {"code", "name"});
    for (const Json& party : *parties) {
      std::string code = TextOf(party["code"]);
      if (code.empty()) {
        problems_.push_back(Origin("party.party", party) + " '" + TextOf(party["name"]) +
                            "' has no code; Lagom keys suppliers by code");
        continue;
      }
      code_of[PartyCode(IdOf(party["id"]))] = code;
      AddRow(batch, {code, TextOf(party["name"])}, Origin("party.party", party));
    }
    for (const char* entity : {"supply-terms", "purchase-orders"}) {
      EntityRows& rows = batches_[entity];
      std::size_t column =
          std::find(rows.header.begin(), rows.header.end(), "supplier") - rows.header.begin();
      for (auto& row : rows.rows) row[column] = code_of[row[column]];
    }
    return {};
  }

  // Each output of a changed BOM becomes the parent of every input, per unit of the output.
  Status Boms() {
    if (!production_) return {};
    auto boms = Changed("production.bom", Json::array(), {"inputs", "outputs"},
                        {"", "inputs.", "outputs."});
    if (!boms) return boms.error();
    std::set<std::int64_t> bom_ids;
    for (const Json& bom : *boms) bom_ids.insert(IdOf(bom["id"]));
    if (bom_ids.empty()) return {};
    auto inputs = session_.SearchRead("production.bom.input",
                                      Json::array({Json::array({"bom", "in", IdsOf(bom_ids)})}),
                                      {"bom", "product", "quantity", "uom"});
    auto outputs = session_.SearchRead("production.bom.output",
                                       Json::array({Json::array({"bom", "in", IdsOf(bom_ids)})}),
                                       {"bom", "product", "quantity", "uom"});
    if (!inputs) return inputs.error();
    if (!outputs) return outputs.error();
    std::set<std::int64_t> product_ids;
    for (const Json* lines : {&*inputs, &*outputs}) {
      for (const Json& line : *lines) product_ids.insert(IdOf(line["product"]));
    }
    if (Status loaded = LoadProducts(product_ids); !loaded) return loaded;
    EntityRows& batch = Batch("boms", {"parent", "component", "quantity_per"});
    for (const Json& output : *outputs) {
      auto parent = products_.find(IdOf(output["product"]));
      if (parent == products_.end()) continue;
      double made =
          InProductUnit(output["quantity"].get<double>(), IdOf(output["uom"]), parent->second);
      for (const Json& input : *inputs) {
        auto component = products_.find(IdOf(input["product"]));
        if (input["bom"] != output["bom"] || component == products_.end() || made <= 0) continue;
        double used =
            InProductUnit(input["quantity"].get<double>(), IdOf(input["uom"]), component->second);
        AddRow(batch, {parent->second.code, component->second.code, QuantityText(used / made)},
               Origin("production.bom.input", input));
      }
    }
    return {};
  }

  // Done moves changed since the cursor (all goods on the first pull) name the products
  // whose stock on hand per warehouse is read again, as of today.
  Status Stock() {
    std::set<std::int64_t> product_ids;
    if (since_.is_null()) {
      for (const auto& [id, product] : products_) product_ids.insert(id);
    } else {
      auto moves =
          Changed("stock.move", Json::array({Json::array({"state", "=", "done"})}), {"product"});
      if (!moves) return moves.error();
      for (const Json& move : *moves) product_ids.insert(IdOf(move["product"]));
      if (Status loaded = LoadProducts(product_ids); !loaded) return loaded;
    }
    if (product_ids.empty()) return {};
    EntityRows& batch = Batch("stock", {"item", "location", "quantity", "date"});
    for (const auto& [warehouse, code] : warehouses_) {
      auto levels = session_.SearchRead(
          "product.product", Json::array({Json::array({"id", "in", IdsOf(product_ids)})}),
          {"quantity"},
          {{"locations", Json::array({warehouse})},
           {"stock_date_end", DateValue(request_.today)},
           {"with_childs", true}});
      if (!levels) return levels.error();
      for (const Json& level : *levels) {
        auto product = products_.find(IdOf(level["id"]));
        if (product == products_.end()) continue;
        AddRow(batch,
               {product->second.code, code, QuantityText(level["quantity"].get<double>()),
                FormatDate(request_.today)},
               Origin("product.product", level));
      }
    }
    return {};
  }

  // Done moves between a warehouse and a customer (shipments out, returns back) are demand
  // history. Lagom replaces a bucket with what a pull brings for it, so from the start of the
  // bucket of the earliest changed move every bucket is pulled whole.
  Status Demand() {
    Json customer_moves =
        Json::array({Json::array({"state", "=", "done"}),
                     Json::array({"OR", Json::array({"to_location.type", "=", "customer"}),
                                  Json::array({"from_location.type", "=", "customer"})})});
    std::optional<Date> from;
    if (!since_.is_null()) {
      auto changed = Changed("stock.move", customer_moves, {"effective_date"});
      if (!changed) return changed.error();
      for (const Json& move : *changed) {
        auto date = DateOf(move["effective_date"]);
        if (date && (!from || *date < *from)) from = date;
      }
      if (!from) return {};
      Json whole = customer_moves;
      whole.push_back(
          Json::array({"effective_date", ">=", DateValue(PeriodStart(*from, request_.period))}));
      customer_moves = whole;
    }
    auto moves = session_.SearchRead(
        "stock.move", customer_moves,
        {"product", "internal_quantity", "from_location", "to_location", "effective_date"});
    if (!moves) return moves.error();
    std::set<std::int64_t> product_ids;
    for (const Json& move : *moves) product_ids.insert(IdOf(move["product"]));
    if (Status loaded = LoadProducts(product_ids); !loaded) return loaded;
    EntityRows& batch = Batch("demand", {"item", "location", "date", "quantity"});
    for (const Json& move : *moves) {
      bool shipped = location_type_[IdOf(move["to_location"])] == "customer";
      std::int64_t stock_side = IdOf(move[shipped ? "from_location" : "to_location"]);
      auto warehouse = warehouses_.find(warehouse_of_[stock_side]);
      auto product = products_.find(IdOf(move["product"]));
      auto date = DateOf(move["effective_date"]);
      if (warehouse == warehouses_.end() || product == products_.end() || !date) continue;
      double quantity = move["internal_quantity"].get<double>();
      AddRow(batch,
             {product->second.code, warehouse->second, FormatDate(*date),
              QuantityText(shipped ? quantity : -quantity)},
             Origin("stock.move", move));
    }
    return {};
  }

  Error Problems() const {
    std::string message = "Tryton holds " + std::to_string(problems_.size()) +
                          " record(s) Lagom cannot take; nothing was written:";
    for (const std::string& problem : problems_) message += "\n  " + problem;
    return InvalidInput(message);
  }

  Session& session_;
  const PullRequest& request_;
  Json since_;  // null: the first pull
  std::string cursor_;
  bool production_ = false;
  std::map<std::int64_t, Unit> units_;
  std::map<std::int64_t, std::string> location_type_;
  std::map<std::int64_t, std::int64_t> warehouse_of_;  // location → its warehouse
  std::map<std::int64_t, std::string> warehouses_;     // warehouse → code
  std::map<std::int64_t, Product> products_;
  std::set<std::int64_t> parties_;
  std::map<std::string, EntityRows> batches_;
  std::vector<std::string> problems_;
};

}  // namespace

Result<PullResult> PullChanges(Session& session, const PullRequest& request) {
  return Puller(session, request).Run();
}

}  // namespace lagom::connectors::tryton
