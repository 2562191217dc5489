#include "core/time_zone.h"

#include <date/tz.h>

#include <chrono>
#include <cstdio>

namespace quanke {
namespace {

using Millis = std::chrono::milliseconds;
using SysMs = std::chrono::time_point<std::chrono::system_clock, Millis>;

const date::time_zone* Zone(const void* p) { return static_cast<const date::time_zone*>(p); }

}  // namespace

Result<TimeZone> TimeZone::Find(const std::string& name) {
  try {
    return TimeZone(date::locate_zone(name), name);
  } catch (const std::exception&) {
    return Status::Validation({{"timeZone", "invalid_value"}});
  }
}

LocalDate TimeZone::DateOf(Instant t) const {
  const auto local = Zone(zone_)->to_local(SysMs(Millis(t)));
  return date::floor<date::days>(local).time_since_epoch().count();
}

int TimeZone::HourOf(Instant t) const {
  const auto local = Zone(zone_)->to_local(SysMs(Millis(t)));
  const auto since_midnight = local - date::floor<date::days>(local);
  return static_cast<int>(std::chrono::duration_cast<std::chrono::hours>(since_midnight).count());
}

int TimeZone::MinuteOfDay(Instant t) const {
  const auto local = Zone(zone_)->to_local(SysMs(Millis(t)));
  const auto since_midnight = local - date::floor<date::days>(local);
  return static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(since_midnight).count());
}

Instant TimeZone::StartOf(LocalDate d, int hour) const {
  const date::local_time<std::chrono::hours> local{std::chrono::hours(24LL * d + hour)};
  // A local time that does not exist (DST gap) or exists twice takes the earlier instant.
  const auto sys = Zone(zone_)->to_sys(local, date::choose::earliest);
  return std::chrono::duration_cast<Millis>(sys.time_since_epoch()).count();
}

std::string FormatDate(LocalDate d) { return FormatDays(d); }

bool ParseDate(const std::string& text, LocalDate* out) {
  int y = 0;
  unsigned m = 0, d = 0;
  char tail = 0;
  if (std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3) return false;
  const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
  if (!ymd.ok()) return false;
  *out = date::sys_days{ymd}.time_since_epoch().count();
  return true;
}

}  // namespace quanke
