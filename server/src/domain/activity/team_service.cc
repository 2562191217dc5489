// The customer team (协作团队): the list with the owner first, adding and removing members.
#include "domain/activity/activity_internal.h"
#include "domain/activity/activity_service.h"
#include "domain/customers/customer_repository.h"
#include "domain/customers/customer_service.h"
#include "domain/org/user_repository.h"

namespace quanke::activity {
using namespace internal;
using storage::Connection;

Result<std::vector<TeamMember>> ActivityService::Team(const org::Caller& caller, Id customer_id) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto c = CustomerFor(**lease, caller, customer_id, false);
  if (!c.ok()) return c.status();
  std::vector<TeamMember> out;
  if (c->owner_id) out.push_back({*c->owner_id, c->owner_name, c->owner_department, "write", true});
  auto team = customers::ListTeamWithNames(**lease, caller, customer_id);
  if (!team.ok()) return team.status();
  for (auto& m : *team)
    if (!c->owner_id || m.user_id != *c->owner_id) out.push_back(std::move(m));
  return out;
}

Result<TeamMember> ActivityService::AddTeamMember(const org::Caller& caller, Id customer_id,
                                                  Id user_id, const std::string& access) {
  if (access != "read" && access != "write")
    return Status::Validation({{"access", "invalid_value"}});
  const Instant now = clock_.Now();
  Result<TeamMember> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto c = CustomerFor(conn, caller, customer_id, false);
    if (!c.ok()) return c.status();
    auto a = customers::AccessTo(conn, caller, *c);
    if (!a.ok()) return a.status();
    if (!(a->owner || (a->in_scope && caller.Can("customer.edit"))))
      return Status::Error("permission.denied",
                           "Only the owner or their managers can change the team.");
    if (!c->owner_id) return Status::Error("pool.not_owned", "Pool customers have no team.");
    auto u = org::GetUser(conn, caller.tenant_id, user_id);
    if (!u.ok() || u->status != org::UserStatus::kActive || user_id == *c->owner_id)
      return Status::Validation({{"userId", "invalid_value"}});
    if (Status w =
            customers::AddTeamMember(conn, caller.tenant_id, customer_id, user_id, access, now);
        !w.ok())
      return w;
    if (Status w = NotifyAll(conn, caller.tenant_id, {user_id}, caller.user_id,
                             "customer.team_added", {{"customer", c->name}}, customer_id, now);
        !w.ok())
      return w;
    out = TeamMember{user_id, u->name, u->department_name, access, false};
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Status ActivityService::RemoveTeamMember(const org::Caller& caller, Id customer_id, Id user_id) {
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto c = CustomerFor(conn, caller, customer_id, false);
    if (!c.ok()) return c.status();
    auto a = customers::AccessTo(conn, caller, *c);
    if (!a.ok()) return a.status();
    if (!(a->owner || (a->in_scope && caller.Can("customer.edit")) || user_id == caller.user_id))
      return Status::Error("permission.denied",
                           "Only the owner or their managers can change the team.");
    auto removed = customers::DeleteTeamMember(conn, caller, customer_id, user_id);
    if (!removed.ok()) return removed.status();
    if (!*removed) return Status::NotFound();
    return Status::Ok();
  });
}

}  // namespace quanke::activity
