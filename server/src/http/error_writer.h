#pragma once

#include <boost/json/object.hpp>

#include <string>
#include <string_view>

#include "core/status.h"
#include "http/request.h"

namespace quanke::http {

// The HTTP status of an error code, from the registry in core/error_codes.cc (500 for
// internal and unregistered codes).
int HttpStatusFor(std::string_view code);

// "en" when Accept-Language prefers English, else "zh-CN" (the default).
std::string LanguageOf(const Request& req);

// The error object {"code","message","details"} of a Status, message in `language` (also used
// for the per-row errors of bulk requests).
boost::json::object ErrorObject(const Status& status, std::string_view language);

// The one writer of error responses: the JSON envelope
// {"error":{"code","message","details"},"requestId"} with the message in `language`.
// Adds Retry-After for rate_limited. With QUANKE_ERROR_CODE_LOG=<file> set, also appends the line
// "METHOD route status code" to that file (route: `req.route`, or the raw path when no route
// matched); the API tests check every line against openapi.json's x-error-codes.
Response ErrorResponse(const Status& status, const Request& req, std::string_view language);

}  // namespace quanke::http
