// The refresh of the day x person aggregate (metric_days.h).
#include "domain/reports/metric_days.h"

#include <algorithm>
#include <set>

#include "domain/org/tenant_repository.h"
#include "domain/pool/countdown.h"
#include "domain/reports/metrics.h"
#include "domain/reports/report_repository.h"

namespace quanke::reports {
namespace {
using storage::Connection;

constexpr std::int64_t kMetricDaysLockSalt = 0x6d65747269637300;  // "metrics\0"
constexpr std::int64_t kDayMs = 86400000;
// Days sealed by the previous refresh are recomputed once more, the last 31 at most: on
// PostgreSQL a write to a day being sealed may commit after the seal read the day, without a
// mark (its trigger saw the day still open).
constexpr int kRecheckDays = 31;
constexpr int kMarksPerStep = 10000;
constexpr int kMaxMarkSteps = 20;

// Under the tenant's lock: the tenant's zone and the aggregate's state (`stale` when it was cut
// in another zone).
struct Locked {
  std::optional<TimeZone> zone;
  std::optional<MetricState> state;
  bool stale = false;
};
Result<Locked> LockAndRead(Connection& conn, Id tenant_id) {
  if (Status l = conn.LockKey(kMetricDaysLockSalt ^ tenant_id); !l.ok()) return l;
  Locked out;
  auto zone = pool::TenantZone(conn, tenant_id);
  if (!zone.ok()) return zone.status();
  out.zone = *zone;
  auto state = ReadMetricState(conn, tenant_id);
  if (!state.ok()) return state.status();
  out.stale = state->has_value() && (*state)->zone != zone->name();
  if (!out.stale) out.state = std::move(*state);
  return out;
}

// The day's UTC offset (d * 24 h - its start) when it lasts 24 hours; nullopt on a day the
// zone's clock changes.
std::optional<std::int64_t> Offset(const TimeZone& zone, LocalDate d) {
  const Instant start = zone.StartOf(d);
  if (zone.StartOf(d + 1) - start != kDayMs) return std::nullopt;
  return static_cast<std::int64_t>(d) * kDayMs - start;
}

// Recomputes the days first..last: each run of 24-hour days with one offset in one statement per
// metric, a day the clock changes on its own.
Status WriteDays(Connection& conn, Id tenant_id, const TimeZone& zone, LocalDate first, LocalDate last) {
  for (LocalDate d = first; d <= last;) {
    const auto offset = Offset(zone, d);
    LocalDate e = d;
    if (offset)
      while (e < last && Offset(zone, e + 1) == offset) ++e;
    if (Status s = WriteMetricDays(conn, tenant_id, RangeOf(zone, d, e), offset); !s.ok()) return s;
    d = e + 1;
  }
  return Status::Ok();
}

// Recomputes `days` (sorted) and rolls up each sealed month they touch.
Status RecomputeDays(Connection& conn, Id tenant_id, const TimeZone& zone, const std::set<LocalDate>& days,
                     LocalDate sealed_through) {
  std::set<LocalDate> months;
  for (auto it = days.begin(); it != days.end();) {
    const LocalDate first = *it;
    LocalDate last = first;
    for (++it; it != days.end() && *it == last + 1; ++it) last = *it;
    if (Status s = WriteDays(conn, tenant_id, zone, first, last); !s.ok()) return s;
    for (LocalDate m = MonthOf(first).first; m <= last; m = MonthOf(m).second + 1) months.insert(m);
  }
  for (LocalDate m : months) {
    const auto [first, last] = MonthOf(m);
    if (last > sealed_through) continue;
    if (Status s = RollUpMetricMonth(conn, tenant_id, first, last); !s.ok()) return s;
  }
  return Status::Ok();
}

// The day of a mark (false when its date is malformed).
bool DayOf(const TimeZone& zone, const MetricMark& mark, LocalDate* out) {
  if (mark.at) {
    *out = zone.DateOf(*mark.at);
    return true;
  }
  return mark.on_date && ParseDate(*mark.on_date, out);
}

// Starts the aggregate (nothing held yet, from the month of the earliest source row), or drops
// one cut in another zone; recomputes the marked days and the previous refresh's seals. Sets
// `more` when a full step of marks was read (there may be more).
Status CheckMarkedDays(Connection& conn, Id tenant_id, Instant now, RefreshResult& out, bool& more) {
  more = false;
  auto locked = LockAndRead(conn, tenant_id);
  if (!locked.ok()) return locked.status();
  const auto& zone = locked->zone;
  if (locked->stale)
    if (Status w = WipeMetricAggregate(conn, tenant_id); !w.ok()) return w;
  if (!locked->state) {
    auto earliest = EarliestMetricDay(conn, tenant_id, *zone);
    if (!earliest.ok()) return earliest.status();
    const LocalDate first = MonthOf(std::min(zone->DateOf(now), earliest->value_or(zone->DateOf(now)))).first;
    const MetricState fresh{tenant_id, zone->name(), first, first - 1, first - 1, now};
    return WriteMetricState(conn, fresh, zone->StartOf(first));
  }
  MetricState s = *locked->state;
  auto marks = ReadMetricMarks(conn, tenant_id, kMarksPerStep);
  if (!marks.ok()) return marks.status();
  more = marks->size() == static_cast<size_t>(kMarksPerStep);
  std::set<LocalDate> days;
  std::vector<Id> ids;
  for (const auto& m : *marks) {
    ids.push_back(m.id);
    if (LocalDate d = 0; DayOf(*zone, m, &d) && d <= s.sealed_through) days.insert(d);
  }
  for (LocalDate d = std::max(s.checked_through, s.sealed_through - kRecheckDays) + 1; d <= s.sealed_through; ++d)
    days.insert(d);
  // A row dated before everything held (an import of old records): the aggregate grows back to
  // that row's month.
  if (!days.empty() && *days.begin() < s.first_day) {
    const LocalDate first = MonthOf(*days.begin()).first;
    for (LocalDate d = first; d < s.first_day; ++d) days.insert(d);
    s.first_day = first;
  }
  if (Status r = RecomputeDays(conn, tenant_id, *zone, days, s.sealed_through); !r.ok()) return r;
  if (Status d = DeleteMetricMarks(conn, tenant_id, ids); !d.ok()) return d;
  out.days_recomputed += static_cast<int>(days.size());
  s.checked_through = s.sealed_through;
  s.refreshed_at = now;
  return WriteMetricState(conn, s, zone->StartOf(s.sealed_through + 1));
}

// Seals the next days that ended: the rest of one calendar month at most. Sets `sealed` when it did.
Status SealNextMonth(Connection& conn, Id tenant_id, Instant now, RefreshResult& out, bool& sealed) {
  sealed = false;
  auto locked = LockAndRead(conn, tenant_id);
  if (!locked.ok()) return locked.status();
  if (!locked->state) return Status::Ok();  // the next refresh starts (again)
  const auto& zone = locked->zone;
  MetricState s = *locked->state;
  const LocalDate yesterday = zone->DateOf(now) - 1;
  if (s.sealed_through >= yesterday) {
    out.caught_up = true;
    return Status::Ok();
  }
  const LocalDate first = s.sealed_through + 1;
  const auto month = MonthOf(first);
  const LocalDate last = std::min(month.second, yesterday);
  if (Status w = WriteDays(conn, tenant_id, *zone, first, last); !w.ok()) return w;
  if (last == month.second)
    if (Status r = RollUpMetricMonth(conn, tenant_id, month.first, month.second); !r.ok()) return r;
  out.days_sealed += last - first + 1;
  s.sealed_through = last;
  s.refreshed_at = now;
  sealed = true;
  return WriteMetricState(conn, s, zone->StartOf(last + 1));
}

}  // namespace

Result<RefreshResult> RefreshMetricDays(storage::Database& db, Id tenant_id, Instant now, int max_months) {
  RefreshResult out;
  bool more = true;
  for (int step = 0; more && step < kMaxMarkSteps; ++step)
    if (Status s = storage::InTransaction(
            db, [&](Connection& conn) { return CheckMarkedDays(conn, tenant_id, now, out, more); });
        !s.ok())
      return s;
  for (int months = 0; max_months == 0 || months < max_months; ++months) {
    bool sealed = false;
    if (Status s = storage::InTransaction(
            db, [&](Connection& conn) { return SealNextMonth(conn, tenant_id, now, out, sealed); });
        !s.ok())
      return s;
    if (!sealed) break;
  }
  return out;
}

Result<RefreshResult> RebuildMetricDays(storage::Database& db, Id tenant_id, Instant now) {
  if (Status s = storage::InTransaction(db, [&](Connection& conn) -> Status {
        if (auto l = LockAndRead(conn, tenant_id); !l.ok()) return l.status();
        if (Status v = RebuildVisitPairs(conn, tenant_id); !v.ok()) return v;
        return WipeMetricAggregate(conn, tenant_id);
      });
      !s.ok())
    return s;
  return RefreshMetricDays(db, tenant_id, now, 0);
}

Status RefreshAllMetricDays(storage::Database& db, Instant now, int max_months) {
  std::vector<org::Tenant> tenants;
  {
    auto lease = db.Read();
    if (!lease.ok()) return lease.status();
    auto all = org::ListTenants(**lease);
    if (!all.ok()) return all.status();
    tenants = std::move(*all);
  }
  Status first_failure = Status::Ok();
  for (const auto& t : tenants)
    if (auto r = RefreshMetricDays(db, t.id, now, max_months); !r.ok() && first_failure.ok())
      first_failure = Status::Error(r.status().code(), t.code + ": " + r.status().message());
  return first_failure;
}

}  // namespace quanke::reports
