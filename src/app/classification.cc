#include "app/classification.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "app/classification_input.h"
#include "app/settings.h"
#include "core/money.h"

namespace lagom::app {

namespace {

constexpr std::array<std::pair<Dimension, std::string_view>, 7> kDimensions = {{
    {Dimension::kRevenue, "revenue"},
    {Dimension::kCogs, "cogs"},
    {Dimension::kQuantity, "quantity"},
    {Dimension::kHits, "hits"},
    {Dimension::kMargin, "margin"},
    {Dimension::kStockValue, "stock-value"},
    {Dimension::kConsumption, "consumption"},
}};

}  // namespace

std::vector<std::string> ClassificationScopes() {
  return {"location", "group", "company"};
}

namespace {

Status Validate(const ClassifyOptions& o) {
  auto scopes = ClassificationScopes();
  if (std::find(scopes.begin(), scopes.end(), o.scope) == scopes.end()) {
    return InvalidInput("--by must be one of location, group or company");
  }
  if (o.window_months < 1 || o.window_months > 120) {
    return InvalidInput("--window must be 1 to 120 months");
  }
  if (o.new_months < 0 || o.new_months > 120) return InvalidInput("--new must be 0 to 120 months");
  if (o.dead_months < 1 || o.dead_months > 120) {
    return InvalidInput("--dead must be 1 to 120 months");
  }
  if (o.dimensions.empty() || o.dimensions.size() > 2) {
    return InvalidInput("--dimensions takes one or two dimensions");
  }
  if (auto cutoffs = analysis::ParseCutoffs(o.cutoffs); !cutoffs) return cutoffs.error();
  return analysis::ValidateXyzCutoffs(o.xyz);
}

store::ClassRecord RecordOf(const classification::Entry& entry,
                            const analysis::ClassResult& result) {
  const analysis::Variability& v = result.variability;
  store::ClassRecord r;
  r.item_id = entry.item_id;
  r.location_id = entry.location_id;
  r.item_code = entry.item_code;
  r.location_code = entry.location_code;
  r.scope_key = entry.scope_key;
  r.abc = result.abc;
  r.xyz = std::string(1, analysis::XyzLetter(v.xyz));
  r.pattern = std::string(forecast::DemandPatternName(v.profile.pattern));
  r.value = entry.input.values.front();
  if (entry.input.values.size() > 1) r.value2 = entry.input.values[1];
  r.mean = v.mean;
  r.cv = v.cv;
  if (std::isfinite(v.profile.adi)) r.adi = v.profile.adi;
  r.cv2 = v.profile.cv2;
  return r;
}

}  // namespace

Result<std::vector<Dimension>> ParseDimensions(std::string_view text) {
  std::vector<Dimension> out;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t end = std::min(text.find(',', pos), text.size());
    std::string_view word = text.substr(pos, end - pos);
    pos = end + 1;
    auto found = std::find_if(kDimensions.begin(), kDimensions.end(),
                              [&](const auto& d) { return d.second == word; });
    if (found == kDimensions.end()) {
      return InvalidInput("'" + std::string(word) +
                          "' is not a dimension (revenue, cogs, quantity, hits, margin, "
                          "stock-value)");
    }
    if (std::find(out.begin(), out.end(), found->first) != out.end()) {
      return InvalidInput("dimension '" + std::string(word) + "' is given twice");
    }
    out.push_back(found->first);
  }
  if (out.size() > 2) return InvalidInput("classify on one or two dimensions, not more");
  return out;
}

std::string DimensionNames(const std::vector<Dimension>& dimensions) {
  std::string out;
  for (Dimension d : dimensions) {
    for (const auto& [dimension, name] : kDimensions) {
      if (dimension == d) out += (out.empty() ? "" : ",") + std::string(name);
    }
  }
  return out;
}

double DimensionValue(Dimension dimension, std::int64_t raw) {
  switch (dimension) {
    case Dimension::kQuantity:
      return Quantity::FromRaw(raw).ToDouble();
    case Dimension::kHits:
      return static_cast<double>(raw);
    default:
      return Money::FromRaw(raw).ToDouble();
  }
}

Result<ClassifyOptions> DefaultClassifyOptions(sqlite::Database& db, Date as_of) {
  ClassifyOptions o;
  o.as_of = as_of;
  auto settings = LoadSettings(db);
  if (!settings) return settings.error();
  auto parsed = ParseDimensions(settings->Text("classify.dimensions"));
  if (!parsed) return parsed.error();
  o.dimensions = *parsed;
  o.cutoffs = settings->Text("classify.cutoffs");
  o.scope = settings->Text("classify.scope");
  o.window_months = settings->Integer("classify.window_months");
  o.new_months = settings->Integer("classify.new_months");
  o.dead_months = settings->Integer("classify.dead_months");
  o.xyz.x = settings->Number("classify.xyz_x");
  o.xyz.y = settings->Number("classify.xyz_y");
  return o;
}

Result<ClassifyResult> RunClassification(sqlite::Database& db, const ClassifyOptions& options) {
  if (Status valid = Validate(options); !valid) return valid.error();
  auto groups = classification::BuildGroups(db, options);
  if (!groups) return groups.error();
  analysis::ClassOptions engine{*analysis::ParseCutoffs(options.cutoffs), options.xyz};
  ClassifyResult result;
  std::vector<analysis::ClassInput> inputs;
  std::vector<analysis::ClassResult> outputs;
  for (const auto& [key, entries] : *groups) {
    std::vector<analysis::ClassInput> group;
    for (const auto& entry : entries) group.push_back(entry.input);
    std::vector<analysis::ClassResult> classes = analysis::ClassifyGroup(group, engine);
    for (std::size_t i = 0; i < entries.size(); ++i) {
      result.classes.push_back(RecordOf(entries[i], classes[i]));
    }
    inputs.insert(inputs.end(), group.begin(), group.end());
    outputs.insert(outputs.end(), classes.begin(), classes.end());
  }
  result.matrix = analysis::ClassMatrix(inputs, outputs);
  std::sort(result.classes.begin(), result.classes.end(), [](const auto& a, const auto& b) {
    return std::tie(a.item_code, a.location_code) < std::tie(b.item_code, b.location_code);
  });
  result.run = {0,
                options.as_of,
                options.scope,
                DimensionNames(options.dimensions),
                options.cutoffs,
                options.window_months,
                ""};
  auto id = store::SaveClassification(db, result.run, result.classes);
  if (!id) return id.error();
  result.run.id = *id;
  auto changes = store::LoadClassChanges(db, "", "", *id);
  if (!changes) return changes.error();
  result.changes = std::move(*changes);
  return result;
}

Result<std::vector<analysis::MatrixCell>> LoadClassMatrix(sqlite::Database& db,
                                                          std::int64_t run_id) {
  auto classes = store::FindClasses(db, {.run_id = run_id});
  if (!classes) return classes.error();
  std::vector<analysis::ClassInput> inputs;
  std::vector<analysis::ClassResult> results;
  for (const store::ClassRecord& c : *classes) {
    inputs.push_back({.values = {c.value}});
    analysis::ClassResult r{.abc = c.abc};
    r.variability.xyz = c.xyz == "X"   ? analysis::Xyz::kX
                        : c.xyz == "Y" ? analysis::Xyz::kY
                                       : analysis::Xyz::kZ;
    results.push_back(std::move(r));
  }
  return analysis::ClassMatrix(inputs, results);
}

Result<AbcClasses> LatestAbcClasses(sqlite::Database& db) {
  auto run = store::LatestClassificationRun(db);
  if (!run) return run.error();
  AbcClasses classes;
  if (!*run) return classes;
  auto records = store::FindClasses(db, {.run_id = (*run)->id});
  if (!records) return records.error();
  for (const store::ClassRecord& c : *records) {
    classes[{c.item_id, c.location_id.value_or(0)}] = c.abc;
  }
  return classes;
}

std::string AbcClassOf(const AbcClasses& classes, std::int64_t item_id, std::int64_t location_id) {
  auto found = classes.find({item_id, location_id});
  if (found == classes.end()) found = classes.find({item_id, 0});
  return found == classes.end() ? "(unclassified)" : found->second;
}

Result<std::optional<store::ClassificationRunRecord>> FindClassificationRun(sqlite::Database& db,
                                                                            std::int64_t id) {
  return store::FindClassificationRun(db, id);
}

Result<std::vector<store::ClassRecord>> ListClasses(sqlite::Database& db,
                                                    const store::ClassQuery& query) {
  return store::FindClasses(db, query);
}

Result<std::int64_t> CountClasses(sqlite::Database& db, const store::ClassQuery& query) {
  return store::CountClasses(db, query);
}

Result<std::vector<store::ClassChange>> ListClassChanges(sqlite::Database& db,
                                                         const std::string& item,
                                                         const std::string& location,
                                                         std::int64_t run_id) {
  return store::LoadClassChanges(db, item, location, run_id);
}

}  // namespace lagom::app
