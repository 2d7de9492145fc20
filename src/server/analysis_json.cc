#include "server/analysis_json.h"

#include "app/classification.h"

namespace lagom::server {

namespace {

Json Optional(const std::optional<double>& value) {
  return value ? Json(*value) : Json();
}

std::vector<app::Dimension> DimensionsOf(const store::ClassificationRunRecord& run) {
  auto parsed = app::ParseDimensions(run.dimensions);
  return parsed ? *parsed : std::vector<app::Dimension>{};
}

}  // namespace

Json ClassificationRunJson(const store::ClassificationRunRecord& run) {
  Json dimensions = Json::array();
  for (app::Dimension d : DimensionsOf(run)) dimensions.push_back(app::DimensionNames({d}));
  return {{"id", run.id},
          {"as_of", FormatDate(run.as_of)},
          {"scope", run.scope},
          {"dimensions", dimensions},
          {"cutoffs", run.cutoffs},
          {"window_months", run.window_months},
          {"created_at", run.created_at}};
}

Json ClassJson(const store::ClassRecord& c, const store::ClassificationRunRecord& run) {
  std::vector<app::Dimension> dimensions = DimensionsOf(run);
  Json values = Json::object();
  for (std::size_t i = 0; i < dimensions.size(); ++i) {
    std::optional<std::int64_t> raw = i == 0 ? std::optional(c.value) : c.value2;
    if (raw)
      values[app::DimensionNames({dimensions[i]})] = app::DimensionValue(dimensions[i], *raw);
  }
  return {{"item", c.item_code},    {"location", c.location_id ? Json(c.location_code) : Json()},
          {"scope", c.scope_key},   {"class", c.abc + c.xyz},
          {"abc", c.abc},           {"xyz", c.xyz},
          {"pattern", c.pattern},   {"values", values},
          {"mean", c.mean},         {"cv", Optional(c.cv)},
          {"adi", Optional(c.adi)}, {"cv2", c.cv2}};
}

Json MatrixJson(std::span<const analysis::MatrixCell> cells,
                const store::ClassificationRunRecord& run) {
  std::vector<app::Dimension> dimensions = DimensionsOf(run);
  Json out = Json::array();
  for (const auto& cell : cells) {
    double value = dimensions.empty() ? static_cast<double>(cell.value)
                                      : app::DimensionValue(dimensions.front(), cell.value);
    out.push_back({{"abc", cell.abc},
                   {"xyz", std::string(1, cell.xyz)},
                   {"count", cell.count},
                   {"value", value},
                   {"count_share", cell.count_share},
                   {"value_share", cell.value_share}});
  }
  return out;
}

Json ClassChangeJson(const store::ClassChange& c) {
  return {{"item", c.item_code},
          {"location", c.location_code.empty() ? Json() : Json(c.location_code)},
          {"from", {{"as_of", FormatDate(c.from_as_of)}, {"class", c.from_abc + c.from_xyz}}},
          {"to", {{"as_of", FormatDate(c.as_of)}, {"class", c.abc + c.xyz}}},
          {"run", c.run_id}};
}

Json AlertJson(const store::AlertRecord& a) {
  return {{"id", a.id},
          {"rule", a.rule},
          {"severity", a.severity},
          {"item", a.item_code},
          {"location", a.location_code},
          {"subject", a.subject},
          {"value", a.value},
          {"limit", a.limit},
          {"quantity", a.quantity},
          {"value_at_risk", a.value_at_risk},
          {"message", a.message},
          {"status", a.status},
          {"raised_on", FormatDate(a.raised_on)},
          {"resolved_on", a.resolved_on ? Json(FormatDate(*a.resolved_on)) : Json()},
          {"raised_run", a.raised_run_id ? Json(*a.raised_run_id) : Json()},
          {"acknowledged_by", a.acknowledged_by},
          {"snoozed_until", a.snoozed_until ? Json(FormatDate(*a.snoozed_until)) : Json()},
          {"handled_by", a.handled_by},
          {"handled_at", a.handled_at.empty() ? Json() : Json(a.handled_at)},
          {"handled_note", a.handled_note}};
}

Json CountTaskJson(const store::CountTaskRecord& t) {
  return {{"date", FormatDate(t.date)},
          {"item", t.item_code},
          {"location", t.location_code},
          {"class", t.cls},
          {"reason", t.reason}};
}

}  // namespace lagom::server
