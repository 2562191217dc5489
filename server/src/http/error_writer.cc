#include "http/error_writer.h"

#include <boost/json.hpp>

#include "core/error_codes.h"

namespace quanke::http {

int HttpStatusFor(std::string_view code) { return errors::HttpStatusOf(code); }

std::string LanguageOf(const Request& req) {
  const std::string_view lang = req.Header("accept-language");
  // The first listed language decides; we speak zh-CN and en.
  if (lang.substr(0, 2) == "en") return "en";
  return "zh-CN";
}

boost::json::object ErrorObject(const Status& status, std::string_view language) {
  std::string message = status.message();
  if (const errors::Code* c = errors::Find(status.code()); c && !c->zh.empty())
    message = std::string(language == "en" ? c->en : c->zh);
  if (message.empty()) message = status.code();
  boost::json::object details;
  for (const auto& [key, value] : status.details()) {
    if (auto p = std::get_if<std::int64_t>(&value)) details[key] = *p;
    else details[key] = std::get<std::string>(value);
  }
  if (!status.fields().empty()) {
    boost::json::array fields;
    for (const auto& f : status.fields())
      fields.push_back(boost::json::object{{"field", f.field}, {"issue", f.issue}});
    details["fields"] = std::move(fields);
  }
  boost::json::object error{{"code", status.code()}, {"message", message}};
  if (!details.empty()) error["details"] = std::move(details);
  return error;
}

Response ErrorResponse(const Status& status, std::string_view language,
                       std::string_view request_id) {
  boost::json::object body{{"error", ErrorObject(status, language)}, {"requestId", request_id}};
  Response r;
  r.status = HttpStatusFor(status.code());
  r.body = boost::json::serialize(body);
  if (status.code() == "rate_limited") {
    auto retry = status.Detail("retryAfterSeconds");
    const std::int64_t* seconds = retry ? std::get_if<std::int64_t>(&*retry) : nullptr;
    r.SetHeader("Retry-After", std::to_string(seconds ? *seconds : 60));
  }
  return r;
}

}  // namespace quanke::http
