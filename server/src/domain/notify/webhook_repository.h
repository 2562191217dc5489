#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "core/status.h"
#include "domain/notify/webhooks.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::notify {

// The webhook tables (webhooks, webhook_deliveries) and the tenant's message settings row.
// Settings requests pass their Caller; enqueueing and the delivery job pass the tenant id.

Result<std::vector<Webhook>> ListWebhooks(storage::Connection& conn, const org::Caller& caller);
// not_found when the tenant has no such webhook.
Result<Webhook> GetWebhook(storage::Connection& conn, const org::Caller& caller, Id id);
// Writes `w` (its id, url, events, enabled, allow_private, kind, markdown) with `secret`.
Status InsertWebhook(storage::Connection& conn, const org::Caller& caller, const Webhook& w,
                     const std::string& secret, Instant now);
// Writes the settable fields of `w`; the secret only with SetWebhookSecret.
Status UpdateWebhook(storage::Connection& conn, const org::Caller& caller, const Webhook& w,
                     Instant now);
Status SetWebhookSecret(storage::Connection& conn, const org::Caller& caller, Id id,
                        const std::string& secret);
// The webhook and its delivery log.
Status DeleteWebhook(storage::Connection& conn, const org::Caller& caller, Id id);

struct HookEvents {
  Id id;
  std::vector<std::string> events;  // empty: every event
};
// System path (EnqueueWebhooks, which the scheduled jobs reach through Send): no caller.
Result<std::vector<HookEvents>> EnabledWebhooks(storage::Connection& conn, Id tenant_id);

// System path (EnqueueWebhooks, which the scheduled jobs reach through Send): no caller.
Status InsertDelivery(storage::Connection& conn, Id tenant_id, Id webhook_id, const std::string& event,
                      const std::string& payload, Instant now);
// One page of a webhook's deliveries, newest first, before `before_id` when given.
Result<std::vector<Delivery>> ListDeliveries(storage::Connection& conn, const org::Caller& caller,
                                             Id webhook_id, std::optional<Id> before_id, int limit);

// A pending delivery that is due, with what sending it needs.
struct DueDelivery {
  Id tenant_id, id;
  std::string url, event, payload;
  bool allow_private;
  std::int64_t attempts;
  WebhookKind kind;
  bool markdown;
  std::string secret;
};
// Claims up to `limit` deliveries due at `now` for this process until `lease_until`: inside the
// caller's write transaction it moves their next attempt to `lease_until`, so another node's job
// (or this one's next run) skips them while they are being sent; on PostgreSQL rows another node
// is claiming at the same moment are skipped (FOR UPDATE SKIP LOCKED), never waited for. A node
// that dies while sending leaves its claims to be retried when the lease ends.
// System path (the delivery job, WebhookService::DeliverDue): no caller.
Result<std::vector<DueDelivery>> ClaimDueDeliveries(storage::Connection& conn, Instant now, int limit,
                                                    Instant lease_until);
// System path (the delivery job, WebhookService::DeliverDue): no caller.
Status RecordAttempt(storage::Connection& conn, Id tenant_id, Id id, const std::string& status, std::int64_t attempts,
                     const std::optional<std::string>& error, std::optional<std::int64_t> http_status,
                     std::optional<Instant> next_attempt_at, std::optional<Instant> delivered_at);

// The tenant's `notify` settings row (JSON), or nullopt.
// System path (the delivery job, WebhookService::DeliverDue): no caller.
Result<std::optional<std::string>> GetMessageSettingsJson(storage::Connection& conn, Id tenant_id);
Status PutMessageSettingsJson(storage::Connection& conn, const org::Caller& caller,
                              const std::string& json);

}  // namespace quanke::notify
