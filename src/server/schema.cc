#include "server/schema.h"

#include <string>

namespace lagom::server {

Json ObjectSchema(std::initializer_list<std::pair<const char*, const char*>> members,
                  std::initializer_list<const char*> required) {
  Json properties = Json::object();
  for (const auto& [name, type] : members) properties[name] = {{"type", type}};
  Json schema = {{"type", "object"}, {"properties", properties}};
  if (required.size() > 0) {
    Json names = Json::array();
    for (const char* name : required) names.push_back(name);
    schema["required"] = names;
  }
  return schema;
}

Json SchemaRef(const char* name) {
  return {{"$ref", std::string("#/components/schemas/") + name}};
}

}  // namespace lagom::server
