// Creating customers: the checks of one new customer (PrepareCreate), writing it with its history,
// audit entry and feed item (WriteCreate), one at a time or a batch in one transaction.
#include "domain/org/audit_repository.h"
#include "domain/customers/customer_service_internal.h"
#include "domain/fields/field_values.h"
#include "domain/org/policy.h"
#include "domain/org/user_repository.h"
#include "domain/pool/pool_repository.h"
#include "storage/maintenance.h"

namespace quanke::customers {
namespace {
using storage::Connection;
}  // namespace

void CustomerService::CreateLookups::Created(const Customer& c) {
  if (!c.owner_id) return;
  auto h = holdings.find(*c.owner_id);
  if (h != holdings.end() && (c.status != "deal" || h->second.count_deals)) ++h->second.held;
}

Result<CustomerService::NewCustomer> CustomerService::PrepareCreate(Connection& conn, const org::Caller& caller,
                                                                    const CustomerInput& in, Instant now,
                                                                    CreateLookups& lookups) {
  if (Status s = detail::ValidateCustomer(in, true); !s.ok()) return s;
  NewCustomer n;
  Customer& c = n.customer;
  HistoryEntry& h = n.history;
  c.id = Ids().Next();
  detail::Apply(in, c);
  if (!lookups.fields) {
    auto set = fields::FieldSet::Load(conn, caller, "customer");
    if (!set.ok()) return set.status();
    lookups.fields = std::make_shared<const fields::FieldSet>(std::move(*set));
  }
  auto custom = fields::MergeValues(conn, caller, *lookups.fields, "{}", in.custom_fields, true, c.id);
  if (!custom.ok()) return custom.status();
  c.custom_fields = std::move(*custom);
  n.fields = lookups.fields;
  c.created_by = in.created_by.value_or(caller.user_id);
  c.created_at = in.created_at.value_or(now);
  c.updated_at = now;
  ConflictQuery q{c.name, c.credit_code, c.phone, {}, std::nullopt};
  if (in.contacts)
    for (const auto& ct : *in.contacts) {
      if (ct.mobile && *ct.mobile) q.more_phones.push_back(**ct.mobile);
      if (ct.phone && *ct.phone) q.more_phones.push_back(**ct.phone);
    }
  if (Status r = detail::RefuseConflicts(conn, caller, q, now); !r.ok()) return r;
  h.customer_id = c.id;
  h.action = "create";
  h.actor_id = caller.user_id;
  h.at = now;
  if (in.pool_id) {
    if (!lookups.browsable_pools) {
      auto pools = detail::BrowsablePools(conn, caller);
      if (!pools.ok()) return pools.status();
      lookups.browsable_pools = std::move(*pools);
    }
    if (!detail::ContainsId(*lookups.browsable_pools, *in.pool_id)) return Status::Validation({{"poolId", "invalid_value"}});
    c.pool_id = *in.pool_id;
    c.released_at = now;
    h.pool_id = c.pool_id;
  } else {
    Id owner = caller.user_id;
    Id owner_department = caller.department_id;
    if (in.owner_id && *in.owner_id != caller.user_id) {
      auto known = lookups.owner_department.find(*in.owner_id);
      if (known == lookups.owner_department.end()) {
        auto visible = org::CanSeeOwner(conn, caller, *in.owner_id);
        if (!visible.ok()) return visible.status();
        auto user = org::GetUser(conn, caller.tenant_id, *in.owner_id);
        if (!*visible || !user.ok() || user->status != org::UserStatus::kActive)
          return Status::Validation({{"ownerId", "invalid_value"}});
        known = lookups.owner_department.emplace(*in.owner_id, user->department_id).first;
      }
      owner = *in.owner_id;
      owner_department = known->second;
    }
    auto holding = lookups.holdings.find(owner);
    if (holding == lookups.holdings.end()) {
      CreateLookups::Holding found;
      auto home = pool::DefaultPoolFor(conn, caller, owner, owner_department);
      if (!home.ok()) return home.status();
      found.home_pool = *home;
      if (*home) {
        auto rules = pool::RulesAt(conn, caller.tenant_id, **home, now);
        if (!rules.ok()) return rules.status();
        found.limit = rules->rules.HoldingLimitFor(owner);
        found.count_deals = rules->rules.count_deal_customers;
        auto held = CountHeld(conn, caller.tenant_id, owner, found.count_deals);
        if (!held.ok()) return held.status();
        found.held = *held;
      }
      holding = lookups.holdings.emplace(owner, found).first;
    }
    const CreateLookups::Holding& hold = holding->second;
    c.owner_id = owner;
    c.home_pool_id = hold.home_pool;
    c.clock_start_at = now;
    c.claimed_at = now;
    if (hold.home_pool && hold.held >= hold.limit && !(c.status == "deal" && !hold.count_deals))
      return Status::Error("pool.limit_reached", "The holding limit is reached.")
          .With("limit", static_cast<std::int64_t>(hold.limit))
          .With("held", hold.held);
    h.to_user_id = owner;
  }
  if (c.status == "deal") c.last_deal_at = now;
  if (in.contacts) {
    for (const auto& ci : *in.contacts) {
      Contact ct;
      ct.id = Ids().Next();
      ct.customer_id = c.id;
      detail::ApplyContact(ci, ct);
      ct.created_at = ct.updated_at = now;
      ct.created_by = c.created_by;  // whoever entered the customer entered its contacts
      n.contacts.push_back(std::move(ct));
    }
  }
  return n;
}

Status CustomerService::WriteCreate(Connection& conn, const org::Caller& caller, const NewCustomer& n, Instant now) {
  const Customer& c = n.customer;
  if (Status w = InsertCustomer(conn, caller.tenant_id, c, n.contacts); !w.ok()) return w;
  if (n.fields)
    if (Status w = fields::StoreValues(conn, caller, *n.fields, c.id, c.custom_fields, true); !w.ok()) return w;
  if (Status w = AppendHistory(conn, caller.tenant_id, n.history); !w.ok()) return w;
  if (Status w = audit::RecordAction(conn, caller, now, "customer.create", "customer", c.id); !w.ok()) return w;
  return events_.Publish(conn, {"customer.create", caller.tenant_id, caller.user_id, c.id, c.name, now});
}

Result<CustomerDetail> CustomerService::Create(const org::Caller& caller, const CustomerInput& in) {
  if (Status s = org::Require(caller, "customer.create"); !s.ok()) return s;
  if (Status s = detail::ValidateCustomer(in, true); !s.ok()) return s;
  const Instant now = clock_.Now();
  Result<CustomerDetail> detail = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    CreateLookups lookups;
    auto n = PrepareCreate(conn, caller, in, now, lookups);
    if (!n.ok()) return n.status();
    if (Status w = WriteCreate(conn, caller, *n, now); !w.ok()) return w;
    detail = DetailOf(conn, caller, n->customer.id, now);
    return detail.ok() ? Status::Ok() : detail.status();
  });
  if (!s.ok()) return s;
  return detail;
}

Result<std::vector<CustomerService::BulkRow>> CustomerService::CreateMany(const org::Caller& caller,
                                                                          const std::vector<CustomerInput>& rows) {
  if (Status s = org::Require(caller, "customer.create"); !s.ok()) return s;
  const Instant now = clock_.Now();
  std::vector<BulkRow> out;
  // The batch runs in a transaction of its own for the reason InOwnTransaction gives.
  Status s = storage::InOwnTransaction(db_, [&](Connection& conn) -> Status {
    auto done = CreateManyIn(conn, caller, rows, now);
    if (!done.ok()) return done.status();
    out = std::move(*done);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  // A batch can multiply a table; PostgreSQL must not plan the next read on the old size. The
  // rows are committed either way, so a failure here does not fail the request (the next batch
  // or autovacuum tries again).
  (void)storage::RefreshStatistics(
      db_, {"customers", "contacts", "customer_phones", "customer_owner_history", "feed_items", "audit_log"});
  return out;
}

Result<std::vector<CustomerService::BulkRow>> CustomerService::CreateManyIn(Connection& conn, const org::Caller& caller,
                                                                            const std::vector<CustomerInput>& rows,
                                                                            Instant now) {
  if (Status s = org::Require(caller, "customer.create"); !s.ok()) return s;
  std::vector<BulkRow> out(rows.size());
  // No savepoint per row: a refused row wrote nothing (PrepareCreate), and SQLite's full-text
  // table flushes its pending index at every savepoint, which made each row cost several times
  // more.
  CreateLookups lookups;
  for (size_t i = 0; i < rows.size(); ++i) {
    auto n = PrepareCreate(conn, caller, rows[i], now, lookups);
    if (!n.ok()) {
      // An expected refusal (validation, conflict, limits) is this row's answer; a database
      // fault ends the whole batch.
      if (n.status().code() == "internal" || n.status().code() == "unavailable") return n.status();
      out[i].status = n.status();
      continue;
    }
    if (Status w = WriteCreate(conn, caller, *n, now); !w.ok()) return w;
    lookups.Created(n->customer);
    out[i].id = n->customer.id;
  }
  return out;
}

}  // namespace quanke::customers
