#include "server/ledger_schemas.h"

#include "engine/ledger/movement.h"
#include "server/paging.h"
#include "server/schema.h"

namespace lagom::server {

namespace {

// The movement types a client may post (openings and counts come through their own routes);
// "transfer" posts both halves of a transfer.
Json PostableMovementTypes() {
  Json names = Json::array({"transfer"});
  for (ledger::MovementType type : ledger::AllMovementTypes()) {
    if (type != ledger::MovementType::kOpening && type != ledger::MovementType::kCount) {
      names.push_back(std::string(ledger::MovementTypeName(type)));
    }
  }
  return names;
}

Json MovementRequest() {
  Json schema = ObjectSchema({{"key", "string"},
                              {"type", "string"},
                              {"date", "string"},
                              {"item", "string"},
                              {"location", "string"},
                              {"other_location", "string"},
                              {"lot", "string"},
                              {"expiry", "string"},
                              {"quantity", "number"},
                              {"unit_cost", "number"},
                              {"price", "number"},
                              {"amount", "number"},
                              {"in_transit", "boolean"},
                              {"transfer_order", "string"},
                              {"pick", "string"},
                              {"reference", "string"}},
                             {"type", "item", "location"});
  schema["properties"]["type"]["enum"] = PostableMovementTypes();
  return schema;
}

Json ReceiptRequest() {
  return ObjectSchema({{"key", "string"},
                       {"date", "string"},
                       {"po_number", "string"},
                       {"line", "integer"},
                       {"item", "string"},
                       {"location", "string"},
                       {"lot", "string"},
                       {"expiry", "string"},
                       {"quantity", "number"},
                       {"unit_cost", "number"},
                       {"barcode", "string"},
                       {"close_line", "boolean"},
                       {"allow_over_delivery", "boolean"}});
}

Json Reservation() {
  return ObjectSchema({{"key", "string"},
                       {"replayed", "boolean"},
                       {"status", "string"},
                       {"channel", "string"},
                       {"order_ref", "string"},
                       {"item", "string"},
                       {"location", "string"},
                       {"date", "string"},
                       {"requested", "number"},
                       {"promised", "number"},
                       {"backordered", "number"},
                       {"open", "number"},
                       {"fulfilled", "number"}});
}

Json KpiRow() {
  return ObjectSchema({{"key", "string"},
                       {"begin_value", "number"},
                       {"end_value", "number"},
                       {"cogs", "number"},
                       {"revenue", "number"},
                       {"turnover", "number"},
                       {"days_of_inventory", "number"},
                       {"gmroi", "number"},
                       {"sell_through", "number"},
                       {"record_accuracy", "number"},
                       {"shrinkage_rate", "number"},
                       {"net_shrinkage_rate", "number"},
                       {"fill_rate", "number"},
                       {"stock_out_days", "integer"}});
}

// A page of the stock feed, with its date and the cursor to pass as `since` next time.
Json AtpPageSchema() {
  Json page = PageSchema(SchemaRef("atp-row"));
  page["properties"]["date"] = {{"type", "string"}, {"format", "date"}};
  page["properties"]["cursor"] = {{"type", "integer"}};
  return page;
}

}  // namespace

Json LedgerSchemas() {
  return {
      {"movement-request", MovementRequest()},
      {"posted",
       ObjectSchema({{"key", "string"}, {"replayed", "boolean"}, {"movements", "array"}})},
      {"receipt-request", ReceiptRequest()},
      {"receipt", ObjectSchema({{"key", "string"},
                                {"replayed", "boolean"},
                                {"movements", "array"},
                                {"line", "object"},
                                {"stock", "object"}})},
      {"count-request", ObjectSchema({{"key", "string"},
                                      {"date", "string"},
                                      {"item", "string"},
                                      {"location", "string"},
                                      {"lot", "string"},
                                      {"counted", "number"}},
                                     {"item", "location", "counted"})},
      {"count", ObjectSchema({{"key", "string"},
                              {"replayed", "boolean"},
                              {"system_quantity", "number"},
                              {"counted", "number"},
                              {"difference", "number"},
                              {"movement", "integer"}})},
      {"tag-batch-request",
       ObjectSchema(
           {{"key", "string"}, {"date", "string"}, {"location", "string"}, {"reads", "array"}},
           {"location", "reads"})},
      {"tag-receipt", ObjectSchema({{"key", "string"},
                                    {"replayed", "boolean"},
                                    {"movements", "array"},
                                    {"tags", "object"}})},
      {"tag-count",
       ObjectSchema(
           {{"key", "string"}, {"replayed", "boolean"}, {"tags", "object"}, {"counts", "array"}})},
      {"scan", ObjectSchema({{"kind", "string"},
                             {"item", "string"},
                             {"gtin", "string"},
                             {"lot", "string"},
                             {"expiry", "string"},
                             {"quantity", "number"},
                             {"lines", "array"}})},
      {"reservation-request", ObjectSchema({{"key", "string"},
                                            {"channel", "string"},
                                            {"order_ref", "string"},
                                            {"item", "string"},
                                            {"location", "string"},
                                            {"date", "string"},
                                            {"quantity", "number"},
                                            {"allow_backorder", "boolean"}},
                                           {"item", "location", "quantity"})},
      {"reservation", Reservation()},
      {"fulfil-request", ObjectSchema({{"date", "string"}, {"pick", "string"}})},
      {"availability", ObjectSchema({{"date", "string"},
                                     {"on_hand", "number"},
                                     {"usable", "number"},
                                     {"expired", "number"},
                                     {"reserved", "number"},
                                     {"available_to_promise", "number"},
                                     {"lots", "array"}})},
      {"atp-page", AtpPageSchema()},
      {"atp-row", ObjectSchema({{"item", "string"},
                                {"location", "string"},
                                {"on_hand", "number"},
                                {"expired", "number"},
                                {"reserved", "number"},
                                {"available_to_promise", "number"}})},
      {"valuation", ObjectSchema({{"at", "string"},
                                  {"from", "string"},
                                  {"method", "string"},
                                  {"total_value", "number"},
                                  {"period", "object"},
                                  {"by_location", "array"},
                                  {"by_group", "array"},
                                  {"items", "array"}})},
      {"kpi-row", KpiRow()},
      {"supplier-performance", ObjectSchema({{"supplier", "string"},
                                             {"receipts", "integer"},
                                             {"on_time", "integer"},
                                             {"on_time_rate", "number"},
                                             {"lines", "integer"},
                                             {"in_full_on_time", "integer"},
                                             {"otif_rate", "number"},
                                             {"lead_time_days", "object"}})},
      {"ledger-check", ObjectSchema({{"date", "string"},
                                     {"ok", "boolean"},
                                     {"movements", "integer"},
                                     {"items_valued", "integer"},
                                     {"value", "number"},
                                     {"problems", "array"},
                                     {"warnings", "array"}})},
  };
}

}  // namespace lagom::server
