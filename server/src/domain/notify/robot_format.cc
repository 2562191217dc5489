#include "domain/notify/robot_format.h"

#include <sodium.h>

#include <boost/json.hpp>
#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

#include <array>
#include <string_view>

#include "core/ids.h"
#include "domain/notify/notification_text.h"

namespace quanke::notify {
namespace {
namespace json = boost::json;

struct Label {
  std::string_view event, zh, en;
};

// The headline of each event in a robot message.
constexpr std::array kLabels = {
    Label{"customer.assigned", "客户分配", "Customer assigned"},
    Label{"customer.transferred", "客户转移", "Customer transferred"},
    Label{"customer.transferred_away", "客户被转走", "Customer transferred away"},
    Label{"customer.released", "客户退回公海", "Customer released to the pool"},
    Label{"customer.reclaimed", "客户被收回公海", "Customer reclaimed by the pool"},
    Label{"customer.reclaim_soon", "客户即将被收回", "Customer about to be reclaimed"},
    Label{"customer.handover", "离职交接", "Hand-over of a leaver's customers"},
    Label{"customer.team_added", "加入客户团队", "Added to a customer team"},
    Label{"followup.created", "新的跟进记录", "New follow-up"},
    Label{"feed.like", "动态被点赞", "Your post was liked"},
    Label{"feed.comment", "动态新评论", "New comment"},
    Label{"feed.mention", "有人@了你", "You were mentioned"},
    Label{"discussion.message", "客户讨论新消息", "New message in a customer discussion"},
    Label{"discussion.mention", "讨论中有人@了你", "You were mentioned in a discussion"},
    Label{"visit.plan_due", "拜访提醒", "Visit reminder"},
    Label{"webhook.test", "测试消息", "Test message"},
    Label{"approval.pending", "待审批", "Approval waiting for you"},
    Label{"approval.decided", "审批结果", "Approval decided"},
    Label{"approval.commented", "审批评论", "Comment on an approval"},
};

std::string LabelOf(const std::string& event, bool en) {
  for (const auto& l : kLabels)
    if (l.event == event) return std::string(en ? l.en : l.zh);
  return event;
}

std::string Text(const json::object& o, std::string_view key) {
  if (auto* v = o.if_contains(key); v && v->is_string()) return std::string(v->as_string());
  return {};
}

// The page in the web app an event is about, absolute; empty without a public base URL.
std::string DeepLink(const std::string& base_url, const json::object& data) {
  if (base_url.empty()) return {};
  std::string base = base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  const std::string type = Text(data, "objectType");
  const std::string id = Text(data, "objectId");
  if (type == "customer" && !id.empty()) return base + "/customers/" + id;
  if (type == "feed") return base + "/feed";
  if (type == "approval" && !id.empty()) return base + "/approvals/" + id;
  return base + "/";
}

std::string Base64(const unsigned char* bytes, size_t n) {
  std::string out(sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), bytes, n, sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

// base64(HMAC-SHA256(key, message)).
std::string HmacSha256Base64(const std::string& key, const std::string& message) {
  if (sodium_init() < 0) return {};
  crypto_auth_hmacsha256_state state;
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.data()), message.size());
  crypto_auth_hmacsha256_final(&state, mac);
  return Base64(mac, sizeof mac);
}

}  // namespace

bool ParseWebhookKind(const std::string& text, WebhookKind* out) {
  if (text == "generic") *out = WebhookKind::kGeneric;
  else if (text == "wecom") *out = WebhookKind::kWecom;
  else if (text == "dingtalk") *out = WebhookKind::kDingtalk;
  else if (text == "feishu") *out = WebhookKind::kFeishu;
  else return false;
  return true;
}

const char* WebhookKindName(WebhookKind kind) {
  switch (kind) {
    case WebhookKind::kWecom: return "wecom";
    case WebhookKind::kDingtalk: return "dingtalk";
    case WebhookKind::kFeishu: return "feishu";
    case WebhookKind::kGeneric: break;
  }
  return "generic";
}

Result<RobotRequest> BuildRobotRequest(WebhookKind kind, bool markdown, const std::string& secret,
                                       const std::string& url, const std::string& payload,
                                       const MessageSettings& settings, Instant now) {
  boost::system::error_code ec;
  json::value parsed = json::parse(payload, ec);
  if (ec || !parsed.is_object()) return Status::Internal("webhook payload is not a JSON object");
  json::object event = parsed.as_object();
  json::object data = event.contains("data") && event["data"].is_object() ? event["data"].as_object() : json::object{};
  // The text in the tenant's language, from the event's type and parameters.
  if (auto* p = data.if_contains("params"); p && p->is_object() && !p->as_object().empty()) {
    NotificationParams params;
    for (const auto& [k, v] : p->as_object())
      if (v.is_string()) params.emplace_back(std::string(k), std::string(v.as_string()));
    data["title"] = NotificationTitle(Text(event, "event"), params, settings.language, Text(data, "title"));
    event["data"] = data;
  }
  const std::string link = DeepLink(settings.public_base_url, data);
  if (kind == WebhookKind::kGeneric) {
    if (!link.empty()) event["link"] = link;
    return RobotRequest{url, json::serialize(event)};
  }

  const bool en = settings.language == "en";
  const std::string headline = LabelOf(Text(event, "event"), en);
  const std::string title = Text(data, "title");
  const std::string detail = Text(data, "body");
  const std::string brand = en ? "Quanke" : "圈客";
  const std::string open = en ? "Open" : "查看详情";
  std::string text = (en ? "[Quanke] " : "【圈客】") + headline + "\n" + title;
  if (!detail.empty()) text += "\n" + detail;
  if (!link.empty()) text += "\n" + open + (en ? ": " : "：") + link;
  std::string md = "**" + headline + "**\n\n" + title;
  if (!detail.empty()) md += "\n\n> " + detail;
  if (!link.empty()) md += "\n\n[" + open + "](" + link + ")";

  json::object body;
  std::string target = url;
  switch (kind) {
    case WebhookKind::kWecom:
      body = markdown ? json::object{{"msgtype", "markdown"}, {"markdown", {{"content", md}}}}
                      : json::object{{"msgtype", "text"}, {"text", {{"content", text}}}};
      break;
    case WebhookKind::kDingtalk: {
      body = markdown ? json::object{{"msgtype", "markdown"},
                                     {"markdown", {{"title", brand + " " + headline}, {"text", "#### " + md}}}}
                      : json::object{{"msgtype", "text"}, {"text", {{"content", text}}}};
      if (!secret.empty()) {
        const std::string timestamp = std::to_string(now);  // milliseconds
        const std::string sign = HmacSha256Base64(secret, timestamp + "\n" + secret);
        target += (target.find('?') == std::string::npos ? "?" : "&");
        target += "timestamp=" + timestamp + "&sign=" + boost::urls::encode(sign, boost::urls::unreserved_chars);
      }
      break;
    }
    case WebhookKind::kFeishu: {
      if (markdown) {
        body = json::object{
            {"msg_type", "interactive"},
            {"card", {{"header", {{"title", {{"tag", "plain_text"}, {"content", brand + " · " + headline}}}}},
                      {"elements", json::array{json::object{{"tag", "markdown"}, {"content", md}}}}}}};
      } else {
        body = json::object{{"msg_type", "text"}, {"content", {{"text", text}}}};
      }
      if (!secret.empty()) {
        const std::string timestamp = std::to_string(now / 1000);  // seconds
        body["timestamp"] = timestamp;
        body["sign"] = HmacSha256Base64(timestamp + "\n" + secret, "");
      }
      break;
    }
    case WebhookKind::kGeneric:
      break;
  }
  return RobotRequest{target, json::serialize(body)};
}

Status CheckRobotAnswer(WebhookKind kind, int http_status, const std::string& body) {
  if (http_status < 200 || http_status >= 300) return Status::Error("webhook.http_error", "HTTP " + std::to_string(http_status));
  if (kind == WebhookKind::kGeneric) return Status::Ok();
  boost::system::error_code ec;
  json::value parsed = json::parse(body, ec);
  if (ec || !parsed.is_object())
    return Status::Error("webhook.robot_error", "the robot answered without an error code: " + body.substr(0, 200));
  const json::object& o = parsed.as_object();
  const char* code_key = "errcode";
  const char* message_key = "errmsg";
  if (kind == WebhookKind::kFeishu) {
    code_key = o.contains("code") ? "code" : "StatusCode";
    message_key = o.contains("code") ? "msg" : "StatusMessage";
  }
  const json::value* code = o.if_contains(code_key);
  if (!code || !code->is_number())
    return Status::Error("webhook.robot_error", "the robot answered without an error code: " + body.substr(0, 200));
  const std::int64_t n = code->is_int64() ? code->get_int64() : static_cast<std::int64_t>(code->to_number<double>());
  if (n == 0) return Status::Ok();
  return Status::Error("webhook.robot_error", std::string(code_key) + " " + std::to_string(n) + ": " + Text(o, message_key));
}

}  // namespace quanke::notify
