#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/notify/notifications.h"
#include "domain/notify/robot_format.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::notify {

// Outgoing webhooks (企业微信/钉钉机器人 …): every notification event of a tenant is written to
// the delivery outbox of each matching webhook in the same transaction, then POSTed by the
// webhook job with retries.
struct Webhook {
  Id id = 0;
  WebhookKind kind = WebhookKind::kGeneric;
  bool markdown = false;  // robots: a markdown message / card instead of plain text
  bool has_secret = false;  // a signing secret is stored (DingTalk, Feishu); it is never shown
  std::string url;
  std::vector<std::string> events;  // empty = every event
  bool enabled = true;
  bool allow_private = false;
  Instant created_at = 0;
  Instant updated_at = 0;
  std::optional<std::string> last_status;
};

struct Delivery {
  Id id = 0;
  Id webhook_id = 0;
  std::string event;
  std::string payload;
  std::string status;  // pending / delivered / failed
  std::int64_t attempts = 0;
  std::optional<std::string> last_error;
  std::optional<std::int64_t> response_status;
  std::optional<Instant> next_attempt_at;
  Instant created_at = 0;
  std::optional<Instant> delivered_at;
};

// The network side, implemented with libcurl in jobs/ (so tests and the domain need no sockets).
class WebhookTransport {
 public:
  virtual ~WebhookTransport() = default;
  // validation.failed for a URL that is not http(s)://host…, webhook.unresolvable when the host
  // does not resolve, webhook.private_address when it resolves to a loopback, private,
  // link-local or unspecified address and `allow_private` is false.
  virtual Status CheckTarget(const std::string& url, bool allow_private) = 0;
  // POSTs the JSON body to the address checked just before (so a DNS change cannot slip a
  // private address in); answers the HTTP status and the start of the answer's body, or an
  // error for no answer.
  struct Answer {
    int status = 0;
    std::string body;  // at most 64 KiB
  };
  virtual Result<Answer> Post(const std::string& url, const std::string& body, const std::string& event,
                              bool allow_private) = 0;
};

struct WebhookInput {
  std::optional<WebhookKind> kind;
  std::optional<bool> markdown;
  std::optional<std::string> secret;  // "" clears it
  std::optional<std::string> url;
  std::optional<std::vector<std::string>> events;
  std::optional<bool> enabled;
  std::optional<bool> allow_private;
};

// The event names a webhook may subscribe to (the notification types).
const std::vector<std::string>& WebhookEventNames();

// Writes the outbox rows for a committed-with-it notification.
Status EnqueueWebhooks(storage::Connection& conn, Id tenant_id, const Notification& n);

struct WebhookOptions {
  int max_attempts = 5;
  std::int64_t first_backoff_ms = 30000;  // doubled ×4 per attempt: 30 s, 2 min, 8 min, …
};

// Webhook settings (needs settings.configure) and the delivery job. Thread-safe.
class WebhookService {
 public:
  WebhookService(storage::Database& db, const Clock& clock, WebhookTransport& transport, WebhookOptions options)
      : db_(db), clock_(clock), transport_(transport), options_(options) {}

  // The event names a webhook can subscribe to (settings.configure).
  Result<std::vector<std::string>> EventNames(const org::Caller& caller);
  Result<std::vector<Webhook>> List(const org::Caller& caller);
  Result<Webhook> Create(const org::Caller& caller, const WebhookInput& in);
  Result<Webhook> Update(const org::Caller& caller, Id id, const WebhookInput& in);
  Status Delete(const org::Caller& caller, Id id);
  Result<Page<Delivery>> Deliveries(const org::Caller& caller, Id id, const PageRequest& page);
  Status SendTest(const org::Caller& caller, Id id);
  // The tenant's message settings (language, public base URL for deep links).
  Result<MessageSettings> Settings(const org::Caller& caller);
  Result<MessageSettings> SaveSettings(const org::Caller& caller, const MessageSettings& in);

  // Sends every due delivery once (the job calls it every few seconds); answers how many were
  // attempted.
  Result<int> DeliverDue(int max_batch = 50);

 private:
  storage::Database& db_;
  const Clock& clock_;
  WebhookTransport& transport_;
  const WebhookOptions options_;
};

}  // namespace quanke::notify
