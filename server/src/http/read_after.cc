#include "http/read_after.h"

#include <spdlog/spdlog.h>

#include <charconv>
#include <string>
#include <string_view>

#include "storage/replicated_database.h"

namespace quanke::http {
namespace {

constexpr const char* kHeader = "X-Quanke-Read-After";
constexpr std::string_view kHeaderLower = "x-quanke-read-after";
constexpr const char* kCookie = "quanke_read_after";
// Longer than any lag the replica is allowed (--db-replica-max-lag-ms): after that, a replica
// in use has the write whatever the client still sends.
constexpr int kCookieMaxAgeSeconds = 3600;

std::int64_t ParsePosition(std::string_view text) {
  std::int64_t out = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc() || end != text.data() + text.size() || out < 0) return 0;
  return out;
}

}  // namespace

std::int64_t ReadAfterOf(const Request& req) {
  const std::string_view header = req.Header(kHeaderLower);
  if (!header.empty()) return ParsePosition(header);
  return ParsePosition(req.Cookie(kCookie));
}

void StampReadAfter(storage::ReplicatedDatabase& db, Response& response) {
  auto position = db.WritePosition();
  if (!position.ok()) {
    spdlog::warn("the primary's WAL position could not be read: {}", position.status().message());
    return;
  }
  const std::string value = std::to_string(*position);
  response.SetHeader(kHeader, value);
  response.SetHeader("Set-Cookie", std::string(kCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" +
                                       std::to_string(kCookieMaxAgeSeconds));
}

}  // namespace quanke::http
