#include "jobs/curl_transport.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <netdb.h>

#include <boost/url/parse.hpp>

#include <cstring>
#include <vector>

namespace quanke::jobs {
namespace {

struct Target {
  std::string host;
  int port = 0;
  std::vector<std::string> addresses;
};

Result<Target> Resolve(const std::string& url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) return Status::Validation({{"url", "invalid_value"}});
  const std::string scheme(parsed->scheme());
  if (scheme != "http" && scheme != "https") return Status::Validation({{"url", "invalid_value"}});
  Target t;
  t.host = std::string(parsed->encoded_host());
  if (t.host.empty()) return Status::Validation({{"url", "invalid_value"}});
  if (t.host.front() == '[' && t.host.back() == ']') t.host = t.host.substr(1, t.host.size() - 2);
  t.port = parsed->has_port() ? static_cast<int>(parsed->port_number()) : scheme == "https" ? 443 : 80;
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* res = nullptr;
  if (getaddrinfo(t.host.c_str(), nullptr, &hints, &res) != 0 || !res)
    return Status::Error("webhook.unresolvable", "The webhook host does not resolve.");
  for (addrinfo* a = res; a; a = a->ai_next) {
    char buf[INET6_ADDRSTRLEN] = {};
    const void* src = a->ai_family == AF_INET ? static_cast<const void*>(&reinterpret_cast<sockaddr_in*>(a->ai_addr)->sin_addr)
                                              : static_cast<const void*>(&reinterpret_cast<sockaddr_in6*>(a->ai_addr)->sin6_addr);
    if (inet_ntop(a->ai_family, src, buf, sizeof buf)) t.addresses.emplace_back(buf);
  }
  freeaddrinfo(res);
  if (t.addresses.empty()) return Status::Error("webhook.unresolvable", "The webhook host does not resolve.");
  return t;
}

// Keeps the first 64 KiB of an answer (a robot's error code and message), drops the rest.
size_t Collect(char* data, size_t size, size_t n, void* out) {
  auto* body = static_cast<std::string*>(out);
  const size_t room = body->size() < 65536 ? 65536 - body->size() : 0;
  body->append(data, std::min(room, size * n));
  return size * n;
}

}  // namespace

bool IsPrivateAddress(const std::string& ip) {
  in_addr v4{};
  if (inet_pton(AF_INET, ip.c_str(), &v4) == 1) {
    const std::uint32_t a = ntohl(v4.s_addr);
    auto in = [&](std::uint32_t net, int bits) { return (a >> (32 - bits)) == (net >> (32 - bits)); };
    return in(0x00000000, 8) || in(0x0a000000, 8) || in(0x7f000000, 8) || in(0xa9fe0000, 16) ||
           in(0xac100000, 12) || in(0xc0a80000, 16) || in(0x64400000, 10) || a == 0xffffffff;
  }
  in6_addr v6{};
  if (inet_pton(AF_INET6, ip.c_str(), &v6) == 1) {
    const unsigned char* b = v6.s6_addr;
    static const unsigned char kZero[16] = {};
    if (std::memcmp(b, kZero, 15) == 0 && (b[15] == 0 || b[15] == 1)) return true;  // :: and ::1
    if ((b[0] & 0xfe) == 0xfc) return true;                                        // fc00::/7
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return true;                        // fe80::/10
    static const unsigned char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::memcmp(b, kMapped, 12) == 0) {
      char v4text[INET_ADDRSTRLEN];
      inet_ntop(AF_INET, b + 12, v4text, sizeof v4text);
      return IsPrivateAddress(v4text);
    }
    return false;
  }
  return true;  // not an address at all: refuse
}

CurlTransport::CurlTransport() { curl_global_init(CURL_GLOBAL_DEFAULT); }
CurlTransport::~CurlTransport() { curl_global_cleanup(); }

Status CurlTransport::CheckTarget(const std::string& url, bool allow_private) {
  auto target = Resolve(url);
  if (!target.ok()) return target.status();
  if (!allow_private)
    for (const auto& a : target->addresses)
      if (IsPrivateAddress(a))
        return Status::Error("webhook.private_address",
                             "The webhook address is on a private network; an administrator must allow it.");
  return Status::Ok();
}

Result<notify::WebhookTransport::Answer> CurlTransport::Post(const std::string& url, const std::string& body, const std::string& event,
                                bool allow_private) {
  auto target = Resolve(url);
  if (!target.ok()) return target.status();
  std::string address;
  for (const auto& a : target->addresses) {
    if (!allow_private && IsPrivateAddress(a)) continue;
    address = a;
    break;
  }
  if (address.empty()) return Status::Error("webhook.private_address", "private address refused");
  CURL* curl = curl_easy_init();
  if (!curl) return Status::Internal("curl_easy_init failed");
  const std::string pin = target->host + ":" + std::to_string(target->port) + ":" +
                          (address.find(':') != std::string::npos ? "[" + address + "]" : address);
  curl_slist* resolve = curl_slist_append(nullptr, pin.c_str());
  curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json; charset=utf-8");
  headers = curl_slist_append(headers, ("X-Quanke-Event: " + event).c_str());
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_RESOLVE, resolve);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
  curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 5000L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  Answer answer;
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, Collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer.body);
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "Quanke-Webhook/1");
  const CURLcode rc = curl_easy_perform(curl);
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_cleanup(curl);
  curl_slist_free_all(headers);
  curl_slist_free_all(resolve);
  if (rc != CURLE_OK) return Status::Error("webhook.unreachable", curl_easy_strerror(rc));
  answer.status = static_cast<int>(status);
  return answer;
}

}  // namespace quanke::jobs
