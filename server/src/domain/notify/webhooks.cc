#include "domain/notify/webhooks.h"

#include <boost/json.hpp>

#include <algorithm>
#include <map>

#include <boost/url/parse.hpp>

#include "core/clock.h"
#include "domain/org/audit_repository.h"
#include "domain/notify/webhook_repository.h"
#include "domain/org/policy.h"

namespace quanke::notify {
namespace {
namespace json = boost::json;


std::string Payload(const std::string& event, Id tenant_id, Instant at, const json::object& data,
                    const std::string& link) {
  return json::serialize(json::object{{"event", event},
                                      {"tenantId", IdToString(tenant_id)},
                                      {"occurredAt", FormatInstant(at)},
                                      {"data", data},
                                      {"link", link}});
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
  auto hooks = EnabledWebhooks(conn, tenant_id);
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
  for (const auto& hook : *hooks) {
    const auto& events = hook.events;
    if (!events.empty() && std::find(events.begin(), events.end(), n.type) == events.end()) continue;
    if (Status s = InsertDelivery(conn, tenant_id, hook.id, n.type, payload, n.created_at); !s.ok()) return s;
  }
  return Status::Ok();
}

Result<std::vector<std::string>> WebhookService::EventNames(const org::Caller& caller) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  return WebhookEventNames();
}

Result<std::vector<Webhook>> WebhookService::List(const org::Caller& caller) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return ListWebhooks(**lease, caller);
}

Result<Webhook> WebhookService::Create(const org::Caller& caller, const WebhookInput& in) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  if (Status s = Validate(in, true); !s.ok()) return s;
  if (Status s = transport_.CheckTarget(*in.url, in.allow_private.value_or(false)); !s.ok()) return s;
  const Instant now = clock_.Now();
  const Id id = Ids().Next();
  Result<Webhook> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    Webhook hook;
    hook.id = id;
    hook.url = *in.url;
    hook.events = in.events.value_or(std::vector<std::string>{});
    hook.enabled = in.enabled.value_or(true);
    hook.allow_private = in.allow_private.value_or(false);
    hook.kind = in.kind.value_or(WebhookKind::kGeneric);
    hook.markdown = in.markdown.value_or(false);
    if (Status w = InsertWebhook(conn, caller, hook, in.secret.value_or(""), now); !w.ok())
      return w;
    if (Status w = audit::RecordAction(conn, caller, now, "webhook.create", "webhook", id); !w.ok()) return w;
    out = GetWebhook(conn, caller, id);
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
    auto current = GetWebhook(**lease, caller, id);
    if (!current.ok()) return current.status();
    const std::string url = in.url.value_or(current->url);
    const bool allow = in.allow_private.value_or(current->allow_private);
    if (in.url || in.allow_private)
      if (Status c = transport_.CheckTarget(url, allow); !c.ok()) return c;
  }
  Status s = storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    auto current = GetWebhook(conn, caller, id);
    if (!current.ok()) return current.status();
    Webhook w = *current;
    if (in.url) w.url = *in.url;
    if (in.events) w.events = *in.events;
    if (in.enabled) w.enabled = *in.enabled;
    if (in.allow_private) w.allow_private = *in.allow_private;
    if (in.kind) w.kind = *in.kind;
    if (in.markdown) w.markdown = *in.markdown;
    if (Status u = UpdateWebhook(conn, caller, w, now); !u.ok()) return u;
    if (in.secret)
      if (Status u = SetWebhookSecret(conn, caller, id, *in.secret); !u.ok()) return u;
    if (Status a = audit::RecordAction(conn, caller, now, "webhook.update", "webhook", id); !a.ok()) return a;
    out = GetWebhook(conn, caller, id);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Status WebhookService::Delete(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  return storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    auto current = GetWebhook(conn, caller, id);
    if (!current.ok()) return current.status();
    if (Status d = DeleteWebhook(conn, caller, id); !d.ok()) return d;
    return audit::RecordAction(conn, caller, clock_.Now(), "webhook.delete", "webhook", id);
  });
}

Result<Page<Delivery>> WebhookService::Deliveries(const org::Caller& caller, Id id, const PageRequest& page) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto hook = GetWebhook(**lease, caller, id);
  if (!hook.ok()) return hook.status();
  std::optional<Id> before;
  if (!page.cursor.empty()) {
    std::string unused;
    Id last = 0;
    if (!DecodeCursor(page.cursor, &unused, &last)) return Status::Validation({{"cursor", "invalid_value"}});
    before = last;
  }
  auto rows = ListDeliveries(**lease, caller, id, before, page.limit + 1);
  if (!rows.ok()) return rows.status();
  Page<Delivery> out;
  out.items = std::move(*rows);
  TrimToPage(out, page.limit);
  return out;
}

namespace {

MessageSettings ReadSettings(storage::Connection& conn, Id tenant_id, Status* error) {
  MessageSettings out;
  auto stored = GetMessageSettingsJson(conn, tenant_id);
  if (!stored.ok()) {
    *error = stored.status();
    return out;
  }
  if (!*stored) return out;
  boost::system::error_code ec;
  json::value v = json::parse(**stored, ec);
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
    auto hook = GetWebhook(conn, caller, id);
    if (!hook.ok()) return hook.status();
    Status error;
    const bool en = ReadSettings(conn, caller.tenant_id, &error).language == "en";
    if (!error.ok()) return error;
    json::object data{{"title", en ? "Quanke webhook test message" : "圈客 Webhook 测试消息"},
                      {"userId", IdToString(caller.user_id)}};
    return InsertDelivery(conn, caller.tenant_id, id, "webhook.test", Payload("webhook.test", caller.tenant_id, now, data, ""),
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
    if (Status w = PutMessageSettingsJson(conn, caller, value); !w.ok()) return w;
    return audit::RecordAction(conn, caller, clock_.Now(), "settings.notify", "tenant", caller.tenant_id);
  });
  if (!s.ok()) return s;
  return saved;
}

Result<int> WebhookService::DeliverDue(int max_batch) {
  const Instant now = clock_.Now();
  struct Due : DueDelivery {
    MessageSettings settings;
  };
  std::vector<Due> due;
  // Each delivery is sent by one node: the claim holds it for longer than a batch takes to send
  // (a request times out after 5 s).
  const Instant lease_until = now + std::max<std::int64_t>(120000, std::int64_t{max_batch} * 6000);
  Status claimed = storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    due.clear();
    auto rows = ClaimDueDeliveries(conn, now, max_batch, lease_until);
    if (!rows.ok()) return rows.status();
    std::map<Id, MessageSettings> settings;  // by tenant
    for (auto& row : *rows) {
      if (!settings.count(row.tenant_id)) {
        Status error;
        settings[row.tenant_id] = ReadSettings(conn, row.tenant_id, &error);
        if (!error.ok()) return error;
      }
      due.push_back(Due{std::move(row), settings[row.tenant_id]});
    }
    return Status::Ok();
  });
  if (!claimed.ok()) return claimed;
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
      return RecordAttempt(conn, d.tenant_id, d.id, delivered ? "delivered" : give_up ? "failed" : "pending", attempts,
                           error, http_status,
                           delivered || give_up ? std::nullopt : std::optional<Instant>(done_at + backoff),
                           delivered ? std::optional<Instant>(done_at) : std::nullopt);
    });
    if (!s.ok()) return s;
  }
  return static_cast<int>(due.size());
}

}  // namespace quanke::notify
