#include "core/mask.h"

#include <vector>

namespace quanke {

std::string MaskMiddle(const std::string& value) {
  // Split into code points so a Chinese name or email is never cut inside a character.
  std::vector<std::string> cps;
  for (size_t i = 0; i < value.size();) {
    size_t len = 1;
    const auto c = static_cast<unsigned char>(value[i]);
    if (c >= 0xf0) len = 4;
    else if (c >= 0xe0) len = 3;
    else if (c >= 0xc0) len = 2;
    cps.push_back(value.substr(i, len));
    i += len;
  }
  const size_t n = cps.size();
  if (n == 0) return value;
  size_t keep_head = 3, keep_tail = 4;
  if (n < 8) {
    keep_head = n > 2 ? 1 : 0;
    keep_tail = n > 2 ? 1 : 0;
  }
  std::string out;
  for (size_t i = 0; i < n; ++i) out += (i < keep_head || i >= n - keep_tail) ? cps[i] : "*";
  if (keep_head == 0) out = std::string(n, '*');
  return out;
}

void KeepUnmasked(std::optional<std::string>& edit, const std::string& current) {
  if (edit && !current.empty() && *edit != current && *edit == MaskMiddle(current)) edit.reset();
}

void KeepUnmasked(std::optional<std::optional<std::string>>& edit, const std::optional<std::string>& current) {
  if (edit && *edit && current && **edit != *current && **edit == MaskMiddle(*current)) edit.reset();
}

}  // namespace quanke
