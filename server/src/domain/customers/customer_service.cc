#include "domain/customers/customer_service.h"

#include <algorithm>
#include <set>

#include "core/mask.h"
#include "domain/activity/feed_repository.h"
#include "domain/audit/audit_log.h"
#include "domain/customers/normalize.h"
#include "domain/org/policy.h"
#include "domain/org/user_repository.h"
#include "domain/pool/countdown.h"
#include "domain/pool/pool_repository.h"

namespace quanke::customers {
namespace {
using storage::Connection;

size_t Chars(const std::string& s) { return CodePoints(s).size(); }

std::string Trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

void CheckText(const std::optional<std::string>& v, const char* field, size_t max_chars,
               std::vector<FieldIssue>& issues) {
  if (v && Chars(*v) > max_chars) issues.push_back({field, "too_long"});
}

Status ValidateContact(const ContactInput& in, bool creating, const std::string& prefix) {
  std::vector<FieldIssue> issues;
  if (creating && (!in.name || Trim(*in.name).empty())) issues.push_back({prefix + "name", "required"});
  if (!creating && in.name && Trim(*in.name).empty()) issues.push_back({prefix + "name", "required"});
  CheckText(in.name, (prefix + "name").c_str(), 50, issues);
  CheckText(in.title, (prefix + "title").c_str(), 50, issues);
  CheckText(in.notes, (prefix + "notes").c_str(), 2000, issues);
  for (auto [field, value] : {std::pair{"mobile", &in.mobile}, std::pair{"phone", &in.phone}}) {
    if (*value && **value && PhoneDigits(***value).size() < 5) issues.push_back({prefix + field, "invalid_value"});
    if (*value && **value && (***value).size() > 30) issues.push_back({prefix + field, "too_long"});
  }
  if (in.email && *in.email && ((**in.email).find('@') == std::string::npos || (**in.email).size() > 254))
    issues.push_back({prefix + "email", "invalid_value"});
  if (in.wechat && *in.wechat && (**in.wechat).size() > 64) issues.push_back({prefix + "wechat", "too_long"});
  if (in.birthday && *in.birthday) {
    LocalDate d;
    if (!ParseDate(**in.birthday, &d)) issues.push_back({prefix + "birthday", "invalid_value"});
  }
  return issues.empty() ? Status::Ok() : Status::Validation(std::move(issues));
}

Status ValidateCustomer(const CustomerInput& in, bool creating) {
  std::vector<FieldIssue> issues;
  if (creating && (!in.name || Trim(*in.name).empty())) issues.push_back({"name", "required"});
  if (!creating && in.name && Trim(*in.name).empty()) issues.push_back({"name", "required"});
  CheckText(in.name, "name", 100, issues);
  CheckText(in.short_name, "shortName", 50, issues);
  CheckText(in.industry, "industry", 50, issues);
  CheckText(in.scale, "scale", 50, issues);
  CheckText(in.source, "source", 50, issues);
  CheckText(in.province, "province", 50, issues);
  CheckText(in.city, "city", 50, issues);
  CheckText(in.district, "district", 50, issues);
  CheckText(in.address, "address", 200, issues);
  CheckText(in.website, "website", 200, issues);
  if (in.level && !IsLevel(*in.level)) issues.push_back({"level", "invalid_value"});
  if (in.status && !IsStatus(*in.status)) issues.push_back({"status", "invalid_value"});
  if (in.credit_code && *in.credit_code) {
    const auto code = NormalizeCreditCode(**in.credit_code);
    if (code.size() != 18 && code.size() != 15) issues.push_back({"creditCode", "invalid_value"});
  }
  if (in.phone && *in.phone && PhoneDigits(**in.phone).size() < 5) issues.push_back({"phone", "invalid_value"});
  if (in.lat && *in.lat && (**in.lat < -90 || **in.lat > 90 || **in.lat != **in.lat))
    issues.push_back({"lat", "invalid_value"});
  if (in.lng && *in.lng && (**in.lng < -180 || **in.lng > 180 || **in.lng != **in.lng))
    issues.push_back({"lng", "invalid_value"});
  if (in.lat.has_value() != in.lng.has_value() ||
      (in.lat && in.lng && in.lat->has_value() != in.lng->has_value()))
    issues.push_back({in.lat ? "lng" : "lat", "required"});
  if (in.tags) {
    if (in.tags->size() > 20) issues.push_back({"tags", "too_long"});
    for (const auto& t : *in.tags)
      if (Trim(t).empty() || Chars(t) > 20 || t.find(',') != std::string::npos) {
        issues.push_back({"tags", "invalid_value"});
        break;
      }
  }
  if (in.contacts) {
    if (in.contacts->size() > 50) issues.push_back({"contacts", "too_long"});
    for (size_t i = 0; i < in.contacts->size(); ++i) {
      Status s = ValidateContact((*in.contacts)[i], true, "contacts[" + std::to_string(i) + "].");
      if (!s.ok()) issues.insert(issues.end(), s.fields().begin(), s.fields().end());
    }
  }
  return issues.empty() ? Status::Ok() : Status::Validation(std::move(issues));
}

void Apply(const CustomerInput& in, Customer& c) {
  if (in.name) c.name = Trim(*in.name);
  if (in.short_name) c.short_name = Trim(*in.short_name);
  if (in.industry) c.industry = *in.industry;
  if (in.scale) c.scale = *in.scale;
  if (in.level) c.level = *in.level;
  if (in.status) c.status = *in.status;
  if (in.source) c.source = *in.source;
  if (in.province) c.province = *in.province;
  if (in.city) c.city = *in.city;
  if (in.district) c.district = *in.district;
  if (in.address) c.address = *in.address;
  if (in.website) c.website = *in.website;
  if (in.custom_fields) c.custom_fields = *in.custom_fields;
  if (in.credit_code)
    c.credit_code = *in.credit_code ? std::optional<std::string>(NormalizeCreditCode(**in.credit_code)) : std::nullopt;
  if (in.phone) c.phone = *in.phone;
  if (in.lat) c.lat = *in.lat;
  if (in.lng) c.lng = *in.lng;
  if (in.tags) {
    c.tags.clear();
    for (const auto& t : *in.tags) c.tags.push_back(Trim(t));
  }
}

void ApplyContact(const ContactInput& in, Contact& c) {
  if (in.name) c.name = Trim(*in.name);
  if (in.title) c.title = *in.title;
  if (in.notes) c.notes = *in.notes;
  if (in.mobile) c.mobile = *in.mobile;
  if (in.phone) c.phone = *in.phone;
  if (in.email) c.email = *in.email;
  if (in.wechat) c.wechat = *in.wechat;
  if (in.birthday) c.birthday = *in.birthday;
  if (in.is_primary) c.is_primary = *in.is_primary;
}

bool ContainsId(const std::vector<Id>& ids, Id id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

// Pools the caller may browse: members and admins; with the whole-company scope, every pool.
Result<std::vector<Id>> BrowsablePools(Connection& conn, const org::Caller& caller) {
  if (caller.scope == org::DataScope::kAll && caller.Can("pool.view")) return AllPoolIds(conn, caller);
  auto member = pool::MemberPools(conn, caller.tenant_id, caller.user_id, caller.department_id);
  if (!member.ok()) return member.status();
  auto admin = pool::AdminPools(conn, caller.tenant_id, caller.user_id);
  if (!admin.ok()) return admin.status();
  std::set<Id> all(member->begin(), member->end());
  all.insert(admin->begin(), admin->end());
  return std::vector<Id>(all.begin(), all.end());
}

bool MaskPhoneFor(const org::Caller& caller, const Customer& c, bool pool_admin) {
  if (c.pool_id) return !pool_admin;  // mask until claimed (PRODUCT.md §11)
  return !(c.owner_id == caller.user_id || caller.Can("field.view_protected"));
}

void MaskCustomer(Customer& c) {
  if (c.phone) c.phone = MaskMiddle(*c.phone);
}

void MaskContact(Contact& c) {
  if (c.mobile) c.mobile = MaskMiddle(*c.mobile);
  if (c.phone) c.phone = MaskMiddle(*c.phone);
  if (c.email) c.email = MaskMiddle(*c.email);
  if (c.wechat) c.wechat = MaskMiddle(*c.wechat);
}

Status Conflict(const ConflictMatch& m, std::size_t count) {
  Status s = Status::Error("customer.conflict", "A matching customer already exists.");
  s.With("matchedOn", m.matched_on).With("where", m.where).With("matches", static_cast<std::int64_t>(count));
  if (m.team_name) s.With("teamName", *m.team_name);
  if (m.pool_name) s.With("poolName", *m.pool_name);
  if (m.protected_until) s.With("protectedUntil", FormatDate(*m.protected_until));
  if (m.customer_id) s.With("customerId", IdToString(*m.customer_id));
  return s;
}

}  // namespace

Result<CustomerAccess> AccessTo(Connection& conn, const org::Caller& caller, const Customer& c) {
  CustomerAccess a;
  if (c.deleted_at) return a;
  if (c.owner_id) {
    a.owner = *c.owner_id == caller.user_id;
    auto scope = org::CanSeeOwner(conn, caller, *c.owner_id);
    if (!scope.ok()) return scope.status();
    a.in_scope = *scope;
    auto team = TeamAccess(conn, caller, c.id);
    if (!team.ok()) return team.status();
    if (*team) {
      a.team_read = true;
      a.team_write = **team == "write";
    }
  } else if (c.pool_id) {
    auto member = pool::MemberPools(conn, caller.tenant_id, caller.user_id, caller.department_id);
    if (!member.ok()) return member.status();
    auto admin = pool::AdminPools(conn, caller.tenant_id, caller.user_id);
    if (!admin.ok()) return admin.status();
    a.pool_member = ContainsId(*member, *c.pool_id);
    a.pool_admin = ContainsId(*admin, *c.pool_id);
  }
  const bool all = caller.scope == org::DataScope::kAll && caller.Can("customer.view");
  a.visible = a.owner || a.in_scope || a.team_read || a.pool_member || a.pool_admin || all;
  if (all && c.owner_id) a.in_scope = true;
  return a;
}

bool CanEdit(const org::Caller& caller, const CustomerAccess& a) {
  return caller.Can("customer.edit") &&
         (a.owner || a.in_scope || a.team_write || a.pool_admin || caller.scope == org::DataScope::kAll);
}

Result<CustomerView> CustomerService::ViewOf(Connection& conn, const org::Caller& caller, Id id,
                                            pool::Countdowns* countdowns, bool all_names, CustomerAccess* access) {
  auto c = all_names ? GetCustomer(conn, caller.tenant_id, id) : GetCustomerWithOwnerName(conn, caller, id);
  if (!c.ok()) return c.status();
  auto a = AccessTo(conn, caller, *c);
  if (!a.ok()) return a.status();
  if (!a->visible) return Status::NotFound();
  CustomerView v;
  v.customer = std::move(c.value());
  if (countdowns) {
    auto deadline = countdowns->For(v.customer);
    if (!deadline.ok()) return deadline.status();
    v.deadline = *deadline;
    v.deadline_pool_name = v.customer.home_pool_name;
  }
  v.phone_masked = MaskPhoneFor(caller, v.customer, a->pool_admin);
  if (v.phone_masked) MaskCustomer(v.customer);
  *access = *a;
  return v;
}

Result<CustomerDetail> CustomerService::DetailOf(Connection& conn, const org::Caller& caller, Id id,
                                                 Instant now) {
  CustomerAccess a;
  pool::Countdowns countdowns(conn, caller.tenant_id, now);
  auto view = ViewOf(conn, caller, id, &countdowns, true, &a);
  if (!view.ok()) return view.status();
  CustomerDetail d;
  d.view = std::move(view.value());
  const Customer& cu = d.view.customer;
  auto contacts = ListContacts(conn, caller, id);
  if (!contacts.ok()) return contacts.status();
  d.contacts = std::move(contacts.value());
  auto team = ListTeam(conn, caller.tenant_id, id);
  if (!team.ok()) return team.status();
  d.team = std::move(team.value());
  const bool owned = cu.owner_id.has_value();
  d.can_edit = CanEdit(caller, a);
  d.can_release = owned && (a.owner || (a.in_scope && caller.Can("customer.transfer")));
  d.can_transfer = owned && caller.Can("customer.transfer") && (a.owner || a.in_scope);
  d.can_lock = owned && (a.owner || (a.in_scope && caller.Can("customer.edit")));
  d.can_claim = !owned && a.pool_member && caller.Can("pool.claim");
  if (d.can_claim && cu.previous_owner_id == caller.user_id && cu.released_at && cu.pool_id) {
    // The previous owner's cooldown (pool.cooldown) would refuse the claim.
    auto rules = countdowns.Rules(*cu.pool_id);
    auto zone = countdowns.Zone();
    if (!rules.ok()) return rules.status();
    if (!zone.ok()) return zone.status();
    const int cooldown = (*rules)->rules.cooldown_days;
    if (cooldown > 0 && zone->DateOf(now) < zone->DateOf(*cu.released_at) + cooldown) d.can_claim = false;
  }
  if (d.view.phone_masked)
    for (auto& ct : d.contacts) MaskContact(ct);
  return d;
}

Result<Page<CustomerView>> CustomerService::List(const org::Caller& caller, CustomerFilter filter,
                                                 const PageRequest& page) {
  if (Status s = org::Require(caller, filter.in_pool || filter.pool_id ? "pool.view" : "customer.view"); !s.ok())
    return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  std::vector<Id> admin_pools;
  if (filter.in_pool || filter.pool_id) {
    auto pools = BrowsablePools(conn, caller);
    if (!pools.ok()) return pools.status();
    filter.visible_pools = *pools;
    auto admin = pool::AdminPools(conn, caller.tenant_id, caller.user_id);
    if (!admin.ok()) return admin.status();
    admin_pools = *admin;
    filter.admin_pools = admin_pools;
  }
  auto list = ListCustomers(conn, caller, filter, page);
  if (!list.ok()) return list.status();
  Page<CustomerView> out;
  out.next_cursor = list->next_cursor;
  out.total = list->total;
  pool::Countdowns countdowns(conn, caller.tenant_id, clock_.Now());
  for (auto& c : list->items) {
    CustomerView v;
    if (filter.with_countdown) {
      auto deadline = countdowns.For(c);
      if (!deadline.ok()) return deadline.status();
      v.deadline = *deadline;
      v.deadline_pool_name = c.home_pool_name;
    }
    v.phone_masked = MaskPhoneFor(caller, c, c.pool_id && ContainsId(admin_pools, *c.pool_id));
    if (v.phone_masked) MaskCustomer(c);
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

Result<std::vector<ConflictMatch>> CustomerService::FindConflicts(Connection& conn, const org::Caller& caller,
                                                                  const ConflictQuery& q, Instant now) {
  struct Hit {
    Id id;
    std::string on;
  };
  std::vector<Hit> hits;
  auto collect = [&](const std::string& on, const Result<std::vector<Id>>& ids) -> Status {
    if (!ids.ok()) return ids.status();
    for (const Id id : *ids) {
      if (q.exclude_id && *q.exclude_id == id) continue;
      if (std::none_of(hits.begin(), hits.end(), [&](const Hit& h) { return h.id == id; }))
        hits.push_back({id, on});
    }
    return Status::Ok();
  };
  if (q.credit_code && !q.credit_code->empty()) {
    if (Status s = collect("creditCode", CustomersWithCreditCode(conn, caller, NormalizeCreditCode(*q.credit_code)));
        !s.ok())
      return s;
  }
  if (q.name && !NormalizeCompanyName(*q.name).empty()) {
    if (Status s = collect("name", CustomersWithNameNorm(conn, caller, NormalizeCompanyName(*q.name))); !s.ok())
      return s;
  }
  std::vector<std::string> phones = q.more_phones;
  if (q.phone) phones.push_back(*q.phone);
  for (const auto& p : phones) {
    const std::string digits = PhoneDigits(p);
    if (digits.size() < 5) continue;
    if (Status s = collect("phone", CustomersWithPhone(conn, caller, digits)); !s.ok()) return s;
  }
  std::vector<ConflictMatch> out;
  pool::Countdowns countdowns(conn, caller.tenant_id, now);
  for (const Hit& h : hits) {
    auto c = GetCustomer(conn, caller.tenant_id, h.id, /*include_deleted=*/true);
    if (!c.ok()) continue;
    ConflictMatch m;
    m.matched_on = h.on;
    m.where = c->deleted_at ? "deleted" : c->pool_id ? "pool" : c->locked ? "locked" : "owned";
    if (c->owner_id && !c->deleted_at) m.team_name = c->owner_department;
    if (c->pool_id) m.pool_name = c->pool_name;
    if (c->owner_id && !c->deleted_at) {
      auto d = countdowns.For(*c);
      if (d.ok() && *d) m.protected_until = (*d)->reclaim_on - 1;
    }
    auto access = AccessTo(conn, caller, *c);
    if (access.ok() && access->visible) {
      m.customer_id = c->id;
      m.customer_name = c->name;
    }
    out.push_back(std::move(m));
  }
  return out;
}

Result<std::vector<ConflictMatch>> CustomerService::CheckConflict(const org::Caller& caller, const ConflictQuery& q) {
  if (Status s = org::Require(caller, "customer.view"); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  if (!q.name && !q.credit_code && !q.phone) issues.push_back({"name", "required"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return FindConflicts(**lease, caller, q, clock_.Now());
}

void CustomerService::CreateLookups::Created(const Customer& c) {
  if (!c.owner_id) return;
  auto h = holdings.find(*c.owner_id);
  if (h != holdings.end() && (c.status != "deal" || h->second.count_deals)) ++h->second.held;
}

Result<CustomerService::NewCustomer> CustomerService::PrepareCreate(Connection& conn, const org::Caller& caller,
                                                                    const CustomerInput& in, Instant now,
                                                                    CreateLookups& lookups) {
  if (Status s = ValidateCustomer(in, true); !s.ok()) return s;
  NewCustomer n;
  Customer& c = n.customer;
  HistoryEntry& h = n.history;
  c.id = Ids().Next();
  Apply(in, c);
  c.created_by = caller.user_id;
  c.created_at = c.updated_at = now;
  ConflictQuery q{c.name, c.credit_code, c.phone, {}, std::nullopt};
  if (in.contacts)
    for (const auto& ct : *in.contacts) {
      if (ct.mobile && *ct.mobile) q.more_phones.push_back(**ct.mobile);
      if (ct.phone && *ct.phone) q.more_phones.push_back(**ct.phone);
    }
  auto conflicts = FindConflicts(conn, caller, q, now);
  if (!conflicts.ok()) return conflicts.status();
  if (!conflicts->empty()) return Conflict(conflicts->front(), conflicts->size());
  h.customer_id = c.id;
  h.action = "create";
  h.actor_id = caller.user_id;
  h.at = now;
  if (in.pool_id) {
    if (!lookups.browsable_pools) {
      auto pools = BrowsablePools(conn, caller);
      if (!pools.ok()) return pools.status();
      lookups.browsable_pools = std::move(*pools);
    }
    if (!ContainsId(*lookups.browsable_pools, *in.pool_id)) return Status::Validation({{"poolId", "invalid_value"}});
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
      auto home = pool::DefaultPoolFor(conn, caller.tenant_id, owner, owner_department);
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
      ApplyContact(ci, ct);
      ct.created_at = ct.updated_at = now;
      n.contacts.push_back(std::move(ct));
    }
  }
  return n;
}

Status CustomerService::WriteCreate(Connection& conn, const org::Caller& caller, const NewCustomer& n, Instant now) {
  const Customer& c = n.customer;
  if (Status w = InsertCustomer(conn, caller.tenant_id, c, n.contacts); !w.ok()) return w;
  if (Status w = AppendHistory(conn, caller.tenant_id, n.history); !w.ok()) return w;
  if (Status w = audit::RecordAction(conn, caller, now, "customer.create", "customer", c.id); !w.ok()) return w;
  auto item =
      activity::AddFeedItem(conn, caller.tenant_id, "customer.create", caller.user_id, c.id, std::nullopt, c.name, now);
  return item.ok() ? Status::Ok() : item.status();
}

Result<CustomerDetail> CustomerService::Create(const org::Caller& caller, const CustomerInput& in) {
  if (Status s = org::Require(caller, "customer.create"); !s.ok()) return s;
  if (Status s = ValidateCustomer(in, true); !s.ok()) return s;
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
  std::vector<BulkRow> out(rows.size());
  // No savepoint per row: a refused row wrote nothing (PrepareCreate), and SQLite's full-text
  // table flushes its pending index at every savepoint, which made each row cost several times
  // more. The batch runs in a transaction of its own for the reason InOwnTransaction gives.
  Status s = storage::InOwnTransaction(db_, [&](Connection& conn) -> Status {
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
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<CustomerDetail> CustomerService::Update(const org::Caller& caller, Id id, const CustomerInput& in) {
  if (Status s = Edit(caller, id, in); !s.ok()) return s;
  // The answer is read after the commit, outside the one writer's turn: the detail (contacts,
  // team, countdown) is most of a small edit's work and needs no write lock.
  return Get(caller, id);
}

Result<CustomerView> CustomerService::View(const org::Caller& caller, Id id, bool with_countdown, bool all_names) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  CustomerAccess access;
  std::optional<pool::Countdowns> countdowns;
  if (with_countdown) countdowns.emplace(**lease, caller.tenant_id, clock_.Now());
  return ViewOf(**lease, caller, id, countdowns ? &*countdowns : nullptr, all_names, &access);
}

Status CustomerService::Edit(const org::Caller& caller, Id id, const CustomerInput& in) {
  if (Status s = org::Require(caller, "customer.edit"); !s.ok()) return s;
  if (in.pool_id || in.owner_id || in.contacts)
    return Status::Validation({{in.pool_id ? "poolId" : in.owner_id ? "ownerId" : "contacts", "invalid_value"}});
  if (Status s = ValidateCustomer(in, false); !s.ok()) return s;
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto c = GetCustomerWithOwnerName(conn, caller, id);  // unmasked; an edit writes no joined name
    if (!c.ok()) return c.status();
    auto access = AccessTo(conn, caller, *c);
    if (!access.ok()) return access.status();
    if (!access->visible) return Status::NotFound();
    if (!CanEdit(caller, *access)) return Status::Error("permission.denied", "You cannot edit this customer.");
    const Customer before = *c;
    Apply(in, *c);
    if (in.name || in.credit_code || in.phone) {
      ConflictQuery q;
      if (in.name) q.name = c->name;
      if (in.credit_code) q.credit_code = c->credit_code;
      if (in.phone) q.phone = c->phone;
      q.exclude_id = id;
      auto conflicts = FindConflicts(conn, caller, q, now);
      if (!conflicts.ok()) return conflicts.status();
      if (!conflicts->empty()) return Conflict(conflicts->front(), conflicts->size());
    }
    if (c->status == "deal" && before.status != "deal") c->last_deal_at = now;
    c->updated_at = now;
    if (Status w = UpdateCustomer(conn, caller, before, *c); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "customer.update", "customer", id);
  });
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

Result<std::vector<Contact>> CustomerService::Contacts(const org::Caller& caller, Id customer_id) {
  auto detail = Get(caller, customer_id);
  if (!detail.ok()) return detail.status();
  return detail->contacts;
}

Result<Contact> CustomerService::AddContact(const org::Caller& caller, Id customer_id, const ContactInput& in) {
  if (Status s = ValidateContact(in, true, ""); !s.ok()) return s;
  const Instant now = clock_.Now();
  Contact ct;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto detail = DetailOf(conn, caller, customer_id, now);
    if (!detail.ok()) return detail.status();
    if (!detail->can_edit) return Status::Error("permission.denied", "You cannot edit this customer.");
    std::vector<std::string> phones;
    if (in.mobile && *in.mobile) phones.push_back(**in.mobile);
    if (in.phone && *in.phone) phones.push_back(**in.phone);
    if (!phones.empty()) {
      ConflictQuery q{std::nullopt, std::nullopt, std::nullopt, phones, customer_id};
      auto conflicts = FindConflicts(conn, caller, q, now);
      if (!conflicts.ok()) return conflicts.status();
      if (!conflicts->empty()) return Conflict(conflicts->front(), conflicts->size());
    }
    ct.id = Ids().Next();
    ct.customer_id = customer_id;
    ApplyContact(in, ct);
    ct.created_at = ct.updated_at = now;
    if (Status w = InsertContact(conn, caller, ct); !w.ok()) return w;
    auto c = GetCustomer(conn, caller.tenant_id, customer_id);
    if (!c.ok()) return c.status();
    if (Status w = ReindexCustomer(conn, caller, *c); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "contact.create", "contact", ct.id);
  });
  if (!s.ok()) return s;
  return ct;
}

Result<Contact> CustomerService::UpdateContact(const org::Caller& caller, Id contact_id, const ContactInput& in) {
  if (Status s = ValidateContact(in, false, ""); !s.ok()) return s;
  const Instant now = clock_.Now();
  Contact ct;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto current = GetContact(conn, caller.tenant_id, contact_id);
    if (!current.ok()) return current.status();
    auto detail = DetailOf(conn, caller, current->customer_id, now);
    if (!detail.ok()) return detail.status();
    if (!detail->can_edit) return Status::Error("permission.denied", "You cannot edit this customer.");
    ct = *current;
    ApplyContact(in, ct);
    std::vector<std::string> phones;
    if (in.mobile && *in.mobile) phones.push_back(**in.mobile);
    if (in.phone && *in.phone) phones.push_back(**in.phone);
    if (!phones.empty()) {
      ConflictQuery q{std::nullopt, std::nullopt, std::nullopt, phones, ct.customer_id};
      auto conflicts = FindConflicts(conn, caller, q, now);
      if (!conflicts.ok()) return conflicts.status();
      if (!conflicts->empty()) return Conflict(conflicts->front(), conflicts->size());
    }
    ct.updated_at = now;
    if (Status w = customers::UpdateContact(conn, caller, ct); !w.ok()) return w;
    auto c = GetCustomer(conn, caller.tenant_id, ct.customer_id);
    if (!c.ok()) return c.status();
    if (Status w = ReindexCustomer(conn, caller, *c); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "contact.update", "contact", ct.id);
  });
  if (!s.ok()) return s;
  return ct;
}

Status CustomerService::DeleteContact(const org::Caller& caller, Id contact_id) {
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto current = GetContact(conn, caller.tenant_id, contact_id);
    if (!current.ok()) return current.status();
    auto detail = DetailOf(conn, caller, current->customer_id, now);
    if (!detail.ok()) return detail.status();
    if (!detail->can_edit) return Status::Error("permission.denied", "You cannot edit this customer.");
    if (Status w = customers::DeleteContact(conn, caller, contact_id, now); !w.ok()) return w;
    auto c = GetCustomer(conn, caller.tenant_id, current->customer_id);
    if (!c.ok()) return c.status();
    if (Status w = ReindexCustomer(conn, caller, *c); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "contact.delete", "contact", contact_id);
  });
}

}  // namespace quanke::customers
