// The visit map and visit statistics (拜访地图, 拜访统计), with the customers nobody visits
// (客户被拜访统计: never visited, forgotten).
#include <algorithm>
#include <map>

#include "domain/customers/customer_repository.h"
#include "domain/org/policy.h"
#include "domain/org/scope_repository.h"
#include "domain/org/user_repository.h"
#include "domain/visits/visit_repository.h"
#include "domain/visits/visit_service.h"

namespace quanke::visits {

Result<MapPoints> VisitService::Map(const org::Caller& caller, Instant from, Instant to,
                                    std::optional<Id> user_id) {
  if (Status s = org::Require(caller, "visit.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  auto check_ins = MapCheckIns(**lease, caller, from, to, user_id);
  if (!check_ins.ok()) return check_ins.status();
  auto places = MapCustomers(**lease, caller, user_id);
  if (!places.ok()) return places.status();
  MapPoints out;
  out.check_ins = std::move(check_ins.value());
  out.customers = std::move(places.value());
  return out;
}

namespace {

constexpr Instant kDayMs = 24LL * 3600 * 1000;

// Customers last visited before this instant are forgotten: more than `days` days ago.
Instant ForgottenBefore(Instant now, int days) { return now - static_cast<Instant>(days) * kDayMs; }

// Adds each owner's never-visited and forgotten counts to their row of `st` (a new row for an
// owner who made no visit in the period) and to the totals.
void AddNeglected(VisitStats& st, const std::vector<customers::NeglectedCount>& counts) {
  std::map<Id, size_t> row_of;
  for (size_t i = 0; i < st.by_user.size(); ++i) row_of[st.by_user[i].user_id] = i;
  for (const auto& c : counts) {
    auto it = row_of.find(c.owner_id);
    if (it == row_of.end()) {
      VisitStats::ByUser row{c.owner_id, c.owner_name, c.department_name};
      it = row_of.emplace(c.owner_id, st.by_user.size()).first;
      st.by_user.push_back(std::move(row));
    }
    st.by_user[it->second].never = c.never;
    st.by_user[it->second].forgotten = c.forgotten;
    st.never += c.never;
    st.forgotten += c.forgotten;
  }
  // Most visits first, as before; among equals the most neglected, then by name and id.
  std::stable_sort(st.by_user.begin(), st.by_user.end(), [](const auto& a, const auto& b) {
    if (a.visits != b.visits) return a.visits > b.visits;
    if (a.never + a.forgotten != b.never + b.forgotten) return a.never + a.forgotten > b.never + b.forgotten;
    return a.name != b.name ? a.name < b.name : a.user_id < b.user_id;
  });
}

}  // namespace

Result<VisitStats> VisitService::Stats(const org::Caller& caller, Instant from, Instant to, const NeglectQuery& q) {
  if (Status s = org::Require(caller, "visit.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  auto st = CountVisits(**lease, caller, from, to, q.department_id, q.levels);
  if (!st.ok()) return st.status();
  auto neglected = customers::CountNeglectedByOwner(**lease, caller, q.department_id,
                                                    ForgottenBefore(clock_.Now(), q.forgotten_days), q.levels);
  if (!neglected.ok()) return neglected.status();
  AddNeglected(*st, *neglected);
  return st;
}

Result<Page<customers::NeglectedCustomer>> VisitService::Neglected(const org::Caller& caller, bool never,
                                                                   const NeglectQuery& q, std::optional<Id> owner_id,
                                                                   const PageRequest& page) {
  if (Status s = org::Require(caller, "visit.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  if (owner_id) {
    auto known = org::UserBriefs(**lease, caller.tenant_id, {*owner_id});
    if (!known.ok()) return known.status();
    if (known->empty()) return Status::NotFound();
    auto visible = org::CanSeeOwner(**lease, caller, *owner_id);
    if (!visible.ok()) return visible.status();
    if (!*visible)
      return Status::Error("permission.denied", "This person is outside your data scope.")
          .With("ownerId", IdToString(*owner_id));
  }
  customers::NeglectedFilter f;
  f.never = never;
  f.forgotten_before = ForgottenBefore(clock_.Now(), q.forgotten_days);
  f.department_id = q.department_id;
  f.owner_id = owner_id;
  f.levels = q.levels;
  return customers::ListNeglected(**lease, caller, f, page);
}

}  // namespace quanke::visits
