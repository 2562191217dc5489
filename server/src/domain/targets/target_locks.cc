// Period locks and the change log (docs/api-targets.md, "Locks").
#include "domain/org/policy.h"
#include "domain/targets/target_internal.h"
#include "domain/targets/target_repository.h"
#include "domain/targets/target_service.h"

namespace quanke::targets {
using storage::Connection;

namespace {


// Locks or unlocks `period`; when that changed anything, records it as a change of field "lock".
Status SetLock(storage::Database& db, const Clock& clock, const org::Caller& caller, const std::string& period,
               bool lock) {
  if (Status s = org::Require(caller, "target.configure"); !s.ok()) return s;
  auto parsed = ReadPeriod(period, "period");
  if (!parsed.ok()) return parsed.status();
  return storage::InTransaction(db, [&](Connection& conn) -> Status {
    if (Status l = LockTenantTargets(conn, caller.tenant_id); !l.ok()) return l;
    const Instant now = clock.Now();
    auto changed = lock ? InsertLock(conn, caller.tenant_id, period, now, caller.user_id)
                        : DeleteLock(conn, caller.tenant_id, period);
    if (!changed.ok()) return changed.status();
    if (!*changed) return Status::Ok();
    TargetChange c;
    c.id = Ids().Next();
    c.at = now;
    c.by = caller.user_id;
    c.period = period;
    c.field = "lock";
    c.before = lock ? 0 : 1;
    c.after = lock ? 1 : 0;
    return InsertChange(conn, caller.tenant_id, c);
  });
}

}  // namespace

Result<std::vector<TargetLock>> TargetService::Locks(const org::Caller& caller, int year) {
  if (Status s = org::Require(caller, "target.view"); !s.ok()) return s;
  if (!ValidYear(year)) return Status::Validation({{"year", "invalid_value"}});
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return LocksOfYear(**lease, caller.tenant_id, year);
}

Status TargetService::Lock(const org::Caller& caller, const std::string& period) {
  return SetLock(db_, clock_, caller, period, true);
}

Status TargetService::Unlock(const org::Caller& caller, const std::string& period) {
  return SetLock(db_, clock_, caller, period, false);
}

Result<Page<TargetChange>> TargetService::Changes(const org::Caller& caller, const ChangeFilter& filter,
                                                  const PageRequest& page) {
  if (Status s = org::Require(caller, "target.view"); !s.ok()) return s;
  if (!filter.metric.empty())
    if (auto m = TargetableMetric(filter.metric); !m.ok()) return m.status();
  if (!filter.period.empty())
    if (auto p = ReadPeriod(filter.period, "period"); !p.ok()) return p.status();
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  std::optional<VisibleAssignees> visible;
  if (caller.scope != org::DataScope::kAll) {
    auto scope = LoadScope(**lease, caller);
    if (!scope.ok()) return scope.status();
    visible.emplace();
    for (const auto& a : scope->assignees) {
      if (a.assignee.type == AssigneeType::kDepartment) visible->departments.push_back(a.assignee.id);
      if (a.assignee.type == AssigneeType::kUser) visible->users.push_back(a.assignee.id);
    }
  }
  PageRequest newest_first = page;
  newest_first.descending = true;
  return ListChanges(**lease, caller, filter, visible, newest_first);
}

}  // namespace quanke::targets
