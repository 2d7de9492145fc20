#include "server/entity_routes.h"

#include <charconv>

#include "app/as_of.h"
#include "app/data_exchange.h"
#include "server/json_rows.h"
#include "server/paging.h"

namespace lagom::server {

namespace {

using store::EntitySpec;
using store::FieldSpec;
using store::FieldType;

app::Permission WritePermission(const EntitySpec& entity) {
  if (entity.name == "stock" || entity.name == "movements") return app::Permission::kWarehouse;
  if (entity.name == "purchase-orders") return app::Permission::kPlan;
  return app::Permission::kMasterData;
}

Json FieldSchema(const FieldSpec& field) {
  switch (field.type) {
    case FieldType::kQuantity:
    case FieldType::kMoney:
    case FieldType::kReal:
      return {{"type", "number"}};
    case FieldType::kInteger:
      return {{"type", "integer"}};
    case FieldType::kBool:
      return {{"type", "boolean"}};
    case FieldType::kDate:
    case FieldType::kPeriod:
    case FieldType::kMonth:
      return {{"type", "string"}, {"format", "date"}};
    case FieldType::kEnum: {
      Json choices = Json::array();
      for (auto choice : field.choices) choices.push_back(choice);
      return {{"type", "string"}, {"enum", choices}};
    }
    default:
      return {{"type", "string"}};
  }
}

Json EntitySchema(const EntitySpec& entity) {
  Json properties = Json::object(), required = Json::array();
  for (const FieldSpec& field : entity.fields) {
    properties[std::string(field.column)] = FieldSchema(field);
    if (field.required) required.push_back(field.column);
  }
  return {{"type", "object"}, {"properties", properties}, {"required", required}};
}

// A cell as JSON: null where nothing is stored, numbers and booleans as such, else text.
Json FieldJson(const FieldSpec& field, const std::optional<std::string>& cell) {
  if (!cell) return nullptr;
  const std::string& text = *cell;
  switch (field.type) {
    case FieldType::kQuantity:
    case FieldType::kMoney:
    case FieldType::kReal: {
      double value = 0;
      std::from_chars(text.data(), text.data() + text.size(), value);
      return value;
    }
    case FieldType::kInteger: {
      std::int64_t value = 0;
      std::from_chars(text.data(), text.data() + text.size(), value);
      return value;
    }
    case FieldType::kBool:
      return text == "true";
    default:
      return text;
  }
}

Json RowJson(const EntitySpec& entity, const app::EntityRow& row) {
  Json object = Json::object();
  for (std::size_t i = 0; i < entity.fields.size(); ++i) {
    object[std::string(entity.fields[i].column)] = FieldJson(entity.fields[i], row[i]);
  }
  return object;
}

// ?limit&offset&sort=field|-field&<filterable field>=value
Result<store::EntityQuery> ParseListQuery(const EntitySpec& entity, const httplib::Request& req) {
  store::EntityQuery query;
  auto page = ParsePaging(req);
  if (!page) return page.error();
  query.limit = page->limit;
  query.offset = page->offset;
  for (const auto& [name, value] : req.params) {
    if (name == "limit" || name == "offset") continue;
    if (name == "sort") {
      std::string field = value.starts_with('-') ? value.substr(1) : value;
      query.descending = value.starts_with('-');
      query.sort = nullptr;
      for (const FieldSpec& f : entity.fields) {
        if (f.column == field) query.sort = &f;
      }
      if (!query.sort)
        return InvalidInput("sort: '" + field + "' is not a field of " + std::string(entity.name));
      continue;
    }
    const FieldSpec* filter = nullptr;
    for (const FieldSpec& f : entity.fields) {
      if (f.column == name && store::IsFilterable(f)) filter = &f;
    }
    if (!filter) {
      return InvalidInput("'" + name + "' is not a query parameter of " + std::string(entity.name) +
                          " (limit, offset, sort or a filter)");
    }
    query.equals.emplace_back(filter, value);
  }
  return query;
}

void List(const EntitySpec& entity, RequestContext& context) {
  auto query = ParseListQuery(entity, context.req);
  if (!query) return SendError(context.res, query.error());
  auto total = app::CountEntityRows(context.db, entity, *query);
  if (!total) return SendError(context.res, total.error());
  Json rows = Json::array();
  Status read = app::ReadEntityRows(context.db, entity, *query,
                                    [&](const auto& row) { rows.push_back(RowJson(entity, row)); });
  if (!read) return SendError(context.res, read.error());
  SendJson(context.res, PageJson(std::move(rows), *total, query->limit, query->offset));
}

void GetOne(const EntitySpec& entity, RequestContext& context) {
  store::EntityQuery query;
  query.equals.emplace_back(&entity.fields[0], context.Param(0));
  Json found;
  Status read = app::ReadEntityRows(context.db, entity, query,
                                    [&](const auto& row) { found = RowJson(entity, row); });
  if (!read) return SendError(context.res, read.error());
  if (found.is_null()) {
    return SendProblem(context.res, 404,
                       "no " + std::string(entity.name) + " with code '" + context.Param(0) + "'");
  }
  SendJson(context.res, found);
}

void Respond(RequestContext& context, const Result<store::ImportOutcome>& outcome) {
  if (!outcome) return SendError(context.res, outcome.error());
  if (!outcome->ok()) {
    Json errors = Json::array();
    for (const auto& problem : outcome->problems) {
      errors.push_back(
          {{"field", problem.column}, {"position", problem.line}, {"reason", problem.reason}});
    }
    return SendProblem(context.res, 400,
                       std::to_string(outcome->problems.size() +
                                      static_cast<std::size_t>(outcome->problems_not_shown)) +
                           " problems; nothing was written",
                       errors);
  }
  SendJson(
      context.res,
      {{"rows", outcome->rows}, {"inserted", outcome->inserted}, {"updated", outcome->updated}});
}

void Write(const EntitySpec& entity, RequestContext& context) {
  auto body = ParseExactBody(context.req);
  if (!body) return SendError(context.res, body.error());
  if (!body->value.is_object() && !body->value.is_array()) {
    return SendProblem(context.res, 400, "the body must be an object or an array of objects");
  }
  JsonRows rows(*body);
  std::vector<std::string> shape = rows.ShapeProblems();
  if (!shape.empty()) {
    Json errors = Json::array();
    for (const auto& reason : shape) errors.push_back({{"reason", reason}});
    return SendProblem(context.res, 400, shape.front(), errors);
  }
  Respond(context, app::ImportEntityRows(context.db, entity, rows, {app::WallClockToday()}));
}

void ImportCsvBody(const EntitySpec& entity, RequestContext& context) {
  if (context.req.get_header_value("Content-Type").find("text/csv") == std::string::npos) {
    return SendProblem(context.res, 400, "the body must be CSV (Content-Type: text/csv)");
  }
  Respond(context,
          app::ImportEntity(context.db, entity.name, context.req.body, {app::WallClockToday()}));
}

std::vector<std::string> QueryNames(const EntitySpec& entity) {
  std::vector<std::string> names = {"limit", "offset", "sort"};
  for (const FieldSpec& field : entity.fields) {
    if (store::IsFilterable(field)) names.emplace_back(field.column);
  }
  return names;
}

}  // namespace

Json EntitySchemas() {
  Json schemas = Json::object();
  for (const EntitySpec& entity : store::AllEntities()) {
    schemas[std::string(entity.name)] = EntitySchema(entity);
  }
  return schemas;
}

void AddEntityRoutes(Router& router) {
  for (const EntitySpec& entity : store::AllEntities()) {
    std::string name(entity.name);
    std::string base = "/api/v1/" + name;
    Json ref = {{"$ref", "#/components/schemas/" + name}};
    Json one_or_many = {{"oneOf", Json::array({ref, {{"type", "array"}, {"items", ref}}})}};
    router.Add({"GET",
                base,
                app::Permission::kRead,
                {"List " + name, name, QueryNames(entity), nullptr, PageSchema(ref)},
                [&entity](RequestContext& c) { List(entity, c); }});
    router.Add({"POST",
                base,
                WritePermission(entity),
                {"Create or update " + name + " (all or nothing)", name, {}, one_or_many, nullptr},
                [&entity](RequestContext& c) { Write(entity, c); }});
    router.Add({"POST",
                base + "/import",
                WritePermission(entity),
                {"Import " + name + " from a CSV body (all or nothing)",
                 name,
                 {},
                 {{"type", "string"}, {"description", "CSV with a header line (text/csv)"}},
                 nullptr},
                [&entity](RequestContext& c) { ImportCsvBody(entity, c); }});
    if (entity.fields[0].column == "code") {
      router.Add({"GET",
                  base + "/{code}",
                  app::Permission::kRead,
                  {"One of the " + name + " by code", name, {}, nullptr, ref},
                  [&entity](RequestContext& c) { GetOne(entity, c); }});
    }
  }
}

}  // namespace lagom::server
