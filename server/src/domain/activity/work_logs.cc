// WorkLogService: the form's draft with its statistics, submitting (one log per author, kind
// and period), the list, one log with its read receipts, and who has not written today's.
#include "domain/activity/work_logs.h"

#include <tuple>

#include "core/text_list.h"
#include "domain/activity/feed_repository.h"
#include "domain/activity/work_log_repository.h"
#include "domain/customers/customer_repository.h"
#include "domain/org/policy.h"
#include "domain/pool/countdown.h"

namespace quanke::activity {
namespace {
using storage::Connection;

// The period of `kind` containing `date`: the day, the week from Monday, or the month.
std::pair<LocalDate, LocalDate> PeriodOf(const std::string& kind, LocalDate date) {
  if (kind == "weekly") {
    const int weekday = ((date % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday; 0 = Monday
    return {date - weekday, date - weekday + 6};
  }
  if (kind == "monthly") {
    const std::string text = FormatDate(date);
    LocalDate first = 0;
    ParseDate(text.substr(0, 8) + "01", &first);
    LocalDate next = first + 27;
    while (FormatDate(next).substr(0, 7) == text.substr(0, 7)) ++next;
    return {first, next - 1};
  }
  return {date, date};
}

// Linked customers must be live ones the author may see: the ids as given, or
// customerIds.invalid_value.
Result<std::vector<std::pair<Id, std::string>>> CheckLinkedCustomers(
    Connection& conn, const org::Caller& caller, const std::vector<Id>& customer_ids) {
  std::vector<std::pair<Id, std::string>> out;
  for (Id cid : customer_ids) {
    auto c = customers::CustomerOwnerNow(conn, caller, cid);
    if (!c.ok()) return c.status();
    bool visible = c->live;
    if (visible && c->owner_id) {
      auto v = org::CanSeeOwner(conn, caller, *c->owner_id);
      if (!v.ok()) return v.status();
      visible = *v;
    }
    if (!visible) return Status::Validation({{"customerIds", "invalid_value"}});
    out.emplace_back(cid, "");
  }
  return out;
}

}  // namespace

bool IsWorkLogKind(std::string_view k) { return k == "daily" || k == "weekly" || k == "monthly"; }

Result<WorkStats> WorkLogService::StatsOf(storage::Connection& conn, const org::Caller& caller, const TimeZone& zone,
                                          LocalDate first, LocalDate last) const {
  const Instant from = zone.StartOf(first), to = zone.StartOf(last + 1);
  auto stats = CountWorkStats(conn, caller, from, to);
  if (!stats.ok()) return stats.status();
  if (money_stats_)
    if (Status s = money_stats_(conn, caller, from, to, first, last, *stats); !s.ok()) return s;
  return stats;
}

Result<WorkLog> WorkLogService::Draft(const org::Caller& caller, const std::string& kind,
                                      std::optional<LocalDate> date) {
  if (!IsWorkLogKind(kind)) return Status::Validation({{"kind", "invalid_value"}});
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto zone = pool::TenantZone(**lease, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  WorkLog w;
  w.kind = kind;
  w.author_id = caller.user_id;
  std::tie(w.period_start, w.period_end) =
      PeriodOf(kind, date.value_or(zone->DateOf(clock_.Now())));
  auto stats = StatsOf(**lease, caller, *zone, w.period_start, w.period_end);
  if (!stats.ok()) return stats.status();
  w.stats = *stats;
  auto existing = FindOwnWorkLog(**lease, caller, kind, w.period_start);
  if (!existing.ok()) return existing.status();
  if (*existing) {
    WorkLog e = **existing;
    e.stats = w.stats;
    return e;
  }
  return w;
}

Result<WorkLog> WorkLogService::Submit(const org::Caller& caller, const WorkLogInput& in) {
  std::vector<FieldIssue> issues;
  if (!IsWorkLogKind(in.kind)) issues.push_back({"kind", "invalid_value"});
  if (IsBlank(in.summary))
    issues.push_back({"summary", "required"});
  for (auto [f, v] : {std::pair{"summary", &in.summary}, std::pair{"plan", &in.plan},
                      std::pair{"issues", &in.issues}})
    if (v->size() > 20000) issues.push_back({f, "too_long"});
  if (in.customer_ids.size() > 50) issues.push_back({"customerIds", "too_long"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  const Instant now = clock_.Now();
  Result<WorkLog> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto zone = pool::TenantZone(conn, caller.tenant_id);
    if (!zone.ok()) return zone.status();
    const LocalDate today = zone->DateOf(now);
    const LocalDate date = in.date.value_or(today);
    if (date > today) return Status::Validation({{"date", "invalid_value"}});
    WorkLog w;
    w.kind = in.kind;
    std::tie(w.period_start, w.period_end) = PeriodOf(in.kind, date);
    w.summary = in.summary;
    w.plan = in.plan;
    w.issues = in.issues;
    auto customers = CheckLinkedCustomers(conn, caller, in.customer_ids);
    if (!customers.ok()) return customers.status();
    w.customers = std::move(*customers);
    auto stats = StatsOf(conn, caller, *zone, w.period_start, w.period_end);
    if (!stats.ok()) return stats.status();
    w.stats = *stats;
    auto existing = OwnWorkLogId(conn, caller, in.kind, w.period_start);
    if (!existing.ok()) return existing.status();
    if (!*existing) {
      w.id = Ids().Next();
      auto item = AddFeedItem(conn, caller.tenant_id, "worklog", caller.user_id, std::nullopt,
                              std::nullopt, Utf8Prefix(in.summary, 300), now,
                              {{"kind", in.kind}, {"period", FormatDate(w.period_start)}});
      if (!item.ok()) return item.status();
      w.feed_item_id = *item;
      w.created_at = now;
      if (Status x = InsertWorkLog(conn, caller, w); !x.ok()) return x;
    } else {
      w.id = **existing;
      w.updated_at = now;
      if (Status x = UpdateWorkLog(conn, caller, w); !x.ok()) return x;
    }
    out = GetWorkLog(conn, caller, w.id);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Page<WorkLog>> WorkLogService::List(const org::Caller& caller, const WorkLogFilter& f,
                                           const PageRequest& page) {
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  return ListWorkLogs(**lease, caller, f, page);
}

Result<WorkLog> WorkLogService::Get(const org::Caller& caller, Id id) {
  const Instant now = clock_.Now();
  Result<WorkLog> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto found = GetWorkLog(conn, caller, id);
    if (!found.ok()) return found.status();
    WorkLog w = std::move(*found);
    auto visible = org::CanSeeOwner(conn, caller, w.author_id);
    if (!visible.ok()) return visible.status();
    if (!*visible) return Status::NotFound();
    if (w.author_id != caller.user_id && !w.read_by_me) {
      if (Status r = MarkWorkLogRead(conn, caller, id, now); !r.ok()) return r;
      w.read_by_me = true;
      ++w.read_count;
    }
    auto readers = WorkLogReaders(conn, caller, id);
    if (!readers.ok()) return readers.status();
    w.readers = std::move(*readers);
    out = std::move(w);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<std::pair<Id, std::string>>> WorkLogService::Missing(
    const org::Caller& caller, std::optional<LocalDate> date) {
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  auto zone = pool::TenantZone(**lease, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  return UsersWithoutDailyLog(**lease, caller, date.value_or(zone->DateOf(clock_.Now())));
}

}  // namespace quanke::activity
