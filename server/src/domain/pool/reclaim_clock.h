#pragma once

#include <optional>
#include <string>

#include "core/time_zone.h"
#include "domain/pool/pool_rules.h"

namespace quanke::pool {

// What the reclaim engine needs to know about an owned customer.
struct ClockInput {
  std::string level;   // "A"…"D"
  bool deal = false;   // status "deal": exempt
  bool locked = false; // exempt while locked
  Instant received_at = 0;  // when the current owner received it (or it was unlocked)
  std::optional<Instant> last_follow_up_at;
};

// The deadline that governs a customer: the earliest of its enabled rules.
struct Deadline {
  const char* rule = "";   // "no_follow_up", "no_deal", "protection"
  int days = 0;            // the rule's limit for this customer
  LocalDate started_on = 0;
  LocalDate reclaim_on = 0;  // the first local date whose sweep reclaims it
};

// nullopt when no rule applies (exempt, or every rule off). Days are calendar days in `tz`: a
// clock started on date S with a limit of N days is due on S + N + 1 ("more than N whole days").
std::optional<Deadline> NextDeadline(const PoolRules& rules, const ClockInput& in, const TimeZone& tz);

// The shortest limit in days any enabled rule gives any level: a record whose clock started
// fewer days before a sweep cannot be due at it (the sweeps' SQL prefilter). nullopt when every
// rule is off.
std::optional<int> ShortestLimit(const PoolRules& rules);

// Due at a sweep on local date `today`.
inline bool IsDue(const Deadline& d, LocalDate today) { return today >= d.reclaim_on; }

}  // namespace quanke::pool
