#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace quanke::fields {

// How many characters (not bytes) UTF-8 `text` holds: the unit of the fields' length limits.
inline std::size_t CharacterCount(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace quanke::fields
