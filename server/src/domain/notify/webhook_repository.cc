#include "domain/notify/webhook_repository.h"

#include "core/text_list.h"

namespace quanke::notify {
namespace {
using storage::V;

constexpr const char* kWebhookColumns =
    "SELECT w.id, w.url, w.events, w.enabled, w.allow_private, w.created_at, w.updated_at, "
    "(SELECT d.status FROM webhook_deliveries d WHERE d.tenant_id = w.tenant_id AND d.webhook_id = w.id "
    "ORDER BY d.id DESC LIMIT 1), w.kind, w.format, w.secret FROM webhooks w ";
constexpr const char* kSettingsKey = "notify";

Webhook ReadWebhook(const storage::Row& r) {
  Webhook w;
  w.id = r.Int(0);
  w.url = r.Text(1);
  w.events = SplitList(r.Text(2));
  w.enabled = r.Bool(3);
  w.allow_private = r.Bool(4);
  w.created_at = r.Int(5);
  w.updated_at = r.Int(6);
  w.last_status = r.OptText(7);
  ParseWebhookKind(r.Text(8), &w.kind);
  w.markdown = r.Text(9) == "markdown";
  w.has_secret = !r.Text(10).empty();
  return w;
}

}  // namespace

Result<std::vector<Webhook>> ListWebhooks(storage::Connection& conn, const org::Caller& caller) {
  auto r = conn.Query(std::string(kWebhookColumns) + "WHERE w.tenant_id = $1 ORDER BY w.id",
                      {V(caller.tenant_id)});
  if (!r.ok()) return r.status();
  std::vector<Webhook> out;
  for (const auto& row : r->rows) out.push_back(ReadWebhook(row));
  return out;
}

Result<Webhook> GetWebhook(storage::Connection& conn, const org::Caller& caller, Id id) {
  auto r = conn.Query(std::string(kWebhookColumns) + "WHERE w.tenant_id = $1 AND w.id = $2",
                      {V(caller.tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadWebhook(r->front());
}

Status InsertWebhook(storage::Connection& conn, const org::Caller& caller, const Webhook& w,
                     const std::string& secret, Instant now) {
  return conn.Exec(
      "INSERT INTO webhooks (tenant_id, id, url, events, enabled, allow_private, created_at, updated_at, kind, "
      "format, secret) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $9, $10)",
      {V(caller.tenant_id), V(w.id), V(w.url), V(JoinList(w.events)), V(w.enabled),
       V(w.allow_private), V(now), V(WebhookKindName(w.kind)), V(w.markdown ? "markdown" : "text"),
       V(secret)});
}

Status UpdateWebhook(storage::Connection& conn, const org::Caller& caller, const Webhook& w,
                     Instant now) {
  return conn.Exec(
      "UPDATE webhooks SET url = $3, events = $4, enabled = $5, allow_private = $6, updated_at = $7, kind = $8, "
      "format = $9 WHERE tenant_id = $1 AND id = $2",
      {V(caller.tenant_id), V(w.id), V(w.url), V(JoinList(w.events)), V(w.enabled),
       V(w.allow_private), V(now), V(WebhookKindName(w.kind)),
       V(w.markdown ? "markdown" : "text")});
}

Status SetWebhookSecret(storage::Connection& conn, const org::Caller& caller, Id id,
                        const std::string& secret) {
  return conn.Exec("UPDATE webhooks SET secret = $3 WHERE tenant_id = $1 AND id = $2",
                   {V(caller.tenant_id), V(id), V(secret)});
}

Status DeleteWebhook(storage::Connection& conn, const org::Caller& caller, Id id) {
  if (Status d =
          conn.Exec("DELETE FROM webhook_deliveries WHERE tenant_id = $1 AND webhook_id = $2",
                    {V(caller.tenant_id), V(id)});
      !d.ok())
    return d;
  return conn.Exec("DELETE FROM webhooks WHERE tenant_id = $1 AND id = $2",
                   {V(caller.tenant_id), V(id)});
}

Result<std::vector<HookEvents>> EnabledWebhooks(storage::Connection& conn, Id tenant_id) {
  auto r = conn.Query("SELECT id, events FROM webhooks WHERE tenant_id = $1 AND enabled = 1", {V(tenant_id)});
  if (!r.ok()) return r.status();
  std::vector<HookEvents> out;
  for (const auto& row : r->rows) out.push_back({row.Int(0), SplitList(row.Text(1))});
  return out;
}

Status InsertDelivery(storage::Connection& conn, Id tenant_id, Id webhook_id, const std::string& event,
                      const std::string& payload, Instant now) {
  return conn.Exec(
      "INSERT INTO webhook_deliveries (tenant_id, id, webhook_id, event, payload, status, attempts, "
      "next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, 'pending', 0, $6, $6)",
      {V(tenant_id), V(Ids().Next()), V(webhook_id), V(event), V(payload), V(now)});
}

Result<std::vector<Delivery>> ListDeliveries(storage::Connection& conn, const org::Caller& caller,
                                             Id webhook_id, std::optional<Id> before_id,
                                             int limit) {
  std::string sql =
      "SELECT id, webhook_id, event, payload, status, attempts, last_error, response_status, next_attempt_at, "
      "created_at, delivered_at FROM webhook_deliveries WHERE tenant_id = $1 AND webhook_id = $2";
  storage::Params params{V(caller.tenant_id), V(webhook_id)};
  if (before_id) {
    sql += " AND id < $3";
    params.push_back(V(*before_id));
  }
  auto r = conn.Query(sql + " ORDER BY id DESC LIMIT " + std::to_string(limit), params);
  if (!r.ok()) return r.status();
  std::vector<Delivery> out;
  for (const auto& row : r->rows) {
    Delivery d;
    d.id = row.Int(0);
    d.webhook_id = row.Int(1);
    d.event = row.Text(2);
    d.payload = row.Text(3);
    d.status = row.Text(4);
    d.attempts = row.Int(5);
    d.last_error = row.OptText(6);
    d.response_status = row.OptInt(7);
    d.next_attempt_at = row.OptInt(8);
    d.created_at = row.Int(9);
    d.delivered_at = row.OptInt(10);
    out.push_back(std::move(d));
  }
  return out;
}

Result<std::vector<DueDelivery>> ClaimDueDeliveries(storage::Connection& conn, Instant now, int limit,
                                                    Instant lease_until) {
  const bool postgres = conn.backend() == storage::Backend::kPostgres;
  auto r = conn.Query(
      "SELECT d.tenant_id, d.id, w.url, d.event, d.payload, w.allow_private, d.attempts, w.kind, w.format, w.secret "
      "FROM webhook_deliveries d JOIN webhooks w ON w.tenant_id = d.tenant_id AND w.id = d.webhook_id WHERE "
      "d.status = 'pending' AND d.next_attempt_at <= $1 ORDER BY d.next_attempt_at LIMIT " + std::to_string(limit) +
          (postgres ? " FOR UPDATE OF d SKIP LOCKED" : ""),
      {V(now)});
  if (!r.ok()) return r.status();
  std::vector<DueDelivery> out;
  for (const auto& row : r->rows) {
    DueDelivery d{row.Int(0), row.Int(1), row.Text(2), row.Text(3), row.Text(4), row.Bool(5), row.Int(6),
                  WebhookKind::kGeneric, row.Text(8) == "markdown", row.Text(9)};
    ParseWebhookKind(row.Text(7), &d.kind);
    if (Status w = conn.Exec("UPDATE webhook_deliveries SET next_attempt_at = $3 WHERE tenant_id = $1 AND id = $2",
                             {V(d.tenant_id), V(d.id), V(lease_until)});
        !w.ok())
      return w;
    out.push_back(std::move(d));
  }
  return out;
}

Status RecordAttempt(storage::Connection& conn, Id tenant_id, Id id, const std::string& status, std::int64_t attempts,
                     const std::optional<std::string>& error, std::optional<std::int64_t> http_status,
                     std::optional<Instant> next_attempt_at, std::optional<Instant> delivered_at) {
  return conn.Exec(
      "UPDATE webhook_deliveries SET status = $3, attempts = $4, last_error = $5, response_status = $6, "
      "next_attempt_at = $7, delivered_at = $8 WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(id), V(status), V(attempts), V(error), V(http_status), V(next_attempt_at), V(delivered_at)});
}

Result<std::optional<std::string>> GetMessageSettingsJson(storage::Connection& conn, Id tenant_id) {
  auto r = conn.Query("SELECT value FROM tenant_settings WHERE tenant_id = $1 AND key = $2", {V(tenant_id), V(kSettingsKey)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<std::string>();
  return std::optional<std::string>(r->front().Text(0));
}

Status PutMessageSettingsJson(storage::Connection& conn, const org::Caller& caller,
                              const std::string& json) {
  return conn.Exec(
      "INSERT INTO tenant_settings (tenant_id, key, value) VALUES ($1, $2, $3) ON CONFLICT (tenant_id, key) DO "
      "UPDATE SET value = excluded.value",
      {V(caller.tenant_id), V(kSettingsKey), V(json)});
}

}  // namespace quanke::notify
