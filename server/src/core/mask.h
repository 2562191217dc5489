#pragma once

#include <string>

namespace quanke {

// Masks the middle of a phone number or similar identifier: "13812345678" → "138****5678".
// Shorter values keep their first and last character. Works on UTF-8 code points.
std::string MaskMiddle(const std::string& value);

}  // namespace quanke
