#pragma once

#include <string_view>

namespace quanke::http {

// A header element without the spaces and tabs around it (HTTP's "optional whitespace").
inline std::string_view TrimOws(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace quanke::http
