// The conflict check (查重): customers matching a name, credit code or phone, described as the
// caller may learn of them (where they are, until when they are protected, masked otherwise).
#include <algorithm>

#include "domain/customers/customer_service_internal.h"
#include "domain/customers/deadline.h"
#include "domain/customers/normalize.h"
#include "domain/org/policy.h"

namespace quanke::customers {
namespace {
using storage::Connection;

Status Conflict(const ConflictMatch& m, std::size_t count) {
  Status s = Status::Error("customer.conflict", "A matching customer already exists.");
  s.With("kind", m.kind)
      .With("matchedOn", m.matched_on)
      .With("where", m.where)
      .With("matches", static_cast<std::int64_t>(count));
  if (m.team_name) s.With("teamName", *m.team_name);
  if (m.pool_name) s.With("poolName", *m.pool_name);
  if (m.protected_until) s.With("protectedUntil", FormatDate(*m.protected_until));
  if (m.customer_id) s.With(m.kind == "lead" ? "leadId" : "customerId", IdToString(*m.customer_id));
  return s;
}

// A matching customer (or lead) and what it matched on.
struct Hit {
  Id id;
  std::string on;
};
struct Hits {
  std::vector<Hit> customers, leads;
};

// The matches of each lookup in turn (credit code, name, phones), each customer once, under the
// first thing it matched on.
Result<Hits> FindHits(Connection& conn, const org::Caller& caller, const ConflictQuery& q) {
  std::vector<ConflictLookup> lookups;
  if (q.credit_code && !q.credit_code->empty())
    lookups.push_back({ConflictLookup::On::kCreditCode, NormalizeCreditCode(*q.credit_code)});
  if (q.name && !NormalizeCompanyName(*q.name).empty())
    lookups.push_back({ConflictLookup::On::kName, NormalizeCompanyName(*q.name)});
  std::vector<std::string> phones = q.more_phones;
  if (q.phone) phones.push_back(*q.phone);
  for (const auto& p : phones) {
    std::string digits = PhoneDigits(p);
    if (digits.size() >= 5) lookups.push_back({ConflictLookup::On::kPhone, std::move(digits)});
  }
  Hits hits;
  if (lookups.empty()) return hits;
  auto found = CustomersMatching(conn, caller, lookups);
  if (!found.ok()) return found.status();
  auto add = [](std::vector<Hit>& to, Id id, const char* on) {
    if (std::none_of(to.begin(), to.end(), [&](const Hit& h) { return h.id == id; })) to.push_back({id, on});
  };
  for (size_t i = 0; i < lookups.size(); ++i) {
    const char* on = lookups[i].on == ConflictLookup::On::kCreditCode ? "creditCode"
                     : lookups[i].on == ConflictLookup::On::kName     ? "name"
                                                                      : "phone";
    for (const Id id : (*found)[i])
      if (!q.exclude_id || *q.exclude_id != id) add(hits.customers, id, on);
    for (const Id id : (*found)[lookups.size() + i])
      if (!q.exclude_lead_id || *q.exclude_lead_id != id) add(hits.leads, id, on);
  }
  return hits;
}

}  // namespace

Result<std::vector<ConflictMatch>> CustomerService::FindConflicts(Connection& conn,
                                                                  const org::Caller& caller,
                                                                  const ConflictQuery& q,
                                                                  Instant now) {
  auto hits = FindHits(conn, caller, q);
  if (!hits.ok()) return hits.status();
  std::vector<ConflictMatch> out;
  pool::Countdowns countdowns(conn, caller.tenant_id, now);
  for (const Hit& h : hits->customers) {
    auto c = GetCustomer(conn, caller.tenant_id, h.id, /*include_deleted=*/true);
    if (!c.ok()) continue;
    ConflictMatch m;
    m.record_id = h.id;
    m.matched_on = h.on;
    m.where = c->deleted_at ? "deleted" : c->pool_id ? "pool" : c->locked ? "locked" : "owned";
    if (c->owner_id && !c->deleted_at) m.team_name = c->owner_department;
    if (c->pool_id) m.pool_name = c->pool_name;
    if (c->owner_id && !c->deleted_at) {
      auto d = DeadlineOf(countdowns, *c);
      if (d.ok() && *d) m.protected_until = (*d)->reclaim_on - 1;
    }
    auto access = AccessTo(conn, caller, *c);
    if (access.ok() && access->visible) {
      m.customer_id = c->id;
      m.customer_name = c->name;
    }
    out.push_back(std::move(m));
  }
  // Leads: where they are and whose team holds them; which lead it is only for its owner (the
  // leads module, which knows who may open a lead, discloses more).
  std::vector<Id> lead_ids;
  for (const Hit& h : hits->leads) lead_ids.push_back(h.id);
  auto leads = LeadHits(conn, caller, lead_ids);
  if (!leads.ok()) return leads.status();
  for (const Hit& h : hits->leads) {
    auto it = std::find_if(leads->begin(), leads->end(), [&](const LeadHit& l) { return l.id == h.id; });
    if (it == leads->end()) continue;
    if (q.exclude_id && it->customer_id == q.exclude_id) continue;  // the customer's own lead
    ConflictMatch m;
    m.kind = "lead";
    m.record_id = it->id;
    m.matched_on = h.on;
    m.where = it->deleted ? "deleted" : it->pool_id ? "pool" : "owned";
    if (it->owner_id && !it->deleted) m.team_name = it->owner_department;
    if (it->pool_id) m.pool_name = it->pool_name;
    if (!it->deleted && it->owner_id == caller.user_id) {
      m.customer_id = it->id;
      m.customer_name = it->name;
    }
    out.push_back(std::move(m));
  }
  return out;
}

Result<std::vector<ConflictMatch>> CustomerService::CheckConflict(const org::Caller& caller,
                                                                  const ConflictQuery& q) {
  if (Status s = org::Require(caller, "customer.view"); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  if (!q.name && !q.credit_code && !q.phone) issues.push_back({"name", "required"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return FindConflicts(**lease, caller, q, clock_.Now());
}

namespace detail {

Status RefuseConflicts(Connection& conn, const org::Caller& caller, const ConflictQuery& q,
                       Instant now) {
  auto conflicts = CustomerService::FindConflicts(conn, caller, q, now);
  if (!conflicts.ok()) return conflicts.status();
  if (!conflicts->empty()) return Conflict(conflicts->front(), conflicts->size());
  return Status::Ok();
}

}  // namespace detail
}  // namespace quanke::customers
