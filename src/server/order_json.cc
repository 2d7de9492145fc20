#include "server/order_json.h"

#include <fmt/format.h>

#include <sstream>

#include "core/money.h"
#include "core/units.h"
#include "csv/writer.h"
#include "server/plan_json.h"

namespace lagom::server {

namespace {

Json Strings(const std::vector<std::string>& texts) {
  Json all = Json::array();
  for (const std::string& text : texts) all.push_back(text);
  return all;
}

Json LineJson(const app::DraftLine& line) {
  Json json = ProposalJson(line.proposal);
  json["item_name"] = line.facts.item_name;
  json["uom"] = line.facts.uom;
  json["min_order_quantity"] = QuantityNumber(line.facts.min_order_milli);
  json["pack"] = QuantityNumber(line.facts.order_multiple_milli);
  if (line.proposal.kind == "transfer") {
    json["source_available"] = QuantityNumber(line.facts.source_available_milli);
  }
  json["warnings"] = Strings(line.warnings);
  return json;
}

std::string Html(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string Amount(std::int64_t raw) {
  return fmt::format("{:.2f}", Money::FromRaw(raw).ToDouble());
}

// A line as the supplier sells it: the quantity and price per purchase unit (the stock unit
// when the line has none). A quantity that is not whole purchase units shows its fraction.
struct PurchaseLine {
  Quantity quantity;
  std::string unit;
  std::int64_t unit_price_raw = 0;
};

PurchaseLine InPurchaseUnits(const store::OrderDocumentLine& l) {
  if (l.purchase_unit.empty()) {
    return {Quantity::FromRaw(l.quantity_milli), l.uom, l.unit_price_raw};
  }
  Quantity per = Quantity::FromRaw(l.purchase_unit_milli);
  return {Quantity::FromRaw(InPurchaseUnitsMilli(l.quantity_milli, l.purchase_unit_milli)),
          l.purchase_unit, Extend(Money::FromRaw(l.unit_price_raw), per).raw()};
}

}  // namespace

Json DraftOrderJson(const app::DraftOrder& d) {
  Json lines = Json::array();
  for (const app::DraftLine& line : d.lines) lines.push_back(LineJson(line));
  auto code = [](const std::string& text) { return text.empty() ? Json() : Json(text); };
  return {{"kind", d.kind},
          {"supplier", code(d.supplier_code)},
          {"supplier_name", d.supplier_name},
          {"location", code(d.location_code)},
          {"source_location", code(d.source_location_code)},
          {"value", MoneyNumber(d.value_raw)},
          {"lines_to_order", d.lines_to_order},
          {"min_order_value", MoneyNumber(d.min_order_value_raw)},
          {"free_freight_value", MoneyNumber(d.free_freight_raw)},
          {"containers", d.containers},
          {"container_fill", d.container_fill},
          {"warnings", Strings(d.warnings)},
          {"lines", lines}};
}

Json ApprovedOrderJson(const app::ApprovedOrder& o) {
  return {{"po_number", o.po_number},
          {"supplier", o.supplier_code},
          {"location", o.location_code},
          {"lines", o.lines},
          {"value", MoneyNumber(o.value_raw)}};
}

std::string OrderDocumentCsv(const store::OrderDocument& doc) {
  std::ostringstream out;
  csv::WriteRow(out, std::vector<std::string>{
                         "po_number", "line", "supplier", "location", "order_date", "item",
                         "item_name", "quantity", "uom", "purchase_quantity", "purchase_unit",
                         "purchase_unit_quantity", "unit_price", "value", "due_date"});
  for (const store::OrderDocumentLine& l : doc.lines) {
    PurchaseLine bought = InPurchaseUnits(l);
    csv::WriteRow(
        out, std::vector<std::string>{
                 doc.po_number, std::to_string(l.line), doc.supplier_code, doc.location_code,
                 doc.order_date, l.item_code, l.item_name,
                 Quantity::FromRaw(l.quantity_milli).ToString(), l.uom, bought.quantity.ToString(),
                 bought.unit, Quantity::FromRaw(l.purchase_unit_milli).ToString(),
                 Money::FromRaw(l.unit_price_raw).ToString(),
                 Money::FromRaw(l.value_raw).ToString(), FormatDate(l.due_date)});
  }
  return out.str();
}

// The HTML page a buyer prints or sends: quantities and prices in the supplier's purchase
// unit (10 of "case of 12 pcs" at the price of a case); the CSV has the stock quantity too.
std::string OrderDocumentHtml(const store::OrderDocument& doc) {
  std::string rows;
  for (const store::OrderDocumentLine& l : doc.lines) {
    PurchaseLine bought = InPurchaseUnits(l);
    std::string unit = l.purchase_unit.empty()
                           ? Html(l.uom)
                           : Html(l.purchase_unit) + " of " +
                                 Quantity::FromRaw(l.purchase_unit_milli).ToString() + " " +
                                 Html(l.uom);
    rows += fmt::format(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td class=n>{}</td><td>{}</td><td class=n>{}</td>"
        "<td class=n>{}</td><td>{}</td></tr>\n",
        l.line, Html(l.item_code), Html(l.item_name), bought.quantity.ToString(), unit,
        Amount(bought.unit_price_raw), Amount(l.value_raw), FormatDate(l.due_date));
  }
  return fmt::format(
      R"(<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Purchase order {0}</title>
<style>body{{font:14px system-ui,sans-serif;margin:2rem}}table{{border-collapse:collapse;width:100%}}
th,td{{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left}}.n{{text-align:right}}
@media print{{body{{margin:0}}}}</style></head>
<body><h1>Purchase order {0}</h1>
<p>To <strong>{1}</strong> {2}<br>Deliver to <strong>{3}</strong> {4}<br>Order date {5}</p>
<table><thead><tr><th>Line</th><th>Item</th><th>Description</th><th class=n>Quantity</th>
<th>Unit</th><th class=n>Unit price</th><th class=n>Value</th><th>Due</th></tr></thead>
<tbody>
{6}</tbody><tfoot><tr><th colspan=6>Total</th><th class=n>{7}</th><th></th></tr></tfoot></table>
</body></html>
)",
      Html(doc.po_number), Html(doc.supplier_code), Html(doc.supplier_name),
      Html(doc.location_code), Html(doc.location_name), Html(doc.order_date), rows,
      Amount(doc.value_raw));
}

}  // namespace lagom::server
