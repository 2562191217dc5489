#pragma once

#include "domain/notify/webhooks.h"

namespace quanke::jobs {

// Webhook deliveries over HTTP(S) with libcurl. Every target is resolved first and refused
// when an address is loopback, private (RFC 1918, unique-local), link-local, CGNAT or
// unspecified, unless the webhook allows private addresses; the request then goes to the
// checked address (CURLOPT_RESOLVE), so DNS cannot change it in between. 5 s timeout, no
// redirects.
class CurlTransport final : public notify::WebhookTransport {
 public:
  CurlTransport();
  ~CurlTransport() override;
  Status CheckTarget(const std::string& url, bool allow_private) override;
  Result<Answer> Post(const std::string& url, const std::string& body, const std::string& event,
                      bool allow_private) override;
};

// Whether a numeric address (IPv4 or IPv6 text) is one webhooks may not reach by default.
bool IsPrivateAddress(const std::string& ip);

}  // namespace quanke::jobs
