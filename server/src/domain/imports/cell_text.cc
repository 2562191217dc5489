// Cells of an import's rows: trimmed text, numbers with thousands separators and a currency sign.
#include "domain/imports/cell_text.h"

#include <cmath>
#include <cstdlib>

namespace quanke::imports {

std::string Trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::optional<std::string> Cell(const Row& row, const std::string& key) {
  auto it = row.find(key);
  if (it == row.end()) return std::nullopt;
  std::string v = Trim(it->second);
  if (v.empty()) return std::nullopt;
  return v;
}

std::optional<double> ParseNumber(const std::string& v) {
  std::string digits;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] == ',' || v[i] == ' ') continue;
    if (v.compare(i, 2, "\xC2\xA5") == 0 || v.compare(i, 3, "\xEF\xBF\xA5") == 0) {  // ¥ ￥
      i += v.compare(i, 2, "\xC2\xA5") == 0 ? 1 : 2;
      continue;
    }
    digits += v[i];
  }
  if (digits.empty()) return std::nullopt;
  char* end = nullptr;
  const double x = std::strtod(digits.c_str(), &end);
  if (*end != '\0' || !std::isfinite(x)) return std::nullopt;
  return x;
}

std::optional<std::int64_t> YuanToFen(const std::string& v) {
  // Above this a double no longer holds every fen exactly (and no price is that large).
  constexpr double kMaxYuan = 1e13;
  auto x = ParseNumber(v);
  if (!x || std::fabs(*x) > kMaxYuan) return std::nullopt;
  return static_cast<std::int64_t>(std::llround(*x * 100));
}

std::optional<std::int64_t> ParseCount(const std::string& v) {
  constexpr double kMaxCount = 1e15;
  auto x = ParseNumber(v);
  if (!x || std::fabs(*x) > kMaxCount || std::floor(*x) != *x) return std::nullopt;
  return static_cast<std::int64_t>(*x);
}

}  // namespace quanke::imports
