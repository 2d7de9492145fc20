#include "connectors/tryton/tryton_connector.h"

#include "connectors/tryton/tryton_pull.h"
#include "connectors/tryton/tryton_push.h"
#include "connectors/tryton/tryton_session.h"

namespace lagom::connectors {

namespace {

class TrytonConnector final : public ErpConnector {
 public:
  explicit TrytonConnector(const ErpEndpoint& endpoint) : session_(endpoint) {}

  std::string name() const override { return "tryton"; }
  Status Connect() override { return session_.Login(); }
  Result<PullResult> Pull(const PullRequest& request) override {
    return tryton::PullChanges(session_, request);
  }
  Result<RemoteRecord> Push(const ProposalToPush& proposal, PushTarget target) override {
    return tryton::PushProposal(session_, proposal, target);
  }
  Result<RemoteRecord> Look(const std::string& reference) override {
    return tryton::LookUp(session_, reference);
  }

 private:
  tryton::Session session_;
};

}  // namespace

std::unique_ptr<ErpConnector> MakeTrytonConnector(const ErpEndpoint& endpoint) {
  return std::make_unique<TrytonConnector>(endpoint);
}

}  // namespace lagom::connectors
