#include "core/page.h"

#include <charconv>

namespace quanke {
namespace {
constexpr char kHex[] = "0123456789abcdef";
}

std::string EncodeCursor(const std::string& sort_value, std::int64_t id) {
  std::string out;
  out.reserve(sort_value.size() * 2 + 21);
  for (unsigned char c : sort_value) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  out.push_back('.');
  out += std::to_string(id);
  return out;
}

bool DecodeCursor(const std::string& cursor, std::string* sort_value, std::int64_t* id) {
  const size_t dot = cursor.rfind('.');
  if (dot == std::string::npos || dot % 2 != 0) return false;
  std::string value;
  for (size_t i = 0; i < dot; i += 2) {
    auto nibble = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      return -1;
    };
    const int hi = nibble(cursor[i]), lo = nibble(cursor[i + 1]);
    if (hi < 0 || lo < 0) return false;
    value.push_back(static_cast<char>(hi * 16 + lo));
  }
  const char* begin = cursor.data() + dot + 1;
  const char* end = cursor.data() + cursor.size();
  auto [ptr, ec] = std::from_chars(begin, end, *id);
  if (ec != std::errc() || ptr != end || begin == end) return false;
  *sort_value = std::move(value);
  return true;
}

}  // namespace quanke
