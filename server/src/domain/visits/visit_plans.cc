// Visit plans (拜访计划): listing, planning, changing and deleting them, and their reminders.
#include <cstdio>

#include "domain/customers/customer_repository.h"
#include "domain/customers/customer_service.h"
#include "domain/notify/notifications.h"
#include "domain/org/policy.h"
#include "domain/pool/countdown.h"
#include "domain/visits/visit_repository.h"
#include "domain/visits/visit_service.h"

namespace quanke::visits {
namespace {
using storage::Connection;

constexpr std::int64_t kMinuteMs = 60 * 1000;
constexpr int kMaxRemindMinutes = 7 * 24 * 60;

// The plan as the caller sees it today: a plan whose day has passed without a check-in at its
// customer is missed.
VisitPlan AsOf(VisitPlan p, LocalDate today, const TimeZone& zone) {
  if (p.status == "planned" && zone.DateOf(p.planned_at) < today) p.status = "missed";
  return p;
}

bool BadRemindMinutes(const PlanInput& in) {
  return in.remind_minutes && *in.remind_minutes &&
         (**in.remind_minutes < 0 || **in.remind_minutes > kMaxRemindMinutes);
}

// Only whoever planned the visit changes it; others who may see it are refused with `refusal`,
// the rest do not learn it exists.
Status RequirePlanner(Connection& conn, const org::Caller& caller, const VisitPlan& p,
                      const char* refusal) {
  if (p.user_id == caller.user_id) return Status::Ok();
  auto v = org::CanSeeOwner(conn, caller, p.user_id);
  if (!v.ok()) return v.status();
  if (!*v) return Status::NotFound();
  return Status::Error("permission.denied", refusal);
}

// The reminder's parameters: the planned time ("09:30", in the tenant's zone) and the customer.
notify::NotificationParams ReminderParams(const TimeZone& zone, const DueReminder& due) {
  const Instant planned = due.planned_at;
  const std::int64_t minutes = (planned - zone.StartOf(zone.DateOf(planned))) / kMinuteMs;
  char hhmm[8];
  std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", static_cast<int>(minutes / 60),
                static_cast<int>(minutes % 60));
  return {{"time", hhmm}, {"customer", due.customer_name}};
}

}  // namespace

Result<std::vector<VisitPlan>> VisitService::Plans(const org::Caller& caller,
                                                   std::optional<Id> user_id,
                                                   std::optional<Instant> from,
                                                   std::optional<Instant> to,
                                                   const std::string& status) {
  if (!status.empty() && status != "planned" && status != "done" && status != "missed")
    return Status::Validation({{"status", "invalid_value"}});
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  auto zone = pool::TenantZone(**lease, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  auto plans = ListPlans(**lease, caller, PlanFilter{user_id, from, to});
  if (!plans.ok()) return plans.status();
  const LocalDate today = zone->DateOf(clock_.Now());
  std::vector<VisitPlan> out;
  for (auto& stored : *plans) {
    VisitPlan p = AsOf(std::move(stored), today, *zone);
    if (status.empty() || p.status == status) out.push_back(std::move(p));
  }
  return out;
}

Result<VisitPlan> VisitService::CreatePlan(const org::Caller& caller, const PlanInput& in) {
  if (Status s = org::Require(caller, "visit.create"); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  if (!in.customer_id) issues.push_back({"customerId", "required"});
  if (!in.planned_at) issues.push_back({"plannedAt", "required"});
  if (BadRemindMinutes(in)) issues.push_back({"remindMinutesBefore", "invalid_value"});
  if (in.notes && in.notes->size() > 2000) issues.push_back({"notes", "too_long"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  const Instant now = clock_.Now();
  Result<VisitPlan> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto c = customers::GetCustomer(conn, caller.tenant_id, *in.customer_id);
    if (!c.ok()) return c.status();
    auto a = customers::AccessTo(conn, caller, *c);
    if (!a.ok()) return a.status();
    if (!a->visible) return Status::NotFound();
    VisitPlan p;
    p.id = Ids().Next();
    p.user_id = caller.user_id;
    p.customer_id = *in.customer_id;
    p.planned_at = *in.planned_at;
    p.remind_minutes = in.remind_minutes ? *in.remind_minutes : std::nullopt;
    p.notes = in.notes.value_or("");
    p.created_at = now;
    if (Status w = InsertPlan(conn, caller, p); !w.ok()) return w;
    auto zone = pool::TenantZone(conn, caller.tenant_id);
    if (!zone.ok()) return zone.status();
    // Planned for a day on which the visit has already happened: it is done.
    const LocalDate day = zone->DateOf(p.planned_at);
    auto visited = FirstCheckInBetween(conn, caller, caller.user_id, p.customer_id,
                                       zone->StartOf(day), zone->StartOf(day + 1));
    if (!visited.ok()) return visited.status();
    if (*visited)
      if (Status w = MarkPlanDone(conn, caller, p.id, **visited); !w.ok()) return w;
    auto stored = GetPlan(conn, caller, p.id);
    if (!stored.ok()) return stored.status();
    out = AsOf(std::move(*stored), zone->DateOf(now), *zone);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<VisitPlan> VisitService::UpdatePlan(const org::Caller& caller, Id id, const PlanInput& in) {
  const Instant now = clock_.Now();
  Result<VisitPlan> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto p = GetPlan(conn, caller, id);
    if (!p.ok()) return p.status();
    auto zone = pool::TenantZone(conn, caller.tenant_id);
    if (!zone.ok()) return zone.status();
    if (Status w = RequirePlanner(conn, caller, *p,
                                  "Only the person who planned the visit can change it.");
        !w.ok())
      return w;
    if (in.customer_id) return Status::Validation({{"customerId", "invalid_value"}});
    if (in.notes && in.notes->size() > 2000) return Status::Validation({{"notes", "too_long"}});
    if (BadRemindMinutes(in)) return Status::Validation({{"remindMinutesBefore", "invalid_value"}});
    VisitPlan changed = *p;
    changed.planned_at = in.planned_at.value_or(p->planned_at);
    if (in.remind_minutes) changed.remind_minutes = *in.remind_minutes;
    changed.notes = in.notes.value_or(p->notes);
    // A new time or reminder is reminded anew.
    if (Status w = visits::UpdatePlan(conn, caller, changed, in.planned_at || in.remind_minutes);
        !w.ok())
      return w;
    auto again = GetPlan(conn, caller, id);
    if (!again.ok()) return again.status();
    out = AsOf(std::move(*again), zone->DateOf(now), *zone);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Status VisitService::DeletePlan(const org::Caller& caller, Id id) {
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto p = GetPlan(conn, caller, id);
    if (!p.ok()) return p.status();
    if (Status w = RequirePlanner(conn, caller, *p,
                                  "Only the person who planned the visit can delete it.");
        !w.ok())
      return w;
    return visits::DeletePlan(conn, caller, id);
  });
}

Result<int> VisitService::RemindDuePlans() {
  const Instant now = clock_.Now();
  int sent = 0;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto due = DueReminders(conn, now);
    if (!due.ok()) return due.status();
    for (const DueReminder& d : *due) {
      // Mark first: of several nodes' jobs seeing the same due plan, one reminds.
      auto marked = MarkReminded(conn, d.tenant_id, d.plan_id);
      if (!marked.ok()) return marked.status();
      if (!*marked) continue;
      auto zone = pool::TenantZone(conn, d.tenant_id);
      if (!zone.ok()) return zone.status();
      notify::Notification n;
      n.user_id = d.user_id;
      n.type = "visit.plan_due";
      n.params = ReminderParams(*zone, d);
      n.object_type = "customer";
      n.object_id = d.customer_id;
      n.created_at = now;
      if (Status w = notify::Send(conn, d.tenant_id, n); !w.ok()) return w;
      ++sent;
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return sent;
}

}  // namespace quanke::visits
