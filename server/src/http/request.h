#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quanke::http {

// Our own request and response types: only server.cc sees Beast; handlers see these.
struct Request {
  std::string method;  // "GET", "POST", …
  std::string path;    // decoded path without the query string
  std::vector<std::pair<std::string, std::string>> query;    // decoded, in order
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;
  std::string remote_ip;
  std::string request_id;
  std::vector<std::string> path_params;  // filled by the router: the {…} segments in order
  std::string route;  // filled by the router: the matched pattern ("/api/v1/users/{id}"), "" when none

  std::string_view Header(std::string_view lower_name) const {
    for (const auto& [k, v] : headers)
      if (k == lower_name) return v;
    return {};
  }
  std::optional<std::string> Query(std::string_view name) const {
    for (const auto& [k, v] : query)
      if (k == name) return v;
    return std::nullopt;
  }
  // The value of cookie `name`, or "".
  std::string Cookie(std::string_view name) const;
};

// A response that stays open and sends Server-Sent Events (the connection code in server.cc
// drives it). Implementations must be safe to wake from any thread.
class EventStream {
 public:
  virtual ~EventStream() = default;
  // Starts the stream; `wake` may be called from any thread whenever Poll may have news.
  virtual void Start(std::function<void()> wake) = 0;
  // On the connection's thread: the next bytes to send, "" when nothing is new.
  virtual std::string Poll() = 0;
  // The connection is gone: release what Start took. Called once, on the connection's thread.
  virtual void Stop() = 0;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::shared_ptr<EventStream> stream;  // set for text/event-stream responses

  void SetHeader(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
  }
};

// Percent-decoding of a path or query component ('+' is a space only in queries).
std::string UrlDecode(std::string_view in, bool plus_is_space);
// Splits "a=1&b=2" into decoded pairs.
std::vector<std::pair<std::string, std::string>> ParseQuery(std::string_view query);

}  // namespace quanke::http
