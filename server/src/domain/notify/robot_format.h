#pragma once

#include <string>

#include "core/clock.h"
#include "core/status.h"

namespace quanke::notify {

// What kind of receiver a webhook posts to. Robots of the chat apps take their own message
// shapes and answer HTTP 200 with an error code in the body when they refuse a message.
enum class WebhookKind { kGeneric, kWecom, kDingtalk, kFeishu };
bool ParseWebhookKind(const std::string& text, WebhookKind* out);
const char* WebhookKindName(WebhookKind kind);

// How a tenant's robot messages read (tenant setting `notify`).
struct MessageSettings {
  std::string language = "zh-CN";  // "zh-CN" or "en"
  std::string public_base_url;     // "https://crm.example.com"; empty: messages carry no link
};

// One event as stored in the delivery outbox (the generic JSON payload), turned into what is
// POSTed to a receiver.
struct RobotRequest {
  std::string url;   // the webhook URL; DingTalk's signature goes in its query
  std::string body;  // JSON
};

// The request for `kind`: generic receivers get the stored payload with an absolute `link`;
// WeCom, DingTalk and Feishu robots get a text message, or with `markdown` a markdown message
// (WeCom, DingTalk) or a card (Feishu), in the tenant's language. With a secret, DingTalk's
// request is signed (timestamp + HMAC-SHA256 in the query) and Feishu's (timestamp + sign in the
// body), as of `now`.
Result<RobotRequest> BuildRobotRequest(WebhookKind kind, bool markdown, const std::string& secret,
                                       const std::string& url, const std::string& payload,
                                       const MessageSettings& settings, Instant now);

// Whether a receiver's answer means it took the message: a 2xx, and for robots an error code
// of 0 in the JSON body (WeCom and DingTalk `errcode`, Feishu `code` or `StatusCode`). Otherwise
// the reason, with the robot's own message ("errcode 93000: invalid webhook url").
Status CheckRobotAnswer(WebhookKind kind, int http_status, const std::string& body);

}  // namespace quanke::notify
