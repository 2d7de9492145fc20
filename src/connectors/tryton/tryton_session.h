// A logged-in Tryton JSON-RPC session: login (common.db.login), the user's context
// (company …), and the model calls the connector needs. Every call answers a Result; an
// error names the model and the server's message.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "connectors/erp_connector.h"
#include "connectors/json_rpc.h"

namespace lagom::connectors::tryton {

using Json = nlohmann::json;

class Session {
 public:
  explicit Session(const ErpEndpoint& endpoint);

  // Logs in and reads the user's preferences (the context of later calls).
  Status Login();

  // model.<model>.search_read(domain, 0, no limit, by id, fields, context + `extra`).
  Result<Json> SearchRead(const std::string& model, Json domain, std::vector<std::string> fields,
                          const Json& extra_context = Json::object());
  // model.<model>.create([values]) → the new id.
  Result<std::int64_t> Create(const std::string& model, Json values);
  // Any other model method: model.<model>.<method>(args…, context).
  Result<Json> Call(const std::string& model, const std::string& method, Json args);

  const std::string& url() const { return endpoint_.url; }
  const Json& context() const { return context_; }
  std::int64_t user_id() const { return user_id_; }

 private:
  Json ContextWith(const Json& extra) const;

  ErpEndpoint endpoint_;
  JsonRpcClient rpc_;
  Json context_ = Json::object();
  std::int64_t user_id_ = 0;
};

}  // namespace lagom::connectors::tryton
