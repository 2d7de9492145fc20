#include "connectors/tryton/tryton_session.h"

namespace lagom::connectors::tryton {

namespace {

// "http://host:port/" → "http://host:port"; the database is the path of every call.
std::string BaseUrl(std::string url) {
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

}  // namespace

Session::Session(const ErpEndpoint& endpoint)
    : endpoint_(endpoint), rpc_(BaseUrl(endpoint.url), "/" + endpoint.database + "/") {}

Status Session::Login() {
  auto login = rpc_.Call("common.db.login",
                         Json::array({endpoint_.user, {{"password", endpoint_.password}}}));
  if (!login) {
    return Error{login.error().code, "Tryton login as '" + endpoint_.user + "' to database '" +
                                         endpoint_.database + "' failed: " + login.error().message};
  }
  if (!login->is_array() || login->size() != 2) {
    return IoError(endpoint_.url + " answered the login with " + login->dump());
  }
  user_id_ = (*login)[0].get<std::int64_t>();
  rpc_.SetAuthorization("Session " +
                        Base64(endpoint_.user + ":" + std::to_string((*login)[0].get<long long>()) +
                               ":" + (*login)[1].get<std::string>()));
  auto preferences =
      rpc_.Call("model.res.user.get_preferences", Json::array({true, Json::object()}));
  if (!preferences) return preferences.error();
  context_ = *preferences;
  return {};
}

Json Session::ContextWith(const Json& extra) const {
  Json context = context_;
  for (const auto& [key, value] : extra.items()) context[key] = value;
  return context;
}

Result<Json> Session::SearchRead(const std::string& model, Json domain,
                                 std::vector<std::string> fields, const Json& extra_context) {
  return rpc_.Call("model." + model + ".search_read",
                   Json::array({std::move(domain), 0, nullptr, Json::array({{"id", "ASC"}}),
                                std::move(fields), ContextWith(extra_context)}));
}

Result<std::int64_t> Session::Create(const std::string& model, Json values) {
  auto ids = Call(model, "create", Json::array({Json::array({std::move(values)})}));
  if (!ids) return ids.error();
  if (!ids->is_array() || ids->size() != 1) {
    return IoError("Tryton answered " + model + ".create with " + ids->dump());
  }
  return (*ids)[0].get<std::int64_t>();
}

Result<Json> Session::Call(const std::string& model, const std::string& method, Json args) {
  args.push_back(context_);
  return rpc_.Call("model." + model + "." + method, std::move(args));
}

}  // namespace lagom::connectors::tryton
