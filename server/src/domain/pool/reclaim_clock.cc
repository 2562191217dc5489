#include "domain/pool/reclaim_clock.h"

#include <algorithm>

namespace quanke::pool {

std::optional<Deadline> NextDeadline(const PoolRules& rules, const ClockInput& in, const TimeZone& tz) {
  if (in.deal || in.locked) return std::nullopt;
  std::optional<Deadline> best;
  auto consider = [&](const Deadline& d) {
    if (!best || d.reclaim_on < best->reclaim_on) best = d;
  };
  if (rules.no_follow_up.enabled) {
    Instant start = std::max(in.received_at, rules.no_follow_up.enabled_since);
    if (in.last_follow_up_at) start = std::max(start, *in.last_follow_up_at);
    const int n = rules.no_follow_up.DaysFor(in.level);
    const LocalDate s = tz.DateOf(start);
    consider({"no_follow_up", n, s, s + n + 1});
  }
  if (rules.no_deal.enabled) {
    const Instant start = std::max(in.received_at, rules.no_deal.enabled_since);
    const int m = rules.no_deal.DaysFor(in.level);
    const LocalDate s = tz.DateOf(start);
    consider({"no_deal", m, s, s + m + 1});
  }
  if (rules.protection.enabled) {
    const ProtectionRule& p = rules.protection;
    const LocalDate received = tz.DateOf(std::max(in.received_at, p.enabled_since));
    LocalDate until = received + p.days;
    if (in.last_follow_up_at && p.extend_days > 0)
      until = std::max(until, tz.DateOf(std::max(*in.last_follow_up_at, p.enabled_since)) + p.extend_days);
    until = std::min(until, received + p.max_days);
    consider({"protection", until - received, received, until + 1});
  }
  return best;
}

std::optional<int> ShortestLimit(const PoolRules& r) {
  int min_days = 1 << 30;
  auto consider = [&](const TimeRule& t) {
    if (!t.enabled) return;
    min_days = std::min(min_days, t.days);
    for (const auto& [l, d] : t.days_by_level) min_days = std::min(min_days, d);
  };
  consider(r.no_follow_up);
  consider(r.no_deal);
  if (r.protection.enabled) min_days = std::min(min_days, std::min(r.protection.days, r.protection.max_days));
  if (min_days == (1 << 30)) return std::nullopt;
  return min_days;
}

}  // namespace quanke::pool
