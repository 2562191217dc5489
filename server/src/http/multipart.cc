#include "http/multipart.h"

#include <cctype>

namespace quanke::http {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The value of `key=` in a header value like `form-data; name="file"; filename="a.png"`.
std::string Param(std::string_view header, std::string_view key) {
  const std::string lower = Lower(header);
  size_t pos = 0;
  while ((pos = lower.find(std::string(key) + "=", pos)) != std::string::npos) {
    if (pos > 0 && lower[pos - 1] != ';' && lower[pos - 1] != ' ') {
      ++pos;
      continue;
    }
    size_t start = pos + key.size() + 1;
    if (start < header.size() && header[start] == '"') {
      const size_t end = header.find('"', start + 1);
      if (end == std::string_view::npos) return {};
      return std::string(header.substr(start + 1, end - start - 1));
    }
    size_t end = header.find(';', start);
    if (end == std::string_view::npos) end = header.size();
    return std::string(header.substr(start, end - start));
  }
  return {};
}

}  // namespace

std::optional<FormPart> FindFormPart(std::string_view content_type, std::string_view body, std::string_view field) {
  if (Lower(content_type).rfind("multipart/form-data", 0) != 0) return std::nullopt;
  const std::string boundary = Param(content_type, "boundary");
  if (boundary.empty() || boundary.size() > 200) return std::nullopt;
  const std::string delimiter = "--" + boundary;
  size_t pos = body.find(delimiter);
  while (pos != std::string_view::npos) {
    pos += delimiter.size();
    if (body.substr(pos, 2) == "--") return std::nullopt;  // closing delimiter
    if (body.substr(pos, 2) != "\r\n") return std::nullopt;
    pos += 2;
    const size_t headers_end = body.find("\r\n\r\n", pos);
    if (headers_end == std::string_view::npos) return std::nullopt;
    FormPart part;
    std::string_view headers = body.substr(pos, headers_end - pos);
    size_t line_start = 0;
    while (line_start <= headers.size()) {
      size_t line_end = headers.find("\r\n", line_start);
      if (line_end == std::string_view::npos) line_end = headers.size();
      std::string_view line = headers.substr(line_start, line_end - line_start);
      const size_t colon = line.find(':');
      if (colon != std::string_view::npos) {
        const std::string name = Lower(line.substr(0, colon));
        std::string_view value = line.substr(colon + 1);
        while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
        if (name == "content-disposition") {
          part.name = Param(value, "name");
          part.filename = Param(value, "filename");
        } else if (name == "content-type") {
          part.content_type = std::string(value);
        }
      }
      line_start = line_end + 2;
    }
    const size_t data_start = headers_end + 4;
    const size_t next = body.find("\r\n" + delimiter, data_start);
    if (next == std::string_view::npos) return std::nullopt;
    if (part.name == field) {
      part.data = std::string(body.substr(data_start, next - data_start));
      return part;
    }
    pos = next + 2;
  }
  return std::nullopt;
}

}  // namespace quanke::http
