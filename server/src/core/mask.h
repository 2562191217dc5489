#pragma once

#include <optional>
#include <string>

namespace quanke {

// Masks the middle of a phone number or similar identifier: "13812345678" → "138****5678".
// Shorter values keep their first and last character. Works on UTF-8 code points.
std::string MaskMiddle(const std::string& value);

// An edit's value that is `current` as masking shows it (a form filled from a masked record and
// sent back unchanged) changes nothing: `edit` is reset (left unchanged), so a masked number
// never overwrites the real one.
void KeepUnmasked(std::optional<std::string>& edit, const std::string& current);
void KeepUnmasked(std::optional<std::optional<std::string>>& edit, const std::optional<std::string>& current);

}  // namespace quanke
