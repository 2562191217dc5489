#include <boost/json.hpp>

#include <mutex>

#include "core/time_zone.h"
#include "domain/activity/activity_service.h"
#include "domain/contracts/contract_service.h"
#include "domain/deals/deal_service.h"
#include "domain/notify/hub.h"
#include "domain/notify/notifications.h"
#include "domain/notify/webhooks.h"
#include "domain/org/policy.h"
#include "http/activity_json.h"
#include "http/customer_json.h"
#include "http/json_io.h"
#include "http/multipart.h"
#include "http/router.h"
#include "storage/database.h"

namespace quanke::http {
namespace {
namespace json = boost::json;

Result<json::object> Body(const Context& ctx) { return ParseJsonObject(ctx.req.body); }

Result<PageRequest> Page(const Context& ctx) { return ReadPageRequest(ctx.req, "-createdAt", {"createdAt"}); }

// ---- Attachments ----

Result<Response> Upload(Context& ctx) {
  auto part = FindFormPart(ctx.req.Header("content-type"), ctx.req.body, "file");
  if (!part) return Status::Validation({{"file", "required"}});
  auto a = ctx.services.activity.Upload(ctx.caller, part->filename, part->content_type, part->data);
  if (!a.ok()) return a.status();
  return JsonResponse(201, AttachmentJson(*a));
}

// Percent-encodes a file name for Content-Disposition's filename* (RFC 5987).
std::string EncodeFilename(const std::string& name) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : name) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

Result<Response> Download(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto file = ctx.services.activity.Download(ctx.caller, *id);
  if (!file.ok()) return file.status();
  Response r;
  r.content_type = file->first.content_type;
  r.body = std::move(file->second);
  r.SetHeader("Cache-Control", "private, max-age=86400");
  r.SetHeader("X-Content-Type-Options", "nosniff");
  r.SetHeader("Content-Disposition", "inline; filename*=UTF-8''" + EncodeFilename(file->first.name));
  return r;
}

// ---- Follow-ups ----

Result<Response> CreateFollowUp(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto body = Body(ctx);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  activity::FollowUpInput f;
  f.type = in.String("type", false, 20);
  f.text = in.String("text", false, 20000);
  f.contact_id = in.IdField("contactId");
  auto next = in.String("nextFollowUpAt", false, 40);
  auto attachments = in.IdArray("attachmentIds");
  f.opportunity_id = in.IdField("opportunityId");
  if (Status s = in.Finish(); !s.ok()) return s;
  if (next) {
    Instant t = 0;
    if (!ParseInstant(*next, &t)) return Status::Validation({{"nextFollowUpAt", "invalid_value"}});
    f.next_follow_up_at = t;
  }
  if (attachments) f.attachment_ids = *attachments;
  // About an opportunity: the deals module checks it and writes the follow-up with its activity.
  auto created = f.opportunity_id ? ctx.services.deals.AddFollowUp(ctx.caller, *id, f)
                                  : ctx.services.activity.CreateFollowUp(ctx.caller, *id, f);
  if (!created.ok()) return created.status();
  return JsonResponse(201, FollowUpJson(*created));
}

Result<Response> ListFollowUps(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto page = Page(ctx);
  if (!page.ok()) return page.status();
  auto list = ctx.services.activity.FollowUps(ctx.caller, *id, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, FollowUpJson));
}

Result<Response> DeleteFollowUp(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.activity.DeleteFollowUp(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

// ---- Feed ----

Result<Response> Feed(Context& ctx) {
  auto page = Page(ctx);
  if (!page.ok()) return page.status();
  activity::FeedFilter f;
  auto user = ReadIdQuery(ctx.req, "userId");
  if (!user.ok()) return user.status();
  f.user_id = *user;
  auto department = ReadIdQuery(ctx.req, "departmentId");
  if (!department.ok()) return department.status();
  f.department_id = *department;
  auto customer = ReadIdQuery(ctx.req, "customerId");
  if (!customer.ok()) return customer.status();
  f.customer_id = *customer;
  f.type = ctx.req.Query("type").value_or("");
  static const char* kTypes[] = {"followup", "customer.create", "customer.claim", "customer.release",
                                 "customer.transfer", "customer.reclaim", "worklog"};
  if (!f.type.empty() && std::none_of(std::begin(kTypes), std::end(kTypes), [&](const char* t) { return f.type == t; }))
    return Status::Validation({{"type", "invalid_value"}});
  auto list = ctx.services.activity.Feed(ctx.caller, f, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, FeedItemJson));
}

Result<Response> GetFeedItem(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto item = ctx.services.activity.FeedItemById(ctx.caller, *id);
  if (!item.ok()) return item.status();
  return JsonResponse(200, FeedItemJson(*item));
}

// The events a webhook can subscribe to (the notification types).
Result<Response> WebhookEvents(Context& ctx) {
  auto names = ctx.services.webhooks.EventNames(ctx.caller);
  if (!names.ok()) return names.status();
  json::array items;
  for (const auto& e : *names) items.push_back(json::value(e));
  return JsonResponse(200, json::object{{"items", std::move(items)}});
}

Result<Response> LikeAction(Context& ctx, bool like) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto r = ctx.services.activity.Like(ctx.caller, *id, like);
  if (!r.ok()) return r.status();
  return JsonResponse(200, json::object{{"likeCount", r->first}, {"likedByMe", r->second}});
}
Result<Response> Like(Context& ctx) { return LikeAction(ctx, true); }
Result<Response> Unlike(Context& ctx) { return LikeAction(ctx, false); }

Result<std::pair<std::string, std::vector<Id>>> ReadComment(const Context& ctx) {
  auto body = Body(ctx);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  auto text = in.String("text", true, 8000);
  auto mentions = in.IdArray("mentions");
  if (Status s = in.Finish(); !s.ok()) return s;
  return std::make_pair(*text, mentions.value_or(std::vector<Id>{}));
}

Result<Response> ListComments(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto page = ReadPageRequest(ctx.req, "createdAt", {"createdAt"});
  if (!page.ok()) return page.status();
  auto list = ctx.services.activity.Comments(ctx.caller, *id, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, CommentJson));
}

Result<Response> AddComment(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadComment(ctx);
  if (!in.ok()) return in.status();
  auto c = ctx.services.activity.AddComment(ctx.caller, *id, in->first, in->second);
  if (!c.ok()) return c.status();
  return JsonResponse(201, CommentJson(*c));
}

// ---- Team and discussion ----

Result<Response> Team(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto team = ctx.services.activity.Team(ctx.caller, *id);
  if (!team.ok()) return team.status();
  return JsonResponse(200, ListJson(*team, TeamMemberJson));
}

Result<Response> AddTeamMember(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto body = Body(ctx);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  auto user = in.IdField("userId", true);
  auto access = in.String("access", false, 10);
  if (Status s = in.Finish(); !s.ok()) return s;
  auto m = ctx.services.activity.AddTeamMember(ctx.caller, *id, *user, access.value_or("read"));
  if (!m.ok()) return m.status();
  return JsonResponse(201, TeamMemberJson(*m));
}

Result<Response> RemoveTeamMember(Context& ctx) {
  auto id = ctx.PathId(0);
  auto user = ctx.PathId(1);
  if (!id || !user) return Status::NotFound();
  if (Status s = ctx.services.activity.RemoveTeamMember(ctx.caller, *id, *user); !s.ok()) return s;
  return NoContent();
}

Result<Response> Discussion(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto page = ReadPageRequest(ctx.req, "createdAt", {"createdAt"});
  if (!page.ok()) return page.status();
  auto list = ctx.services.activity.Discussion(ctx.caller, *id, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, CommentJson));
}

Result<Response> AddDiscussion(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadComment(ctx);
  if (!in.ok()) return in.status();
  auto c = ctx.services.activity.AddDiscussion(ctx.caller, *id, in->first, in->second);
  if (!c.ok()) return c.status();
  return JsonResponse(201, CommentJson(*c));
}

Result<Response> Todos(Context& ctx) {
  auto days = ReadIntQuery(ctx.req, "forgottenDays", 150, 1, 3650);
  if (!days.ok()) return days.status();
  auto t = ctx.services.activity.HomeTodos(ctx.caller, *days);
  if (!t.ok()) return t.status();
  // The contracts module sits above activity: its to-dos join the answer here.
  auto money = ctx.services.contracts.Todos(ctx.caller);
  if (!money.ok()) return money.status();
  json::object out = TodosJson(*t);
  json::array ending, due;
  for (const auto& c : money->ending)
    ending.push_back(json::object{{"id", IdToString(c.id)}, {"number", c.number}, {"name", c.name},
                                  {"customerName", c.customer_name}, {"endDate", TextJson(c.end_date)}});
  LocalDate today = 0;
  ParseDate(money->today, &today);
  for (const auto& i : money->due) {
    LocalDate d = 0;
    ParseDate(i.due_date, &d);
    due.push_back(json::object{{"instalmentId", IdToString(i.id)},
                               {"contractId", IdToString(i.contract_id)},
                               {"contractNumber", i.contract_number},
                               {"customerName", i.customer_name},
                               {"dueDate", i.due_date},
                               {"owedFen", i.OwedFen()},
                               {"overdueDays", std::max<std::int64_t>(0, today - d)}});
  }
  out["contractsEnding"] = std::move(ending);
  out["receivablesDue"] = std::move(due);
  return JsonResponse(200, out);
}

// ---- Live notifications (SSE) ----

// Sends the caller's notifications newer than the last one sent: first those missed since
// Last-Event-ID, then each one committed while the connection is open.
class NotificationStream final : public EventStream {
 public:
  NotificationStream(notify::NotificationService& notifications, Id tenant_id, Id user_id, Id last_id,
                     std::string language)
      : notifications_(notifications), tenant_id_(tenant_id), user_id_(user_id), last_id_(last_id),
        language_(std::move(language)) {}

  void Start(std::function<void()> wake) override {
    token_ = notify::LiveHub().Subscribe(tenant_id_, user_id_, std::move(wake));
  }
  void Stop() override { notify::LiveHub().Unsubscribe(token_); }

  std::string Poll() override {
    auto r = notifications_.After(tenant_id_, user_id_, last_id_, 200);
    if (!r.ok()) return {};
    std::string out;
    for (const auto& n : *r) {
      out += "id: " + IdToString(n.id) + "\nevent: notification\ndata: " + json::serialize(NotificationJson(n, language_)) + "\n\n";
      last_id_ = n.id;
    }
    return out;
  }

 private:
  notify::NotificationService& notifications_;
  const Id tenant_id_;
  const Id user_id_;
  Id last_id_;  // the connection's thread only
  const std::string language_;
  notify::Hub::Token token_ = 0;
};

Result<Response> Stream(Context& ctx) {
  std::string last(ctx.req.Header("last-event-id"));
  if (last.empty()) last = ctx.req.Query("lastEventId").value_or("");
  Id last_id = 0;
  if (!last.empty()) {
    auto id = ParseId(last);
    if (!id) return Status::Validation({{"Last-Event-ID", "invalid_value"}});
    last_id = *id;
  } else {
    // A new stream starts from now: only notifications created after it opened are pushed.
    auto newest = ctx.services.notifications.NewestId(ctx.caller);
    if (!newest.ok()) return newest.status();
    last_id = *newest;
  }
  Response r;
  r.stream = std::make_shared<NotificationStream>(ctx.services.notifications, ctx.caller.tenant_id, ctx.caller.user_id, last_id,
                                                  ctx.language);
  return r;
}

// ---- Webhooks ----

Result<notify::WebhookInput> ReadWebhook(const Context& ctx) {
  auto body = Body(ctx);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  notify::WebhookInput w;
  w.kind = in.Enum<notify::WebhookKind>("kind", notify::ParseWebhookKind);
  if (auto format = in.String("format", false, 20)) {
    if (*format != "text" && *format != "markdown") in.AddIssue("format", "invalid_value");
    else w.markdown = *format == "markdown";
  }
  if (auto secret = in.NullableString("secret", 200)) w.secret = secret->value_or("");
  w.url = in.String("url", false, 2000);
  w.events = in.StringArray("events");
  w.enabled = in.Bool("enabled");
  w.allow_private = in.Bool("allowPrivate");
  if (Status s = in.Finish(); !s.ok()) return s;
  return w;
}

Result<Response> ListWebhooks(Context& ctx) {
  auto list = ctx.services.webhooks.List(ctx.caller);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, WebhookJson));
}

Result<Response> CreateWebhook(Context& ctx) {
  auto in = ReadWebhook(ctx);
  if (!in.ok()) return in.status();
  auto w = ctx.services.webhooks.Create(ctx.caller, *in);
  if (!w.ok()) return w.status();
  return JsonResponse(201, WebhookJson(*w));
}

Result<Response> UpdateWebhook(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadWebhook(ctx);
  if (!in.ok()) return in.status();
  auto w = ctx.services.webhooks.Update(ctx.caller, *id, *in);
  if (!w.ok()) return w.status();
  return JsonResponse(200, WebhookJson(*w));
}

Result<Response> DeleteWebhook(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.webhooks.Delete(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

Result<Response> Deliveries(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto page = Page(ctx);
  if (!page.ok()) return page.status();
  auto list = ctx.services.webhooks.Deliveries(ctx.caller, *id, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, DeliveryJson));
}

json::object MessageSettingsJson(const notify::MessageSettings& m) {
  return json::object{{"language", m.language}, {"publicBaseUrl", m.public_base_url}};
}

// GET /settings/notifications: how robot messages read (language, public base URL of links).
Result<Response> GetMessageSettings(Context& ctx) {
  auto m = ctx.services.webhooks.Settings(ctx.caller);
  if (!m.ok()) return m.status();
  return JsonResponse(200, MessageSettingsJson(*m));
}

Result<Response> PutMessageSettings(Context& ctx) {
  auto body = Body(ctx);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  notify::MessageSettings m;
  m.language = in.String("language", true, 10).value_or("");
  m.public_base_url = in.String("publicBaseUrl", true, 300).value_or("");
  if (Status s = in.Finish(); !s.ok()) return s;
  auto saved = ctx.services.webhooks.SaveSettings(ctx.caller, m);
  if (!saved.ok()) return saved.status();
  return JsonResponse(200, MessageSettingsJson(*saved));
}

Result<Response> TestWebhook(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.webhooks.SendTest(ctx.caller, *id); !s.ok()) return s;
  Response r = JsonResponse(202, json::object{{"queued", true}});
  return r;
}

}  // namespace

void AddActivityRoutes(Router& router) {
  router.Add({"POST", "/api/v1/attachments", Upload, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/attachments/{id}", Download, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/customers/{id}/follow-ups", CreateFollowUp, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/customers/{id}/follow-ups", ListFollowUps});
  router.Add({"DELETE", "/api/v1/follow-ups/{id}", DeleteFollowUp, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/feed", Feed});
  router.Add({"GET", "/api/v1/feed/{id}", GetFeedItem});
  router.Add({"POST", "/api/v1/feed/{id}/like", Like, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/feed/{id}/like", Unlike, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/feed/{id}/comments", ListComments});
  router.Add({"POST", "/api/v1/feed/{id}/comments", AddComment, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/customers/{id}/team", Team});
  router.Add({"POST", "/api/v1/customers/{id}/team", AddTeamMember, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/customers/{id}/team/{userId}", RemoveTeamMember, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/customers/{id}/discussion", Discussion});
  router.Add({"POST", "/api/v1/customers/{id}/discussion", AddDiscussion, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/home/todos", Todos});
  router.Add({"GET", "/api/v1/notifications/stream", Stream});
  router.Add({"GET", "/api/v1/webhooks", ListWebhooks});
  router.Add({"GET", "/api/v1/webhooks/events", WebhookEvents});
  router.Add({"POST", "/api/v1/webhooks", CreateWebhook, Access::kSession, Runs::kBlocking});
  router.Add({"PATCH", "/api/v1/webhooks/{id}", UpdateWebhook, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/webhooks/{id}", DeleteWebhook, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/webhooks/{id}/deliveries", Deliveries});
  router.Add({"POST", "/api/v1/webhooks/{id}/test", TestWebhook, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/settings/notifications", GetMessageSettings});
  router.Add({"PUT", "/api/v1/settings/notifications", PutMessageSettings, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
