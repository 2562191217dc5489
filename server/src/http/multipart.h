#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace quanke::http {

// One part of a multipart/form-data body (RFC 7578).
struct FormPart {
  std::string name;       // the form field
  std::string filename;   // "" for plain fields
  std::string content_type;
  std::string data;
};

// The part named `field` of a multipart/form-data `body` whose Content-Type header is
// `content_type`; nullopt when the body is not well-formed multipart or has no such part.
std::optional<FormPart> FindFormPart(std::string_view content_type, std::string_view body, std::string_view field);

}  // namespace quanke::http
