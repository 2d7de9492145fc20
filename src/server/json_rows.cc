#include "server/json_rows.h"

#include <algorithm>

namespace lagom::server {

namespace {

// The cell of `value` at `place` ("/0/unit_cost"): numbers as the plain decimal of their
// text as sent (an exponent too large to write out is left for the field's parser to refuse).
std::string Cell(const ExactJson& body, const std::string& place, const Json& value) {
  if (value.is_null()) return {};
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  std::string text = body.NumberText(place, value);
  auto plain = PlainDecimal(text);
  return plain ? *plain : text;
}

}  // namespace

JsonRows::JsonRows(const ExactJson& body) : body_(body) {
  if (body.value.is_array()) {
    for (const Json& object : body.value) objects_.push_back(&object);
  } else {
    objects_.push_back(&body.value);
  }
  for (const Json* object : objects_) {
    if (!object->is_object()) continue;
    for (const auto& [key, value] : object->items()) {
      if (std::find(header_.begin(), header_.end(), key) == header_.end()) header_.push_back(key);
    }
  }
}

std::vector<std::string> JsonRows::ShapeProblems() const {
  std::vector<std::string> problems;
  if (objects_.empty()) problems.push_back("the body is an empty array; nothing to write");
  for (std::size_t i = 0; i < objects_.size(); ++i) {
    std::string where = "object " + std::to_string(i + 1);
    if (!objects_[i]->is_object()) {
      problems.push_back(where + " is not a JSON object");
      continue;
    }
    for (const auto& [key, value] : objects_[i]->items()) {
      if (value.is_object() || value.is_array()) {
        problems.push_back(where + ", field '" + key +
                           "': must be a string, number, boolean or null");
      }
    }
  }
  return problems;
}

Result<bool> JsonRows::Next(std::vector<std::string>& fields) {
  ++position_;
  if (position_ == 0) {
    fields = header_;
    return !header_.empty();
  }
  if (position_ > static_cast<int>(objects_.size())) return false;
  const Json& object = *objects_[static_cast<std::size_t>(position_ - 1)];
  std::string prefix = body_.value.is_array() ? "/" + std::to_string(position_ - 1) : "";
  fields.assign(header_.size(), std::string());
  for (std::size_t i = 0; i < header_.size(); ++i) {
    auto found = object.find(header_[i]);
    if (found != object.end()) fields[i] = Cell(body_, prefix + "/" + header_[i], *found);
  }
  return true;
}

}  // namespace lagom::server
