#include "domain/recycle/recycle_bin.h"

#include <boost/json.hpp>

#include "core/time_zone.h"
#include "domain/activity/activity_service.h"
#include "domain/contracts/contract_service.h"
#include "domain/customers/customer_repository.h"
#include "domain/customers/customer_service.h"
#include "domain/customers/ownership_repository.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/org/user_repository.h"
#include "domain/pool/pool_repository.h"
#include "domain/recycle/recycle_repository.h"

namespace quanke::recycle {
namespace {

using storage::Connection;
namespace json = boost::json;

constexpr std::int64_t kPurgeLockKey = 0x72656379636c65;  // "recycle"

std::string Details(const BinItem& item) {
  return json::serialize(json::object{{"kind", KindName(item.kind)}, {"title", item.title}});
}

// The conflict check refuses the restore: the first match, as the conflict check describes it.
Status Refused(const std::vector<customers::ConflictMatch>& matches) {
  const auto& m = matches.front();
  Status s = Status::Error("recycle.conflict", "Restoring it would duplicate a customer that exists now.");
  s.With("kind", m.kind).With("matchedOn", m.matched_on).With("where", m.where);
  s.With("matches", static_cast<std::int64_t>(matches.size()));
  if (m.customer_id) s.With(m.kind == "lead" ? "leadId" : "customerId", IdToString(*m.customer_id));
  if (m.customer_name) s.With("name", *m.customer_name);
  return s;
}

Status CheckConflicts(Connection& conn, const org::Caller& caller, const customers::ConflictQuery& q, Instant now) {
  auto matches = customers::CustomerService::FindConflicts(conn, caller, q, now);
  if (!matches.ok()) return matches.status();
  return matches->empty() ? Status::Ok() : Refused(*matches);
}

// The customer a contact, opportunity or contract belongs to must be out of the bin first.
Status RequireLiveCustomer(Connection& conn, Id tenant_id, const BinItem& item) {
  if (!item.customer_id) return Status::Ok();
  auto c = customers::GetCustomer(conn, tenant_id, *item.customer_id);
  if (c.ok()) return Status::Ok();
  if (c.status().code() != "not_found") return c.status();
  return Status::Error("recycle.parent_deleted", "Its customer is in the recycle bin: restore the customer first.")
      .With("customerId", IdToString(*item.customer_id));
}

// Where a restored customer goes: back to its owner when that user is active and under the
// holding limit of the customer's home pool, else to the home pool.
Status PlaceCustomer(Connection& conn, const org::Caller& caller, const customers::Customer& c, Instant now,
                     Restored& out) {
  out.owner_id = c.owner_id;
  out.pool_id = c.pool_id;
  if (!c.owner_id) return Status::Ok();  // it was in a pool: it stays there
  bool keep = false;
  auto owner = org::GetUser(conn, caller.tenant_id, *c.owner_id);
  if (!owner.ok() && owner.status().code() != "not_found") return owner.status();
  if (owner.ok() && owner->status == org::UserStatus::kActive) {
    keep = true;
    if (c.home_pool_id) {
      auto rules = pool::RulesAt(conn, caller.tenant_id, *c.home_pool_id, now);
      if (!rules.ok()) return rules.status();
      auto held = customers::CountHeld(conn, caller.tenant_id, *c.owner_id, rules->rules.count_deal_customers);
      if (!held.ok()) return held.status();
      const bool counts = rules->rules.count_deal_customers || c.status != "deal";
      if (counts && *held > rules->rules.HoldingLimitFor(*c.owner_id)) keep = false;  // itself counted already
    }
  }
  customers::HistoryEntry h;
  h.customer_id = c.id;
  h.action = "restore";
  h.actor_id = caller.user_id;
  h.at = now;
  if (keep) {
    if (Status s = RestartClock(conn, caller.tenant_id, c.id, now); !s.ok()) return s;
    h.to_user_id = c.owner_id;
  } else {
    if (!c.home_pool_id)
      return Status::Error("recycle.no_pool", "Its owner cannot take it back and it has no pool to return to.");
    if (Status s = customers::HandOverToPool(conn, caller.tenant_id, c.id, *c.home_pool_id, *c.owner_id, now);
        !s.ok())
      return s;
    h.from_user_id = c.owner_id;
    h.pool_id = c.home_pool_id;
    out.owner_id.reset();
    out.pool_id = c.home_pool_id;
  }
  return customers::AppendHistory(conn, caller.tenant_id, h);
}

Status RestoreCustomer(Connection& conn, const org::Caller& caller, Id id, Instant now, Restored& out) {
  auto c = customers::GetCustomer(conn, caller.tenant_id, id, /*include_deleted=*/true);
  if (!c.ok()) return c.status();
  customers::ConflictQuery q;
  q.name = c->name;
  q.credit_code = c->credit_code;
  auto phones = CustomerPhoneDigits(conn, caller.tenant_id, id);
  if (!phones.ok()) return phones.status();
  q.more_phones = *phones;
  q.exclude_id = id;
  if (Status s = CheckConflicts(conn, caller, q, now); !s.ok()) return s;
  auto undone = Undelete(conn, caller.tenant_id, Kind::kCustomer, id, now);
  if (!undone.ok()) return undone.status();
  return PlaceCustomer(conn, caller, *c, now, out);
}

// A receipt's contract, then its customer, must be out of the bin first.
Status RestoreReceipt(Connection& conn, const org::Caller& caller, const BinItem& item, Instant now) {
  auto contract = DeletedContractOf(conn, caller.tenant_id, item.id);
  if (!contract.ok()) return contract.status();
  if (*contract)
    return Status::Error("recycle.parent_deleted", "Its contract is in the recycle bin: restore the contract first.")
        .With("contractId", IdToString(**contract));
  if (Status s = RequireLiveCustomer(conn, caller.tenant_id, item); !s.ok()) return s;
  return contracts::RestoreReceipt(conn, caller, item.id, now);
}

Status RestoreContact(Connection& conn, const org::Caller& caller, const BinItem& item, Instant now) {
  if (Status s = RequireLiveCustomer(conn, caller.tenant_id, item); !s.ok()) return s;
  auto undone = Undelete(conn, caller.tenant_id, Kind::kContact, item.id, now);
  if (!undone.ok()) return undone.status();
  auto contact = customers::GetContact(conn, caller.tenant_id, item.id);
  if (!contact.ok()) return contact.status();
  customers::ConflictQuery q;
  for (const auto& p : {contact->mobile, contact->phone})
    if (p) q.more_phones.push_back(*p);
  q.exclude_id = contact->customer_id;
  if (!q.more_phones.empty())
    if (Status s = CheckConflicts(conn, caller, q, now); !s.ok()) return s;
  auto customer = customers::GetCustomer(conn, caller.tenant_id, contact->customer_id);
  if (!customer.ok()) return customer.status();
  return customers::ReindexCustomer(conn, caller, *customer);  // its numbers count again
}

}  // namespace

Result<Page<BinItem>> RecycleBin::List(const org::Caller& caller, const BinFilter& filter, const PageRequest& page) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return ListDeleted(**lease, caller.tenant_id, filter, page);
}

Result<Restored> RecycleBin::Restore(const org::Caller& caller, Kind kind, Id id) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  const Instant now = clock_.Now();
  Restored out;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto item = GetDeleted(conn, caller.tenant_id, kind, id);
    if (!item.ok()) return item.status();
    if (!*item) return Status::NotFound();
    out.item = **item;
    if (now >= out.item.PurgeAt())
      return Status::Error("recycle.expired", "It was deleted more than 90 days ago and can no longer be restored.")
          .With("purgeAt", FormatInstant(out.item.PurgeAt()));
    Status restored = Status::Ok();
    switch (kind) {
      case Kind::kCustomer: restored = RestoreCustomer(conn, caller, id, now, out); break;
      case Kind::kContact: restored = RestoreContact(conn, caller, out.item, now); break;
      case Kind::kOpportunity:
      case Kind::kContract:
        restored = RequireLiveCustomer(conn, caller.tenant_id, out.item);
        if (restored.ok()) restored = Undelete(conn, caller.tenant_id, kind, id, now).status();
        break;
      case Kind::kProduct: {
        auto taken = ProductCodeTaken(conn, caller.tenant_id, id);
        if (!taken.ok()) return taken.status();
        if (*taken)
          return Status::Error("recycle.code_taken", "Another product uses its code now: change that product's code first.");
        restored = Undelete(conn, caller.tenant_id, kind, id, now).status();
        break;
      }
      case Kind::kLead: restored = Undelete(conn, caller.tenant_id, kind, id, now).status(); break;
      case Kind::kFollowUp:
        restored = RequireLiveCustomer(conn, caller.tenant_id, out.item);
        if (restored.ok()) restored = activity::RestoreFollowUp(conn, caller, id);
        break;
      case Kind::kReceipt: restored = RestoreReceipt(conn, caller, out.item, now); break;
    }
    if (!restored.ok()) return restored;
    return audit::RecordAction(conn, caller, now, "recycle.restore", KindName(kind), id, Details(out.item));
  });
  if (!s.ok()) return s;
  return out;
}

Status RecycleBin::Purge(const org::Caller& caller, Kind kind, Id id) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status s = conn.LockKey(kPurgeLockKey); !s.ok()) return s;
    auto item = GetDeleted(conn, caller.tenant_id, kind, id);
    if (!item.ok()) return item.status();
    if (!*item) return Status::NotFound();
    auto dependents = CountDependents(conn, caller.tenant_id, kind, id);
    if (!dependents.ok()) return dependents.status();
    if (*dependents > 0)
      return Status::Error("recycle.in_use", "Other records still refer to it: purge those first.")
          .With("dependents", *dependents);
    if (Status s = PurgeRow(conn, caller.tenant_id, kind, id); !s.ok()) return s;
    return audit::RecordAction(conn, caller, now, "recycle.purge", KindName(kind), id, Details(**item));
  });
}

Result<std::int64_t> RecycleBin::PurgeExpired(storage::Database& db, Instant now) {
  constexpr int kBatch = 500;
  std::vector<Expired> due;
  {
    auto lease = db.Read();
    if (!lease.ok()) return lease.status();
    auto listed = ListExpired(**lease, now - kKeepMs, kBatch);
    if (!listed.ok()) return listed.status();
    due = std::move(*listed);
  }
  std::int64_t purged = 0;
  for (const Expired& e : due) {
    Status s = storage::InTransaction(db, [&](Connection& conn) -> Status {
      if (Status l = conn.LockKey(kPurgeLockKey); !l.ok()) return l;
      auto item = GetDeleted(conn, e.tenant_id, e.kind, e.id);  // another node may have been first
      if (!item.ok()) return item.status();
      if (!*item || now < (*item)->PurgeAt()) return Status::Ok();
      auto dependents = CountDependents(conn, e.tenant_id, e.kind, e.id);
      if (!dependents.ok()) return dependents.status();
      if (*dependents > 0) return Status::Ok();  // waits for the records that refer to it
      if (Status p = PurgeRow(conn, e.tenant_id, e.kind, e.id); !p.ok()) return p;
      ++purged;
      audit::Entry entry;
      entry.at = now;
      entry.action = "recycle.purge";
      entry.object_type = KindName(e.kind);
      entry.object_id = e.id;
      entry.details = Details(**item);
      return audit::Record(conn, e.tenant_id, entry);
    });
    if (!s.ok()) return s;
  }
  return purged;
}

}  // namespace quanke::recycle
