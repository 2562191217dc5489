#include "domain/notify/webhooks.h"

#include <boost/json.hpp>

#include <algorithm>
#include <map>

#include <boost/url/parse.hpp>

#include "core/clock.h"
#include "core/text_list.h"
#include "domain/audit/audit_log.h"
#include "domain/org/policy.h"

namespace quanke::notify {
namespace {
using storage::V;
namespace json = boost::json;


constexpr const char* kWebhookColumns =
    "SELECT w.id, w.url, w.events, w.enabled, w.allow_private, w.created_at, w.updated_at, "
    "(SELECT d.status FROM webhook_deliveries d WHERE d.tenant_id = w.tenant_id AND d.webhook_id = w.id "
    "ORDER BY d.id DESC LIMIT 1), w.kind, w.format, w.secret FROM webhooks w ";

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

Result<Webhook> Load(storage::Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query(std::string(kWebhookColumns) + "WHERE w.tenant_id = $1 AND w.id = $2", {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadWebhook(r->front());
}

std::string Payload(const std::string& event, Id tenant_id, Instant at, const json::object& data,
                    const std::string& link) {
  return json::serialize(json::object{{"event", event},
                                      {"tenantId", IdToString(tenant_id)},
                                      {"occurredAt", FormatInstant(at)},
                                      {"data", data},
                                      {"link", link}});
}

Status Insert(storage::Connection& conn, Id tenant_id, Id webhook_id, const std::string& event,
              const std::string& payload, Instant now) {
  return conn.Exec(
      "INSERT INTO webhook_deliveries (tenant_id, id, webhook_id, event, payload, status, attempts, "
      "next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, 'pending', 0, $6, $6)",
      {V(tenant_id), V(Ids().Next()), V(webhook_id), V(event), V(payload), V(now)});
}

}  // namespace

const std::vector<std::string>& WebhookEventNames() {
  static const std::vector<std::string> kNames = {
      "customer.assigned", "customer.transferred", "customer.transferred_away", "customer.released",
      "customer.reclaimed", "customer.reclaim_soon", "customer.handover", "customer.team_added",
      "followup.created", "feed.like", "feed.comment", "feed.mention", "discussion.message",
      "discussion.mention", "visit.plan_due", "webhook.test"};
  return kNames;
}

namespace {

Status Validate(const WebhookInput& in, bool creating) {
  std::vector<FieldIssue> issues;
  if (in.secret && in.secret->size() > 200) issues.push_back({"secret", "too_long"});
  if (creating && !in.url) issues.push_back({"url", "required"});
  if (in.url && in.url->size() > 2000) issues.push_back({"url", "too_long"});
  if (in.events) {
    if (in.events->size() > 50) issues.push_back({"events", "too_long"});
    const auto& known = WebhookEventNames();
    for (const auto& e : *in.events)
      if (std::find(known.begin(), known.end(), e) == known.end()) {
        issues.push_back({"events", "invalid_value"});
        break;
      }
  }
  return issues.empty() ? Status::Ok() : Status::Validation(std::move(issues));
}

}  // namespace

Status EnqueueWebhooks(storage::Connection& conn, Id tenant_id, const Notification& n) {
  auto hooks = conn.Query("SELECT id, events FROM webhooks WHERE tenant_id = $1 AND enabled = 1", {V(tenant_id)});
  if (!hooks.ok()) return hooks.status();
  if (hooks->empty()) return Status::Ok();
  json::object params;
  for (const auto& [k, v] : n.params) params[k] = v;
  json::object data{{"notificationId", IdToString(n.id)},
                    {"userId", IdToString(n.user_id)},
                    {"title", NotificationTitle(n.type, n.params, "zh-CN", n.title)},
                    {"params", std::move(params)},
                    {"body", n.body},
                    {"objectType", n.object_type}};
  data["objectId"] = n.object_id ? json::value(IdToString(*n.object_id)) : json::value(nullptr);
  const std::string link = n.object_type == "customer" && n.object_id ? "/customers/" + IdToString(*n.object_id) : "";
  const std::string payload = Payload(n.type, tenant_id, n.created_at, data, link);
  for (const auto& row : hooks->rows) {
    const auto events = SplitList(row.Text(1));
    if (!events.empty() && std::find(events.begin(), events.end(), n.type) == events.end()) continue;
    if (Status s = Insert(conn, tenant_id, row.Int(0), n.type, payload, n.created_at); !s.ok()) return s;
  }
  return Status::Ok();
}

Result<std::vector<Webhook>> WebhookService::List(const org::Caller& caller) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto r = (*lease)->Query(std::string(kWebhookColumns) + "WHERE w.tenant_id = $1 ORDER BY w.id", {V(caller.tenant_id)});
  if (!r.ok()) return r.status();
  std::vector<Webhook> out;
  for (const auto& row : r->rows) out.push_back(ReadWebhook(row));
  return out;
}

Result<Webhook> WebhookService::Create(const org::Caller& caller, const WebhookInput& in) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  if (Status s = Validate(in, true); !s.ok()) return s;
  if (Status s = transport_.CheckTarget(*in.url, in.allow_private.value_or(false)); !s.ok()) return s;
  const Instant now = clock_.Now();
  const Id id = Ids().Next();
  Result<Webhook> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    if (Status w = conn.Exec(
            "INSERT INTO webhooks (tenant_id, id, url, events, enabled, allow_private, created_at, updated_at, kind, "
            "format, secret) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $9, $10)",
            {V(caller.tenant_id), V(id), V(*in.url), V(JoinList(in.events.value_or(std::vector<std::string>{}))),
             V(in.enabled.value_or(true)), V(in.allow_private.value_or(false)), V(now),
             V(WebhookKindName(in.kind.value_or(WebhookKind::kGeneric))), V(in.markdown.value_or(false) ? "markdown" : "text"),
             V(in.secret.value_or(""))});
        !w.ok())
      return w;
    if (Status w = audit::RecordAction(conn, caller, now, "webhook.create", "webhook", id); !w.ok()) return w;
    out = Load(conn, caller.tenant_id, id);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Webhook> WebhookService::Update(const org::Caller& caller, Id id, const WebhookInput& in) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  if (Status s = Validate(in, false); !s.ok()) return s;
  const Instant now = clock_.Now();
  Result<Webhook> out = Status::Internal("not loaded");
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto current = Load(**lease, caller.tenant_id, id);
    if (!current.ok()) return current.status();
    const std::string url = in.url.value_or(current->url);
    const bool allow = in.allow_private.value_or(current->allow_private);
    if (in.url || in.allow_private)
      if (Status c = transport_.CheckTarget(url, allow); !c.ok()) return c;
  }
  Status s = storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    auto current = Load(conn, caller.tenant_id, id);
    if (!current.ok()) return current.status();
    Webhook w = *current;
    if (in.url) w.url = *in.url;
    if (in.events) w.events = *in.events;
    if (in.enabled) w.enabled = *in.enabled;
    if (in.allow_private) w.allow_private = *in.allow_private;
    if (in.kind) w.kind = *in.kind;
    if (in.markdown) w.markdown = *in.markdown;
    if (Status u = conn.Exec(
            "UPDATE webhooks SET url = $3, events = $4, enabled = $5, allow_private = $6, updated_at = $7, kind = $8, "
            "format = $9 WHERE tenant_id = $1 AND id = $2",
            {V(caller.tenant_id), V(id), V(w.url), V(JoinList(w.events)), V(w.enabled), V(w.allow_private), V(now),
             V(WebhookKindName(w.kind)), V(w.markdown ? "markdown" : "text")});
        !u.ok())
      return u;
    if (in.secret)
      if (Status u = conn.Exec("UPDATE webhooks SET secret = $3 WHERE tenant_id = $1 AND id = $2",
                               {V(caller.tenant_id), V(id), V(*in.secret)});
          !u.ok())
        return u;
    if (Status a = audit::RecordAction(conn, caller, now, "webhook.update", "webhook", id); !a.ok()) return a;
    out = Load(conn, caller.tenant_id, id);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Status WebhookService::Delete(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  return storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    auto current = Load(conn, caller.tenant_id, id);
    if (!current.ok()) return current.status();
    if (Status d = conn.Exec("DELETE FROM webhook_deliveries WHERE tenant_id = $1 AND webhook_id = $2",
                             {V(caller.tenant_id), V(id)});
        !d.ok())
      return d;
    if (Status d = conn.Exec("DELETE FROM webhooks WHERE tenant_id = $1 AND id = $2", {V(caller.tenant_id), V(id)});
        !d.ok())
      return d;
    return audit::RecordAction(conn, caller, clock_.Now(), "webhook.delete", "webhook", id);
  });
}

Result<Page<Delivery>> WebhookService::Deliveries(const org::Caller& caller, Id id, const PageRequest& page) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto hook = Load(**lease, caller.tenant_id, id);
  if (!hook.ok()) return hook.status();
  std::string sql =
      "SELECT id, webhook_id, event, payload, status, attempts, last_error, response_status, next_attempt_at, "
      "created_at, delivered_at FROM webhook_deliveries WHERE tenant_id = $1 AND webhook_id = $2";
  storage::Params params{V(caller.tenant_id), V(id)};
  if (!page.cursor.empty()) {
    std::string unused;
    Id last = 0;
    if (!DecodeCursor(page.cursor, &unused, &last)) return Status::Validation({{"cursor", "invalid_value"}});
    sql += " AND id < $3";
    params.push_back(V(last));
  }
  auto r = (*lease)->Query(sql + " ORDER BY id DESC LIMIT " + std::to_string(page.limit + 1), params);
  if (!r.ok()) return r.status();
  Page<Delivery> out;
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
    out.items.push_back(std::move(d));
  }
  TrimToPage(out, page.limit);
  return out;
}

namespace {

constexpr const char* kSettingsKey = "notify";

MessageSettings ReadSettings(storage::Connection& conn, Id tenant_id, Status* error) {
  MessageSettings out;
  auto r = conn.Query("SELECT value FROM tenant_settings WHERE tenant_id = $1 AND key = $2", {V(tenant_id), V(kSettingsKey)});
  if (!r.ok()) {
    *error = r.status();
    return out;
  }
  if (r->empty()) return out;
  boost::system::error_code ec;
  json::value v = json::parse(r->front().Text(0), ec);
  if (ec || !v.is_object()) return out;
  const json::object& o = v.as_object();
  if (auto* x = o.if_contains("language"); x && x->is_string()) out.language = std::string(x->as_string());
  if (auto* x = o.if_contains("publicBaseUrl"); x && x->is_string()) out.public_base_url = std::string(x->as_string());
  return out;
}

bool ValidBaseUrl(const std::string& url) {
  if (url.empty()) return true;
  if (url.size() > 300) return false;
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) return false;
  return (parsed->scheme() == "http" || parsed->scheme() == "https") && !parsed->host().empty() &&
         !parsed->has_query() && !parsed->has_fragment();
}

}  // namespace

Status WebhookService::SendTest(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    auto hook = Load(conn, caller.tenant_id, id);
    if (!hook.ok()) return hook.status();
    Status error;
    const bool en = ReadSettings(conn, caller.tenant_id, &error).language == "en";
    if (!error.ok()) return error;
    json::object data{{"title", en ? "Quanke webhook test message" : "圈客 Webhook 测试消息"},
                      {"userId", IdToString(caller.user_id)}};
    return Insert(conn, caller.tenant_id, id, "webhook.test", Payload("webhook.test", caller.tenant_id, now, data, ""),
                  now);
  });
}

Result<MessageSettings> WebhookService::Settings(const org::Caller& caller) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  Status error;
  MessageSettings out = ReadSettings(**lease, caller.tenant_id, &error);
  if (!error.ok()) return error;
  return out;
}

Result<MessageSettings> WebhookService::SaveSettings(const org::Caller& caller, const MessageSettings& in) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  if (in.language != "zh-CN" && in.language != "en") issues.push_back({"language", "invalid_value"});
  if (!ValidBaseUrl(in.public_base_url)) issues.push_back({"publicBaseUrl", "invalid_value"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  MessageSettings saved = in;
  while (!saved.public_base_url.empty() && saved.public_base_url.back() == '/') saved.public_base_url.pop_back();
  const std::string value = json::serialize(json::object{{"language", saved.language}, {"publicBaseUrl", saved.public_base_url}});
  Status s = storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    if (Status w = conn.Exec(
            "INSERT INTO tenant_settings (tenant_id, key, value) VALUES ($1, $2, $3) ON CONFLICT (tenant_id, key) DO "
            "UPDATE SET value = excluded.value",
            {V(caller.tenant_id), V(kSettingsKey), V(value)});
        !w.ok())
      return w;
    return audit::RecordAction(conn, caller, clock_.Now(), "settings.notify", "tenant", caller.tenant_id);
  });
  if (!s.ok()) return s;
  return saved;
}

Result<int> WebhookService::DeliverDue(int max_batch) {
  const Instant now = clock_.Now();
  struct Due {
    Id tenant_id, id;
    std::string url, event, payload;
    bool allow_private;
    std::int64_t attempts;
    WebhookKind kind;
    bool markdown;
    std::string secret;
    MessageSettings settings;
  };
  std::vector<Due> due;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto r = (*lease)->Query(
        "SELECT d.tenant_id, d.id, w.url, d.event, d.payload, w.allow_private, d.attempts, w.kind, w.format, w.secret "
        "FROM webhook_deliveries d JOIN webhooks w ON w.tenant_id = d.tenant_id AND w.id = d.webhook_id WHERE "
        "d.status = 'pending' AND d.next_attempt_at <= $1 ORDER BY d.next_attempt_at LIMIT " + std::to_string(max_batch),
        {V(now)});
    if (!r.ok()) return r.status();
    std::map<Id, MessageSettings> settings;  // by tenant
    for (const auto& row : r->rows) {
      Due d{row.Int(0), row.Int(1), row.Text(2), row.Text(3), row.Text(4), row.Bool(5), row.Int(6),
            WebhookKind::kGeneric, row.Text(8) == "markdown", row.Text(9), {}};
      ParseWebhookKind(row.Text(7), &d.kind);
      if (!settings.count(d.tenant_id)) {
        Status error;
        settings[d.tenant_id] = ReadSettings(**lease, d.tenant_id, &error);
        if (!error.ok()) return error;
      }
      d.settings = settings[d.tenant_id];
      due.push_back(std::move(d));
    }
  }
  for (const Due& d : due) {
    std::optional<std::int64_t> http_status;
    std::optional<std::string> error;
    auto request = BuildRobotRequest(d.kind, d.markdown, d.secret, d.url, d.payload, d.settings, clock_.Now());
    if (!request.ok()) {
      error = request.status().message();
    } else if (Status check = transport_.CheckTarget(d.url, d.allow_private); !check.ok()) {
      error = check.code() + ": " + check.message();
    } else {
      auto sent = transport_.Post(request->url, request->body, d.event, d.allow_private);
      if (!sent.ok()) {
        error = sent.status().message();
      } else {
        http_status = sent->status;
        // A robot answers 200 with a non-zero error code when it refuses the message.
        if (Status answer = CheckRobotAnswer(d.kind, sent->status, sent->body); !answer.ok()) error = answer.message();
      }
    }
    const bool delivered = !error;
    const std::int64_t attempts = d.attempts + 1;
    const bool give_up = !delivered && attempts >= options_.max_attempts;
    std::int64_t backoff = options_.first_backoff_ms;
    for (std::int64_t i = 1; i < attempts; ++i) backoff *= 4;
    const Instant done_at = clock_.Now();
    Status s = storage::InTransaction(db_, [&](storage::Connection& conn) {
      return conn.Exec(
          "UPDATE webhook_deliveries SET status = $3, attempts = $4, last_error = $5, response_status = $6, "
          "next_attempt_at = $7, delivered_at = $8 WHERE tenant_id = $1 AND id = $2",
          {V(d.tenant_id), V(d.id), V(delivered ? "delivered" : give_up ? "failed" : "pending"), V(attempts),
           V(error), V(http_status),
           delivered || give_up ? V(nullptr) : V(done_at + backoff), delivered ? V(done_at) : V(nullptr)});
    });
    if (!s.ok()) return s;
  }
  return static_cast<int>(due.size());
}

}  // namespace quanke::notify
