// CustomerService: the access rule for one customer, its views (list item, detail), the list,
// and editing, deleting and the owner history of one customer. Creating is in customer_create.cc,
// the conflict check in conflict_check.cc, contacts in contact_service.cc.
#include <algorithm>
#include <set>

#include "core/mask.h"
#include "domain/customers/customer_service_internal.h"
#include "domain/customers/deadline.h"
#include "domain/fields/field_values.h"
#include "domain/org/audit_changes.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/pool/pool_repository.h"

namespace quanke::customers {
namespace {
using storage::Connection;
}  // namespace

namespace detail {

bool ContainsId(const std::vector<Id>& ids, Id id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

Result<std::vector<Id>> BrowsablePools(Connection& conn, const org::Caller& caller) {
  if (caller.scope == org::DataScope::kAll && caller.Can("pool.view"))
    return pool::AllPoolIds(conn, caller);
  auto member = pool::MemberPools(conn, caller, caller.user_id, caller.department_id);
  if (!member.ok()) return member.status();
  auto admin = pool::AdminPools(conn, caller, caller.user_id, "customer");
  if (!admin.ok()) return admin.status();
  std::set<Id> all(member->begin(), member->end());
  all.insert(admin->begin(), admin->end());
  return std::vector<Id>(all.begin(), all.end());
}

Result<std::optional<LocalDate>> CooldownUntil(pool::Countdowns& countdowns, const org::Caller& caller,
                                               const Customer& c, Instant now) {
  using Until = std::optional<LocalDate>;
  if (!c.pool_id || c.previous_owner_id != caller.user_id || !c.released_at) return Until();
  auto rules = countdowns.Rules(*c.pool_id);
  if (!rules.ok()) return rules.status();
  const int days = (*rules)->rules.cooldown_days;
  if (days <= 0) return Until();
  auto zone = countdowns.Zone();
  if (!zone.ok()) return zone.status();
  const LocalDate until = zone->DateOf(*c.released_at) + days;
  if (zone->DateOf(now) >= until) return Until();
  return Until(until);
}

bool MaskedFor(const org::Caller& caller, std::optional<Id> owner_id, std::optional<Id> pool_id, bool pool_admin,
               const org::Protection& p) {
  if (!p.Any("customer")) return false;
  if (pool_id) return !pool_admin;  // mask until claimed (PRODUCT.md §11)
  return !(owner_id == caller.user_id || caller.Can("field.view_protected"));
}

bool MaskedFor(const org::Caller& caller, const Customer& c, bool pool_admin, const org::Protection& p) {
  return MaskedFor(caller, c.owner_id, c.pool_id, pool_admin, p);
}

void MaskCustomer(Customer& c, const org::Protection& p) {
  if (c.phone && p.Protects("phone")) c.phone = MaskMiddle(*c.phone);
  if (!c.address.empty() && p.Protects("address")) c.address = MaskMiddle(c.address);
  c.custom_fields = fields::MaskKeys(c.custom_fields, p.CustomKeys("customer"));
}

void MaskContact(Contact& c, const org::Protection& p) {
  for (auto [name, value] : {std::pair{"mobile", &c.mobile}, std::pair{"phone", &c.phone},
                             std::pair{"email", &c.email}, std::pair{"wechat", &c.wechat}})
    if (*value && p.Protects(name)) *value = MaskMiddle(**value);
}

}  // namespace detail

Result<CustomerAccess> AccessTo(Connection& conn, const org::Caller& caller, const Customer& c,
                                const std::vector<TeamMember>* team) {
  CustomerAccess a;
  if (c.deleted_at) return a;
  if (c.owner_id) {
    a.owner = *c.owner_id == caller.user_id;
    auto scope = org::CanSeeOwner(conn, caller, *c.owner_id);
    if (!scope.ok()) return scope.status();
    a.in_scope = *scope;
    std::optional<std::string> access;
    if (team) {
      for (const auto& m : *team)
        if (m.user_id == caller.user_id) access = m.access;
    } else {
      auto mine = TeamAccess(conn, caller, c.id);
      if (!mine.ok()) return mine.status();
      access = std::move(*mine);
    }
    if (access) {
      a.team_read = true;
      a.team_write = *access == "write";
    }
  } else if (c.pool_id) {
    auto member = pool::MemberPools(conn, caller, caller.user_id, caller.department_id);
    if (!member.ok()) return member.status();
    auto admin = pool::AdminPools(conn, caller, caller.user_id);
    if (!admin.ok()) return admin.status();
    a.pool_member = detail::ContainsId(*member, *c.pool_id);
    a.pool_admin = detail::ContainsId(*admin, *c.pool_id);
  }
  const bool all = caller.scope == org::DataScope::kAll && caller.Can("customer.view");
  a.visible = a.owner || a.in_scope || a.team_read || a.pool_member || a.pool_admin || all;
  if (all && c.owner_id) a.in_scope = true;
  return a;
}

bool ShowAs(const org::Caller& caller, Customer& c, bool pool_admin, const fields::FieldSet& custom) {
  c.custom_fields = fields::WithoutKeys(c.custom_fields, custom.Hidden());
  const bool masked = detail::MaskedFor(caller, c, pool_admin, custom.protection());
  if (masked) detail::MaskCustomer(c, custom.protection());
  return masked;
}

bool ShowAs(const org::Caller& caller, CustomerCard& c, bool pool_admin, const org::Protection& p) {
  const bool masked = detail::MaskedFor(caller, c.owner_id, c.pool_id, pool_admin, p);
  if (!masked) return false;
  if (c.phone && p.Protects("phone")) c.phone = MaskMiddle(*c.phone);
  if (!c.address.empty() && p.Protects("address")) c.address = MaskMiddle(c.address);
  return true;
}

bool CanEdit(const org::Caller& caller, const CustomerAccess& a) {
  return caller.Can("customer.edit") && (a.owner || a.in_scope || a.team_write || a.pool_admin ||
                                         caller.scope == org::DataScope::kAll);
}

Result<CustomerView> CustomerService::ViewOf(Connection& conn, const org::Caller& caller, Id id,
                                             pool::Countdowns* countdowns, bool all_names,
                                             CustomerAccess* access) {
  auto c = all_names ? GetCustomer(conn, caller.tenant_id, id)
                     : GetCustomerWithOwnerName(conn, caller, id);
  if (!c.ok()) return c.status();
  return ViewFrom(conn, caller, std::move(c.value()), nullptr, countdowns, access);
}

Result<CustomerView> CustomerService::ViewFrom(Connection& conn, const org::Caller& caller,
                                               Customer c, const std::vector<TeamMember>* team,
                                               pool::Countdowns* countdowns,
                                               CustomerAccess* access, std::vector<Contact>* contacts) {
  auto a = AccessTo(conn, caller, c, team);
  if (!a.ok()) return a.status();
  if (!a->visible) return Status::NotFound();
  CustomerView v;
  v.customer = std::move(c);
  auto custom = fields::FieldSet::Load(conn, caller, "customer");
  if (!custom.ok()) return custom.status();
  v.customer.custom_fields = fields::WithoutKeys(v.customer.custom_fields, custom->Hidden());
  if (countdowns) {
    auto deadline = DeadlineOf(*countdowns, v.customer);
    if (!deadline.ok()) return deadline.status();
    v.deadline = *deadline;
    v.deadline_pool_name = v.customer.home_pool_name;
  }
  v.phone_masked = detail::MaskedFor(caller, v.customer, a->pool_admin, custom->protection());
  if (v.phone_masked) {
    detail::MaskCustomer(v.customer, custom->protection());
    if (contacts)
      for (auto& ct : *contacts) detail::MaskContact(ct, custom->protection());
  }
  *access = *a;
  return v;
}

Result<CustomerDetail> CustomerService::DetailOf(Connection& conn, const org::Caller& caller, Id id,
                                                 Instant now) {
  CustomerAccess a;
  pool::Countdowns countdowns(conn, caller.tenant_id, now);
  // The record, its contacts and its team in one round trip; contacts of a customer the caller
  // may not see are read but never leave this function.
  auto rows = GetCustomerDetailRows(conn, caller, id);
  if (!rows.ok()) return rows.status();
  auto view = ViewFrom(conn, caller, std::move(rows->customer), &rows->team, &countdowns, &a, &rows->contacts);
  if (!view.ok()) return view.status();
  CustomerDetail d;
  d.view = std::move(view.value());
  const Customer& cu = d.view.customer;
  d.contacts = std::move(rows->contacts);
  d.team = std::move(rows->team);
  const bool owned = cu.owner_id.has_value();
  d.can_edit = CanEdit(caller, a);
  d.can_release = owned && (a.owner || (a.in_scope && caller.Can("customer.transfer")));
  d.can_transfer = owned && caller.Can("customer.transfer") && (a.owner || a.in_scope);
  d.can_lock = owned && (a.owner || (a.in_scope && caller.Can("customer.edit")));
  d.can_claim = !owned && a.pool_member && caller.Can("pool.claim");
  // The previous owner's cooldown (pool.cooldown) would refuse the claim.
  auto cooldown = detail::CooldownUntil(countdowns, caller, cu, now);
  if (!cooldown.ok()) return cooldown.status();
  d.view.claim_cooldown_until = *cooldown;
  if (*cooldown) d.can_claim = false;
  return d;
}

Result<Page<CustomerView>> CustomerService::List(const org::Caller& caller, CustomerFilter filter,
                                                 const PageRequest& page) {
  if (Status s =
          org::Require(caller, filter.in_pool || filter.pool_id ? "pool.view" : "customer.view");
      !s.ok())
    return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  std::vector<Id> admin_pools;
  if (filter.in_pool || filter.pool_id) {
    auto pools = detail::BrowsablePools(conn, caller);
    if (!pools.ok()) return pools.status();
    filter.visible_pools = *pools;
    auto admin = pool::AdminPools(conn, caller, caller.user_id);
    if (!admin.ok()) return admin.status();
    admin_pools = *admin;
    filter.admin_pools = admin_pools;
  }
  // The custom fields as the caller sees them: the filters' fields, and the values cut from the rows.
  auto custom = fields::FieldSet::Load(conn, caller, "customer");
  if (!custom.ok()) return custom.status();
  filter.numbers_protected = custom->protection().Numbers();
  if (!filter.custom_params.empty()) {
    auto conditions = fields::Resolve(conn, caller.tenant_id, *custom, filter.custom_params);
    if (!conditions.ok()) return conditions.status();
    filter.custom = std::move(*conditions);
  }
  auto list = ListCustomers(conn, caller, filter, page);
  if (!list.ok()) return list.status();
  Page<CustomerView> out;
  out.next_cursor = list->next_cursor;
  out.total = list->total;
  const Instant now = clock_.Now();
  pool::Countdowns countdowns(conn, caller.tenant_id, now);
  for (auto& c : list->items) {
    CustomerView v;
    if (filter.in_pool || filter.pool_id) {
      auto cooldown = detail::CooldownUntil(countdowns, caller, c, now);
      if (!cooldown.ok()) return cooldown.status();
      v.claim_cooldown_until = *cooldown;
    }
    if (filter.with_countdown) {
      auto deadline = DeadlineOf(countdowns, c);
      if (!deadline.ok()) return deadline.status();
      v.deadline = *deadline;
      v.deadline_pool_name = c.home_pool_name;
    }
    v.phone_masked = ShowAs(caller, c, c.pool_id && detail::ContainsId(admin_pools, *c.pool_id), *custom);
    v.customer = std::move(c);
    out.items.push_back(std::move(v));
  }
  return out;
}

Result<CustomerDetail> CustomerService::Get(const org::Caller& caller, Id id) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return DetailOf(**lease, caller, id, clock_.Now());
}

Result<CustomerDetail> CustomerService::Update(const org::Caller& caller, Id id,
                                               const CustomerInput& in) {
  if (Status s = Edit(caller, id, in); !s.ok()) return s;
  // The answer is read after the commit, outside the one writer's turn: the detail (contacts,
  // team, countdown) is most of a small edit's work and needs no write lock.
  return Get(caller, id);
}

Result<CustomerView> CustomerService::View(const org::Caller& caller, Id id, bool with_countdown,
                                           bool all_names) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  CustomerAccess access;
  std::optional<pool::Countdowns> countdowns;
  if (with_countdown) countdowns.emplace(**lease, caller.tenant_id, clock_.Now());
  return ViewOf(**lease, caller, id, countdowns ? &*countdowns : nullptr, all_names, &access);
}

namespace {
// What an edit changed of the fields a person edits (the audit entry's details.changes).
audit::Changes ChangesOf(const Customer& before, const Customer& after) {
  audit::Changes c;
  c.Add("name", before.name, after.name);
  c.Add("shortName", before.short_name, after.short_name);
  c.Add("creditCode", before.credit_code, after.credit_code);
  c.Add("industry", before.industry, after.industry);
  c.Add("scale", before.scale, after.scale);
  c.Add("level", before.level, after.level);
  c.Add("status", before.status, after.status);
  c.Add("source", before.source, after.source);
  c.Add("province", before.province, after.province);
  c.Add("city", before.city, after.city);
  c.Add("district", before.district, after.district);
  c.Add("address", before.address, after.address);
  c.Add("lat", before.lat, after.lat);
  c.Add("lng", before.lng, after.lng);
  c.Add("phone", before.phone, after.phone);
  c.Add("website", before.website, after.website);
  c.Add("tags", before.tags, after.tags);
  fields::AddChanges(c, before.custom_fields, after.custom_fields);
  c.AddInstant("nextFollowUpAt", before.next_follow_up_at, after.next_follow_up_at);
  return c;
}

// The checks of an edit's input alone (before any lookup).
Status CheckEditInput(const org::Caller& caller, const CustomerInput& in) {
  if (Status s = org::Require(caller, "customer.edit"); !s.ok()) return s;
  if (in.pool_id || in.owner_id || in.contacts)
    return Status::Validation({{in.pool_id    ? "poolId"
                                : in.owner_id ? "ownerId"
                                              : "contacts",
                                "invalid_value"}});
  return detail::ValidateCustomer(in, false);
}
}  // namespace

Status CustomerService::Edit(const org::Caller& caller, Id id, const CustomerInput& in) {
  if (Status s = CheckEditInput(caller, in); !s.ok()) return s;
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](Connection& conn) -> Status { return EditIn(conn, caller, id, in, now); });
}

Status CustomerService::EditIn(Connection& conn, const org::Caller& caller, Id id, const CustomerInput& in,
                               Instant now) {
  auto c = GetCustomerWithOwnerName(conn, caller, id);  // unmasked; an edit writes no joined name
  if (!c.ok()) return c.status();
  auto access = AccessTo(conn, caller, *c);
  if (!access.ok()) return access.status();
  if (!access->visible) return Status::NotFound();
  CustomerInput edit = in;
  KeepUnmasked(edit.phone, c->phone);
  KeepUnmasked(edit.address, c->address);
  if (Status s = CheckEditInput(caller, edit); !s.ok()) return s;
  if (!CanEdit(caller, *access))
    return Status::Error("permission.denied", "You cannot edit this customer.");
  const Customer before = *c;
  detail::Apply(edit, *c);
  std::optional<fields::FieldSet> custom;
  if (in.custom_fields) {
    auto set = fields::FieldSet::Load(conn, caller, "customer");
    if (!set.ok()) return set.status();
    custom = std::move(*set);
    const auto given = fields::WithoutMaskedEcho(in.custom_fields, before.custom_fields, custom->Protected());
    auto merged = fields::MergeValues(conn, caller, *custom, before.custom_fields, given, false, id);
    if (!merged.ok()) return merged.status();
    c->custom_fields = std::move(*merged);
  }
  if (edit.name || edit.credit_code || edit.phone) {
    ConflictQuery q;
    if (edit.name) q.name = c->name;
    if (edit.credit_code) q.credit_code = c->credit_code;
    if (edit.phone) q.phone = c->phone;
    q.exclude_id = id;
    if (Status r = detail::RefuseConflicts(conn, caller, q, now); !r.ok()) return r;
  }
  if (c->status == "deal" && before.status != "deal") c->last_deal_at = now;
  c->updated_at = now;
  if (Status w = UpdateCustomer(conn, caller, before, *c); !w.ok()) return w;
  if (custom && c->custom_fields != before.custom_fields)
    if (Status w = fields::StoreValues(conn, caller, *custom, id, c->custom_fields, false); !w.ok()) return w;
  return audit::RecordAction(conn, caller, now, "customer.update", "customer", id, ChangesOf(before, *c).Json());
}

Status CustomerService::Delete(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "customer.delete"); !s.ok()) return s;
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto c = GetCustomer(conn, caller.tenant_id, id);
    if (!c.ok()) return c.status();
    auto a = AccessTo(conn, caller, *c);
    if (!a.ok()) return a.status();
    if (!a->visible) return Status::NotFound();
    if (!(a->owner || a->in_scope || a->pool_admin || caller.scope == org::DataScope::kAll))
      return Status::Error("permission.denied", "You cannot delete this customer.");
    if (Status w = SoftDeleteCustomer(conn, caller, id, now); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "customer.delete", "customer", id);
  });
}

Result<std::vector<HistoryEntry>> CustomerService::History(const org::Caller& caller, Id id) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto detail = DetailOf(**lease, caller, id, clock_.Now());
  if (!detail.ok()) return detail.status();
  return ListHistory(**lease, caller, id);
}

Status MarkDealWon(Connection& conn, const org::Caller& caller, Id customer_id, Instant at) {
  auto c = GetCustomerWithOwnerName(conn, caller, customer_id);
  if (!c.ok()) return c.status();
  const Customer before = *c;
  c->status = "deal";
  c->last_deal_at = at;
  c->updated_at = at;
  return UpdateCustomer(conn, caller, before, *c);
}

}  // namespace quanke::customers
