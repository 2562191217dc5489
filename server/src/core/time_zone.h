#pragma once

#include <string>

#include "core/clock.h"
#include "core/status.h"

namespace quanke {

// A calendar date as days since 1970-01-01 (so date arithmetic is integer arithmetic).
using LocalDate = int;

// Business days are counted in the tenant's IANA time zone ("Asia/Shanghai"), read from the
// system's tz database (Debian's tzdata) through Howard Hinnant's date library.
class TimeZone {
 public:
  // not_found-style `validation.failed` for unknown zone names.
  static Result<TimeZone> Find(const std::string& name);

  LocalDate DateOf(Instant t) const;
  int HourOf(Instant t) const;  // 0–23, local
  int MinuteOfDay(Instant t) const;  // 0–1439, local wall clock
  // The instant the local day `date` begins, plus `hour` hours.
  Instant StartOf(LocalDate date, int hour = 0) const;
  const std::string& name() const { return name_; }

 private:
  explicit TimeZone(const void* zone, std::string name) : zone_(zone), name_(std::move(name)) {}
  const void* zone_;  // const date::time_zone*, owned by the library's database
  std::string name_;
};

// "2026-11-26" for a LocalDate; and back (false when malformed).
std::string FormatDate(LocalDate date);
bool ParseDate(const std::string& text, LocalDate* out);

}  // namespace quanke
