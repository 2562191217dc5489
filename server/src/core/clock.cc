#include "core/clock.h"

#include <cstdint>
#include <cstdio>
#include <ctime>

namespace quanke {

namespace {

// Writes n (0 <= n < 10^width) as exactly `width` digits.
char* PutDigits(char* p, int n, int width) {
  for (int i = width - 1; i >= 0; --i) {
    p[i] = static_cast<char>('0' + n % 10);
    n /= 10;
  }
  return p + width;
}

void CivilFromDays(std::int64_t days, int* year, int* month, int* day) {
  // Howard Hinnant's days-to-civil algorithm for the proleptic Gregorian calendar.
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  *year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2));
  *month = static_cast<int>(m);
  *day = static_cast<int>(d);
}

// "yyyy-mm-dd" at p; returns the end.
char* PutDate(char* p, std::int64_t days) {
  int year = 0, month = 0, day = 0;
  CivilFromDays(days, &year, &month, &day);
  if (year < 0 || year > 9999) {
    p += std::snprintf(p, 16, "%04d", year);
  } else {
    p = PutDigits(p, year, 4);
  }
  *p++ = '-';
  p = PutDigits(p, month, 2);
  *p++ = '-';
  return PutDigits(p, day, 2);
}

}  // namespace

std::string FormatDays(std::int64_t days) {
  char buf[24];
  return std::string(buf, PutDate(buf, days));
}

// Formatting instants is on the path of every list answer (seven per customer), so it
// writes the digits itself rather than going through gmtime_r and snprintf.
std::string FormatInstant(Instant t) {
  std::int64_t days = t / 86400000;
  std::int64_t in_day = t % 86400000;
  if (in_day < 0) {
    in_day += 86400000;
    days -= 1;
  }
  const int ms = static_cast<int>(in_day % 1000);
  const int secs = static_cast<int>(in_day / 1000);
  char buf[40];
  char* p = PutDate(buf, days);
  *p++ = 'T';
  p = PutDigits(p, secs / 3600, 2);
  *p++ = ':';
  p = PutDigits(p, secs / 60 % 60, 2);
  *p++ = ':';
  p = PutDigits(p, secs % 60, 2);
  if (ms != 0) {
    *p++ = '.';
    p = PutDigits(p, ms, 3);
  }
  *p++ = 'Z';
  return std::string(buf, p);
}

bool ParseInstant(const std::string& text, Instant* out) {
  int y, mo, d, h, mi;
  double s = 0;
  int consumed = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%lf%n", &y, &mo, &d, &h, &mi, &s,
                  &consumed) < 6)
    return false;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s < 0 || s >= 61) return false;
  std::string rest = text.substr(static_cast<size_t>(consumed));
  int offset_minutes = 0;
  if (rest == "Z" || rest == "z") {
    offset_minutes = 0;
  } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':') {
    auto digit = [&](size_t i) { return rest[i] >= '0' && rest[i] <= '9'; };
    if (!digit(1) || !digit(2) || !digit(4) || !digit(5)) return false;
    const int oh = (rest[1] - '0') * 10 + (rest[2] - '0');
    const int om = (rest[4] - '0') * 10 + (rest[5] - '0');
    // Real offsets run from -12:00 to +14:00.
    if (om > 59 || oh * 60 + om > 14 * 60) return false;
    offset_minutes = (oh * 60 + om) * (rest[0] == '-' ? -1 : 1);
  } else {
    return false;
  }
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = 0;
  std::time_t base = timegm(&tm);
  *out = static_cast<Instant>(base) * 1000 + static_cast<Instant>(s * 1000 + 0.5) -
         static_cast<Instant>(offset_minutes) * 60000;
  return true;
}

}  // namespace quanke
