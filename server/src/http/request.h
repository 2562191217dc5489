#pragma once

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

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  void SetHeader(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
  }
};

// Percent-decoding of a path or query component ('+' is a space only in queries).
std::string UrlDecode(std::string_view in, bool plus_is_space);
// Splits "a=1&b=2" into decoded pairs.
std::vector<std::pair<std::string, std::string>> ParseQuery(std::string_view query);

}  // namespace quanke::http
