#include "server/settings_routes.h"

#include "app/settings.h"
#include "server/body_reader.h"

namespace lagom::server {

namespace {

Json SettingsJson(const app::Settings& settings) {
  Json items = Json::array();
  for (const app::SettingSpec& spec : app::AllSettings()) {
    items.push_back({{"name", spec.name},
                     {"value", settings.Text(spec.name)},
                     {"default", spec.default_value},
                     {"allowed", app::AllowedValues(spec)},
                     {"meaning", spec.help}});
  }
  return {{"items", items}};
}

void GetSettings(RequestContext& c) {
  auto settings = app::LoadSettings(c.db);
  if (!settings) return SendError(c.res, settings.error());
  SendJson(c.res, SettingsJson(*settings));
}

// {"name": value, …}: a value is a string or a number (its JSON text as sent).
void PutSettings(RequestContext& c) {
  ExactJson body;
  if (!ReadObjectBody(c.req, c.res, body)) return;
  std::map<std::string, std::string> changes;
  for (const auto& [name, value] : body.value.items()) {
    const app::SettingSpec* spec = app::FindSetting(name);
    std::string text =
        value.is_string() ? value.get<std::string>() : body.NumberText("/" + name, value);
    Status valid = !spec ? InvalidInput("not a setting")
                   : !value.is_string() && !value.is_number()
                       ? InvalidInput("must be a string or a number")
                       : app::CheckSetting(*spec, text);
    if (!valid) {
      return SendProblem(c.res, 400, name + ": " + valid.error().message,
                         Json::array({{{"field", name}, {"reason", valid.error().message}}}));
    }
    changes[name] = std::move(text);
  }
  if (Status changed = app::ChangeSettings(c.db, changes); !changed) {
    return SendError(c.res, changed.error());
  }
  GetSettings(c);
}

Json SettingsSchema() {
  Json item = {{"type", "object"},
               {"properties",
                {{"name", {{"type", "string"}}},
                 {"value", {{"type", "string"}}},
                 {"default", {{"type", "string"}}},
                 {"allowed", {{"type", "string"}}},
                 {"meaning", {{"type", "string"}}}}}};
  return {{"type", "object"}, {"properties", {{"items", {{"type", "array"}, {"items", item}}}}}};
}

}  // namespace

void AddSettingsRoutes(Router& router) {
  router.Add({"GET",
              "/api/v1/settings",
              app::Permission::kRead,
              {"The company settings: value in force, default, allowed values, meaning",
               "settings",
               {},
               nullptr,
               SettingsSchema()},
              GetSettings});
  router.Add({"PUT",
              "/api/v1/settings",
              app::Permission::kPlan,
              {"Change settings, all or nothing: {\"name\": value, …}",
               "settings",
               {},
               {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}},
               SettingsSchema()},
              PutSettings});
}

}  // namespace lagom::server
