#pragma once

#include <string_view>

namespace quanke::http {

// The OpenAPI 3 document (server/src/http/openapi.json, embedded at build time).
std::string_view OpenApiDocument();

}  // namespace quanke::http
