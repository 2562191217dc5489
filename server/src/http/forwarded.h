#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quanke::http {

// The client's address behind trusted proxies (`serve --trusted-proxies`). The connection's peer
// is the client unless it is one of `trusted_proxies`; then X-Forwarded-For is read from the
// right: the first entry that is not itself a trusted proxy is the client (entries further left
// were written by the client and prove nothing). A malformed entry, or no header, leaves the
// peer. Addresses are compared in their normal form ("::ffff:127.0.0.1" is not "127.0.0.1").
std::string ClientAddress(const std::string& peer, std::string_view forwarded_for,
                          const std::vector<std::string>& trusted_proxies);

// "127.0.0.1, ::1" -> {"127.0.0.1", "::1"}; false when an entry is not an IP address.
bool ParseTrustedProxies(std::string_view list, std::vector<std::string>* out);

}  // namespace quanke::http
