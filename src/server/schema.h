// Small builders of JSON schemas for the OpenAPI document.
#pragma once

#include <initializer_list>
#include <utility>

#include "server/http_json.h"

namespace lagom::server {

// {"type": "object", "properties": {name: {"type": type} …}, "required": [...]}; members
// whose type is "object" or "array" are left open.
Json ObjectSchema(std::initializer_list<std::pair<const char*, const char*>> members,
                  std::initializer_list<const char*> required = {});

// A reference to a schema of the document's components.
Json SchemaRef(const char* name);

}  // namespace lagom::server
