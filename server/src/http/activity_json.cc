#include "http/activity_json.h"

#include <boost/json.hpp>

#include "domain/files/file_store.h"
#include "http/json_io.h"

namespace quanke::http {
namespace json = boost::json;
json::object AttachmentJson(const activity::Attachment& a) {
  json::object o{{"id", IdToString(a.id)},
                 {"name", a.name},
                 {"contentType", a.content_type},
                 {"size", a.size},
                 {"sha256", a.sha256},
                 {"url", "/api/v1/attachments/" + IdToString(a.id)},
                 {"isImage", files::IsImageType(a.content_type)}};
  o["createdAt"] = InstantJson(a.created_at);
  return o;
}

json::object FollowUpJson(const activity::FollowUp& f) {
  json::array attachments;
  for (const auto& a : f.attachments) attachments.push_back(AttachmentJson(a));
  json::object o{{"id", IdToString(f.id)},
                 {"customerId", f.customer_id ? json::value(IdToString(f.customer_id)) : json::value(nullptr)},
                 {"leadId", IdJson(f.lead_id)},
                 {"customerName", f.customer_name},
                 {"authorId", IdToString(f.author_id)},
                 {"authorName", f.author_name},
                 {"type", f.type},
                 {"text", f.text},
                 {"attachments", std::move(attachments)}};
  o["contactId"] = IdJson(f.contact_id);
  o["contactName"] = f.contact_id ? NonEmpty(f.contact_name) : json::value(nullptr);
  o["nextFollowUpAt"] = InstantJson(f.next_follow_up_at);
  o["createdAt"] = InstantJson(f.created_at);
  o["feedItemId"] = f.feed_item_id ? json::value(IdToString(f.feed_item_id)) : json::value(nullptr);
  return o;
}

json::object CommentJson(const activity::Comment& c) {
  json::array mentions;
  for (const auto& m : c.mentions) mentions.push_back(json::object{{"id", IdToString(m.id)}, {"name", m.name}});
  json::object o{{"id", IdToString(c.id)},
                 {"authorId", IdToString(c.author_id)},
                 {"authorName", c.author_name},
                 {"text", c.text},
                 {"mentions", std::move(mentions)}};
  o["feedItemId"] = IdJson(c.item_id);
  o["customerId"] = IdJson(c.customer_id);
  o["createdAt"] = InstantJson(c.created_at);
  return o;
}

json::object FeedItemJson(const activity::FeedItem& i) {
  json::array comments;
  for (const auto& c : i.comments) comments.push_back(CommentJson(c));
  json::object o{{"id", IdToString(i.id)},
                 {"type", i.type},
                 {"text", i.text},
                 {"likeCount", i.like_count},
                 {"likedByMe", i.liked_by_me},
                 {"commentCount", i.comment_count},
                 {"comments", std::move(comments)}};
  o["actorId"] = IdJson(i.actor_id);
  o["actorName"] = i.actor_id ? NonEmpty(i.actor_name) : json::value(nullptr);
  o["actorDepartmentName"] = i.actor_id ? NonEmpty(i.actor_department) : json::value(nullptr);
  o["customerId"] = IdJson(i.customer_id);
  o["customerName"] = i.customer_id ? NonEmpty(i.customer_name) : json::value(nullptr);
  o["followUp"] = i.follow_up ? json::value(FollowUpJson(*i.follow_up)) : json::value(nullptr);
  json::object params;
  for (const auto& [k, v] : i.params) params[k] = v;
  o["params"] = std::move(params);
  o["createdAt"] = InstantJson(i.created_at);
  return o;
}

json::object TeamMemberJson(const activity::TeamMember& t) {
  return {{"userId", IdToString(t.user_id)},
          {"name", t.name},
          {"departmentName", t.department_name},
          {"access", t.access},
          {"isOwner", t.is_owner}};
}

json::object TodosJson(const activity::Todos& t) {
  auto list = [](const std::vector<activity::TodoCustomer>& items) {
    json::array a;
    for (const auto& c : items) {
      json::object o{{"customerId", IdToString(c.customer_id)}, {"customerName", c.customer_name}};
      o["nextFollowUpAt"] = InstantJson(c.next_follow_up_at);
      o["lastFollowUpAt"] = InstantJson(c.last_follow_up_at);
      o["daysLeft"] = c.days_left ? json::value(*c.days_left) : json::value(nullptr);
      o["rule"] = NonEmpty(c.rule);
      a.push_back(std::move(o));
    }
    return a;
  };
  return {{"followUpsDue", list(t.due)},
          {"overdue", list(t.overdue)},
          {"forgotten", list(t.forgotten)},
          {"reclaimSoon", list(t.reclaim_soon)},
          {"forgottenDays", t.forgotten_days}};
}

json::object WebhookJson(const notify::Webhook& w) {
  json::array events;
  for (const auto& e : w.events) events.push_back(json::value(e));
  json::object o{{"id", IdToString(w.id)},
                 {"kind", notify::WebhookKindName(w.kind)},
                 {"format", w.markdown ? "markdown" : "text"},
                 {"hasSecret", w.has_secret},
                 {"url", w.url},
                 {"events", std::move(events)},
                 {"enabled", w.enabled},
                 {"allowPrivate", w.allow_private}};
  o["createdAt"] = InstantJson(w.created_at);
  o["updatedAt"] = InstantJson(w.updated_at);
  o["lastStatus"] = TextJson(w.last_status);
  return o;
}

json::object DeliveryJson(const notify::Delivery& d) {
  json::object o{{"id", IdToString(d.id)},
                 {"webhookId", IdToString(d.webhook_id)},
                 {"event", d.event},
                 {"status", d.status},
                 {"attempts", d.attempts}};
  o["lastError"] = TextJson(d.last_error);
  o["responseStatus"] = d.response_status ? json::value(*d.response_status) : json::value(nullptr);
  o["nextAttemptAt"] = InstantJson(d.next_attempt_at);
  o["createdAt"] = InstantJson(d.created_at);
  o["deliveredAt"] = InstantJson(d.delivered_at);
  return o;
}

}  // namespace quanke::http
