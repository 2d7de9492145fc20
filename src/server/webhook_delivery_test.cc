// Webhook delivery over real HTTP to a receiver on loopback: retries with backoff until the
// receiver takes the event, the same event id and a valid signature on every attempt, dead
// letters after webhook.max_attempts, and (with the `lagom` binary) a server killed with
// SIGKILL between the change and the delivery loses nothing.
#include "server/webhook_delivery.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <mutex>
#include <thread>

#include "app/settings.h"
#include "app/webhooks.h"
#include "server/http_json.h"
#include "store/test_store.h"

namespace lagom::server {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// Answers 503 to the first `failures` requests, then 200; keeps every request.
class Receiver {
 public:
  explicit Receiver(int failures) : failures_(failures) {
    http_.Post("/hook", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard lock(mutex_);
      requests_.push_back(req);
      res.status = static_cast<int>(requests_.size()) <= failures_ ? 503 : 200;
    });
    port_ = http_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { http_.listen_after_bind(); });
  }
  ~Receiver() {
    http_.stop();
    thread_.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/hook"; }
  std::vector<httplib::Request> requests() {
    std::lock_guard lock(mutex_);
    return requests_;
  }
  void SucceedFromNowOn() {
    std::lock_guard lock(mutex_);
    failures_ = 0;
  }

 private:
  httplib::Server http_;
  int failures_;
  int port_ = 0;
  std::thread thread_;
  std::mutex mutex_;
  std::vector<httplib::Request> requests_;
};

void Seed(sqlite::Database& db) {
  store::testing::Load(db, "items", "code\nA1\n");
  store::testing::Load(db, "locations", "code\nWH\n");
  store::testing::Load(db, "suppliers", "code\nS1\n");
}

// A purchase order line: raises purchase_order.created in the import's transaction.
void Change(sqlite::Database& db, const std::string& po) {
  store::testing::Load(db, "purchase-orders",
                       "po_number,line,supplier,item,location,quantity,due_date\n" + po +
                           ",1,S1,A1,WH,5,2026-12-20\n");
}

// Deliveries made at `now`, or -1 with the error shown as the test's failure.
int Deliver(sqlite::Database& db, const app::WebhookSend& send,
            std::chrono::system_clock::time_point now) {
  auto delivered = app::DeliverDueWebhooks(db, send, now);
  EXPECT_TRUE(delivered) << delivered.error().message;
  return delivered ? *delivered : -1;
}

// The store's delivery counts; all -1 with the error shown as the test's failure.
store::DeliveryCounts Counts(sqlite::Database& db) {
  auto counts = store::CountDeliveries(db);
  EXPECT_TRUE(counts) << counts.error().message;
  return counts ? *counts : store::DeliveryCounts{-1, -1, -1};
}

TEST(WebhookSignature, IsTheHmacSha256OfRfc4231) {
  // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
  EXPECT_EQ(app::WebhookSignature("Jefe", "what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(WebhookDelivery, RetriesWithBackoffUntilTheReceiverTakesIt) {
  auto db = store::testing::FreshStore();
  Seed(*db);
  ASSERT_TRUE(app::ChangeSettings(*db, {{"webhook.retry_seconds", "10"}}));
  Receiver receiver(2);
  auto hook = app::AddWebhook(*db, receiver.url(), "purchase_order.created");
  ASSERT_TRUE(hook) << hook.error().message;
  Change(*db, "P1");
  auto send = HttpWebhookSend();
  auto t0 = std::chrono::system_clock::now();
  // Attempt 1 fails; the retry is due 10 s later (not at +9 s), attempt 2 fails, attempt 3
  // is due 20 s after it (10 × 2) and is delivered.
  EXPECT_EQ(Deliver(*db, send, t0), 0);
  EXPECT_EQ(Deliver(*db, send, t0 + 9s), 0);
  EXPECT_EQ(receiver.requests().size(), 1u);
  EXPECT_EQ(Deliver(*db, send, t0 + 10s), 0);
  EXPECT_EQ(Deliver(*db, send, t0 + 29s), 0);
  EXPECT_EQ(Deliver(*db, send, t0 + 30s), 1);
  EXPECT_EQ(Deliver(*db, send, t0 + 3600s), 0);  // delivered once
  auto requests = receiver.requests();
  ASSERT_EQ(requests.size(), 3u);
  for (const auto& request : requests) {
    EXPECT_EQ(request.get_header_value("X-Lagom-Event-Id"),
              requests[0].get_header_value("X-Lagom-Event-Id"));
    EXPECT_EQ(request.get_header_value("X-Lagom-Event"), "purchase_order.created");
    EXPECT_EQ(request.get_header_value("X-Lagom-Signature"),
              app::WebhookSignature(hook->secret, request.body));
  }
  auto body = nlohmann::json::parse(requests[0].body);
  EXPECT_EQ(body["data"]["po_number"], "P1");
  EXPECT_EQ(body["data"]["quantity"], 5.0);
  EXPECT_EQ(Counts(*db).delivered, 1);
}

TEST(WebhookDelivery, IsADeadLetterAfterMaxAttempts) {
  auto db = store::testing::FreshStore();
  Seed(*db);
  ASSERT_TRUE(
      app::ChangeSettings(*db, {{"webhook.max_attempts", "3"}, {"webhook.retry_seconds", "1"}}));
  Receiver receiver(1000);
  ASSERT_TRUE(app::AddWebhook(*db, receiver.url(), "purchase_order.created"));
  Change(*db, "P1");
  auto now = std::chrono::system_clock::now();
  for (int i = 0; i < 10; ++i) Deliver(*db, HttpWebhookSend(), now + i * 1h);
  EXPECT_EQ(receiver.requests().size(), 3u);
  EXPECT_EQ(Counts(*db).dead, 1);
}

TEST(WebhookDelivery, WritesNoEventWithoutASubscriber) {
  auto db = store::testing::FreshStore();
  Seed(*db);
  Change(*db, "P1");
  auto stmt = db->Prepare("SELECT COUNT(*) FROM webhook_events");
  ASSERT_TRUE(stmt && *stmt->Step());
  EXPECT_EQ(stmt->Int(0), 0);
}

TEST(WebhookSubscription, RefusesUnknownEventsAndUrls) {
  auto db = store::testing::FreshStore();
  auto unknown = app::AddWebhook(*db, "http://127.0.0.1:1/x", "stock.changed,stock.exploded");
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().message.find("'stock.exploded' is not an event"), std::string::npos);
  EXPECT_FALSE(app::AddWebhook(*db, "ftp://x", "stock.changed"));
}

// `lagom serve` as a child process, SIGKILLed by Kill or, if the test fails first, when it
// goes out of scope (a failed test must not leave a server running).
class ServerProcess {
 public:
  explicit ServerProcess(const std::string& db_path) : pid_(fork()) {
    if (pid_ == 0) {
      execl(LAGOM_BINARY, LAGOM_BINARY, "serve", "--db", db_path.c_str(), "--port", "0", "--web",
            "", static_cast<char*>(nullptr));
      _exit(127);
    }
  }
  ~ServerProcess() { Kill(); }
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;
  void Kill() {
    if (pid_ <= 0) return;
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = 0;
  }

 private:
  pid_t pid_;
};

template <class Condition>
bool WaitFor(Condition condition) {
  for (int i = 0; i < 600; ++i) {
    if (condition()) return true;
    std::this_thread::sleep_for(50ms);
  }
  return false;
}

TEST(WebhookDelivery, SurvivesSigkillOfTheServer) {
  fs::path dir = fs::temp_directory_path() / ("lagom-webhook-kill-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::string path = store::testing::FreshTarget((dir / "kill.db").string());
  Receiver receiver(1000);
  {
    auto db = store::OpenStore(path);
    ASSERT_TRUE(db);
    Seed(**db);
    ASSERT_TRUE(app::ChangeSettings(**db, {{"webhook.retry_seconds", "0.2"}}));
    ASSERT_TRUE(app::AddWebhook(**db, receiver.url(), "purchase_order.created"));
  }
  ServerProcess server(path);
  {
    auto db = store::OpenStore(path);
    Change(**db, "P1");  // committed: the event is in the outbox
  }
  EXPECT_TRUE(WaitFor([&] { return !receiver.requests().empty(); }));  // tried, refused
  server.Kill();
  std::string event = receiver.requests()[0].get_header_value("X-Lagom-Event-Id");

  receiver.SucceedFromNowOn();
  ServerProcess restarted(path);
  bool delivered = WaitFor([&] {
    auto db = store::OpenStore(path);
    return db && Counts(**db).delivered == 1;
  });
  restarted.Kill();
  EXPECT_TRUE(delivered);
  auto requests = receiver.requests();
  ASSERT_FALSE(requests.empty());
  EXPECT_EQ(requests.back().get_header_value("X-Lagom-Event-Id"), event);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace lagom::server
