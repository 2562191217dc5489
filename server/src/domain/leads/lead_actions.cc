// Leads: who holds them (claim, assign, release, transfer under the pool module's rules),
// follow-ups, conversion into a customer and contact, and their configuration (sources, push
// rules, the conversion mapping).
#include <algorithm>
#include <set>

#include "core/text_list.h"
#include "domain/activity/follow_up_repository.h"
#include "domain/customers/customer_repository.h"
#include "domain/customers/customer_service.h"
#include "domain/fields/field_values.h"
#include "domain/customers/ownership_repository.h"
#include "domain/leads/lead_internal.h"
#include "domain/leads/lead_repository.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/org/scope_repository.h"
#include "domain/org/user_repository.h"
#include "domain/pool/pool_repository.h"
#include "domain/pool/pool_service.h"

namespace quanke::leads {
using storage::Connection;
using namespace detail;

namespace {

Status CheckHolding(Connection& conn, Id tenant_id, Id user_id, const pool::PoolRules& rules) {
  auto held = OpenHeld(conn, tenant_id, {user_id});
  if (!held.ok()) return held.status();
  const std::int64_t n = (*held)[user_id];
  const int limit = rules.HoldingLimitFor(user_id);
  if (n >= limit)
    return Status::Error("pool.limit_reached", "The holding limit is reached; release a lead first.")
        .With("limit", static_cast<std::int64_t>(limit))
        .With("held", n);
  return Status::Ok();
}

Status NotInPool() { return Status::Error("pool.not_in_pool", "This lead is no longer in the pool."); }

}  // namespace

Result<LeadDetail> LeadService::Claim(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "pool.claim"); !s.ok()) return s;
  Result<LeadDetail> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status l = conn.LockKey(caller.user_id); !l.ok()) return l;
    const Instant now = clock_.Now();
    auto l = GetLead(conn, caller.tenant_id, id);
    if (!l.ok()) return l.status();
    if (!l->pool_id) {
      auto a = AccessTo(conn, caller, *l);
      if (!a.ok()) return a.status();
      if (!a->visible) return Status::NotFound();
      return NotInPool();
    }
    const Id pool_id = *l->pool_id;
    auto member = pool::MemberPools(conn, caller, caller.user_id, caller.department_id, "lead");
    if (!member.ok()) return member.status();
    if (!Contains(*member, pool_id)) {
      auto a = AccessTo(conn, caller, *l);
      if (!a.ok()) return a.status();
      if (!a->visible) return Status::NotFound();
      return Status::Error("pool.not_member", "Only members of this pool can claim its leads.");
    }
    auto rules = pool::RulesAt(conn, caller.tenant_id, pool_id, now);
    if (!rules.ok()) return rules.status();
    const pool::PoolRules& r = rules->rules;
    auto zone = pool::TenantZone(conn, caller.tenant_id);
    if (!zone.ok()) return zone.status();
    if (l->previous_owner_id == caller.user_id && l->released_at && r.cooldown_days > 0) {
      const LocalDate until = zone->DateOf(*l->released_at) + r.cooldown_days;
      if (zone->DateOf(now) < until)
        return Status::Error("pool.cooldown", "You held this lead recently and cannot claim it back yet.")
            .With("until", FormatDate(until));
    }
    auto today = CountReceivedSince(conn, caller.tenant_id, caller.user_id, "claim", pool_id,
                                    zone->StartOf(zone->DateOf(now)));
    if (!today.ok()) return today.status();
    if (*today >= r.daily_claim_limit)
      return Status::Error("pool.daily_claim_limit", "You have claimed as many leads as allowed today.")
          .With("limit", static_cast<std::int64_t>(r.daily_claim_limit));
    if (Status h = CheckHolding(conn, caller.tenant_id, caller.user_id, r); !h.ok()) return h;
    auto took = TakeLeadFromPool(conn, caller.tenant_id, id, caller.user_id, pool_id, std::nullopt, now);
    if (!took.ok()) return took.status();
    if (!*took) return NotInPool();
    if (Status w = WriteHistory(conn, caller.tenant_id, id, "claim", std::nullopt, caller.user_id, pool_id,
                           caller.user_id, now);
        !w.ok())
      return w;
    if (Status w = audit::RecordAction(conn, caller, now, "lead.claim", "lead", id); !w.ok()) return w;
    out = DetailOf(conn, caller, id, now);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Result<LeadDetail> LeadService::Assign(const org::Caller& caller, Id id, Id user_id) {
  if (Status s = org::Require(caller, "pool.assign"); !s.ok()) return s;
  Result<LeadDetail> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status l = conn.LockKey(user_id); !l.ok()) return l;
    const Instant now = clock_.Now();
    auto l = GetLead(conn, caller.tenant_id, id);
    if (!l.ok()) return l.status();
    auto a = AccessTo(conn, caller, *l);
    if (!a.ok()) return a.status();
    if (!a->visible) return Status::NotFound();
    if (!l->pool_id) return NotInPool();
    const Id pool_id = *l->pool_id;
    if (!a->pool_admin)
      return Status::Error("permission.denied", "Only the pool's administrators can assign its leads.");
    auto user = org::GetUser(conn, caller.tenant_id, user_id);
    if (!user.ok() || user->status != org::UserStatus::kActive) return Status::Validation({{"userId", "invalid_value"}});
    auto member = pool::MemberPools(conn, caller, user_id, user->department_id, "lead");
    if (!member.ok()) return member.status();
    if (!Contains(*member, pool_id)) return Status::Error("pool.not_member", "The assignee is not a member of this pool.");
    auto rules = pool::RulesAt(conn, caller.tenant_id, pool_id, now);
    if (!rules.ok()) return rules.status();
    if (Status h = CheckHolding(conn, caller.tenant_id, user_id, rules->rules); !h.ok()) return h;
    auto took = TakeLeadFromPool(conn, caller.tenant_id, id, user_id, pool_id, std::nullopt, now);
    if (!took.ok()) return took.status();
    if (!*took) return NotInPool();
    if (Status w = WriteHistory(conn, caller.tenant_id, id, "assign", std::nullopt, user_id, pool_id, caller.user_id, now);
        !w.ok())
      return w;
    if (Status w = NotifyLead(conn, caller.tenant_id, user_id, "lead.assigned", *l, now); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "lead.assign", "lead", id,
                                       "{\"userId\":\"" + IdToString(user_id) + "\"}");
        !w.ok())
      return w;
    out = DetailOf(conn, caller, id, now);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Result<LeadDetail> LeadService::Release(const org::Caller& caller, Id id, const std::string& reason,
                                        std::optional<Id> pool_id) {
  if (IsBlank(reason)) return Status::Validation({{"reason", "required"}});
  if (reason.size() > 500) return Status::Validation({{"reason", "too_long"}});
  Result<LeadDetail> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    auto current = DetailOf(conn, caller, id, now);
    if (!current.ok()) return current.status();
    const Lead& l = current->view.lead;
    if (!l.owner_id) return Status::Error("pool.not_owned", "This lead is in a pool already.");
    if (!current->can_release) return Status::Error("permission.denied", "You cannot release this lead.");
    std::optional<Id> target = pool_id ? pool_id : l.home_pool_id;
    if (!target) {
      auto owner = org::GetUser(conn, caller.tenant_id, *l.owner_id);
      if (owner.ok()) {
        auto def = pool::DefaultPoolFor(conn, caller, owner->id, owner->department_id, "lead");
        if (!def.ok()) return def.status();
        target = *def;
      }
    }
    if (!target) return Status::Validation({{"poolId", "required"}});
    auto p = pool::GetPool(conn, caller, *target, now);
    if (!p.ok() || p->kind != "lead") return Status::Validation({{"poolId", "invalid_value"}});
    auto put = PutLeadInPool(conn, caller.tenant_id, id, *l.owner_id, *target, false, now);
    if (!put.ok()) return put.status();
    if (!*put) return Status::Error("pool.not_owned", "This lead is in a pool already.");
    if (Status w = WriteHistory(conn, caller.tenant_id, id, "release", l.owner_id, std::nullopt, *target, caller.user_id,
                           now, reason);
        !w.ok())
      return w;
    if (Status w = audit::RecordAction(conn, caller, now, "lead.release", "lead", id); !w.ok()) return w;
    out = DetailOf(conn, caller, id, now);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Result<LeadDetail> LeadService::Transfer(const org::Caller& caller, Id id, Id user_id) {
  if (Status s = org::Require(caller, "lead.transfer"); !s.ok()) return s;
  Result<LeadDetail> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    auto current = DetailOf(conn, caller, id, now);
    if (!current.ok()) return current.status();
    const Lead& l = current->view.lead;
    if (current->read_only) return Status::Error("lead.read_only", "A converted lead cannot be changed.");
    if (!l.owner_id) return Status::Error("pool.not_owned", "This lead is in a pool; assign it instead.");
    auto user = org::GetUser(conn, caller.tenant_id, user_id);
    if (!user.ok() || user->status != org::UserStatus::kActive) return Status::Validation({{"userId", "invalid_value"}});
    auto see = org::CanSeeOwner(conn, caller, user_id);
    if (!see.ok()) return see.status();
    if (!*see) return Status::Validation({{"userId", "invalid_value"}});
    if (Status w = SetLeadOwner(conn, caller.tenant_id, id, user_id, now); !w.ok()) return w;
    if (Status w = WriteHistory(conn, caller.tenant_id, id, "transfer", l.owner_id, user_id, std::nullopt, caller.user_id, now);
        !w.ok())
      return w;
    if (user_id != caller.user_id)
      if (Status w = NotifyLead(conn, caller.tenant_id, user_id, "lead.assigned", l, now); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "lead.transfer", "lead", id); !w.ok()) return w;
    out = DetailOf(conn, caller, id, now);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Result<LeadService::Revealed> LeadService::Reveal(const org::Caller& caller, Id id) {
  const Instant now = clock_.Now();
  return storage::InTransactionResult<Revealed>(db_, [&](Connection& conn) -> Result<Revealed> {
    auto l = GetLead(conn, caller.tenant_id, id);
    if (!l.ok()) return l.status();
    auto a = AccessTo(conn, caller, *l);
    if (!a.ok()) return a.status();
    if (!a->visible) return Status::NotFound();
    auto custom = fields::FieldSet::Load(conn, caller, "lead");
    if (!custom.ok()) return custom.status();
    const org::Protection& p = custom->protection();
    const bool masked = MaskedFor(caller, *l, *a, p);
    if (masked && l->pool_id)
      return Status::Error("lead.claim_first", "This lead is in a pool: claim it before revealing its numbers.");
    // Only the protected custom fields the caller sees are answered.
    std::set<std::string> others = custom->Hidden();
    for (const auto& f : custom->all())
      if (!custom->Protected().count(f.key)) others.insert(f.key);
    l->custom_fields = fields::WithoutKeys(l->custom_fields, others);
    const bool anything = (l->mobile && p.Protects("mobile")) || (l->phone && p.Protects("phone")) ||
                          (l->email && p.Protects("email")) || (l->wechat && p.Protects("wechat")) ||
                          l->custom_fields != "{}";
    auto left = customers::SpendReveal(conn, caller, now, masked && anything, "lead.reveal", "lead", l->id);
    if (!left.ok()) return left.status();
    return Revealed{std::move(*l), *left};
  });
}

Result<Page<activity::FollowUp>> LeadService::FollowUps(const org::Caller& caller, Id id, const PageRequest& page) {
  if (Status s = org::Require(caller, "lead.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto d = DetailOf(**lease, caller, id, clock_.Now());
  if (!d.ok()) return d.status();
  return activity::ListLeadFollowUps(**lease, caller, id, page);
}

Result<activity::FollowUp> LeadService::AddFollowUp(const org::Caller& caller, Id id, const activity::FollowUpInput& in) {
  if (Status s = org::Require(caller, "followup.create"); !s.ok()) return s;
  Result<activity::FollowUp> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    auto d = DetailOf(conn, caller, id, now);
    if (!d.ok()) return d.status();
    if (d->read_only) return Status::Error("lead.read_only", "A converted lead cannot be changed.");
    if (!d->can_edit || !d->view.lead.owner_id)
      return Status::Error("permission.denied", "Only who holds this lead (or their manager) can follow it up.");
    const Lead& l = d->view.lead;
    auto f = activity::WriteLeadFollowUp(conn, caller, id, l.name.empty() ? l.company : l.name, in, now);
    if (!f.ok()) return f.status();
    if (Status w = TouchLeadFollowUp(conn, caller.tenant_id, id, now); !w.ok()) return w;
    out = std::move(f);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return activity::GetFollowUp(**lease, caller, out->id);
}

Result<std::vector<LeadHistoryEntry>> LeadService::History(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "lead.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto d = DetailOf(**lease, caller, id, clock_.Now());
  if (!d.ok()) return d.status();
  return ListHistory(**lease, caller, id);
}

// ---- Conversion ----

const std::vector<ConversionField>& DefaultConversionMapping() {
  static const std::vector<ConversionField> mapping = {
      {"company", "customer.name"},       {"creditCode", "customer.creditCode"},
      {"industry", "customer.industry"},  {"province", "customer.province"},
      {"city", "customer.city"},          {"sourceName", "customer.source"},
      {"phone", "customer.phone"},        {"name", "contact.name"},
      {"title", "contact.title"},         {"mobile", "contact.mobile"},
      {"email", "contact.email"},         {"wechat", "contact.wechat"},
      {"notes", "contact.notes"}};
  return mapping;
}

namespace {

std::optional<std::string> LeadValue(const Lead& l, const std::string& field) {
  if (field == "name") return l.name;
  if (field == "company") return l.company;
  if (field == "creditCode") return l.credit_code;
  if (field == "mobile") return l.mobile;
  if (field == "phone") return l.phone;
  if (field == "email") return l.email;
  if (field == "wechat") return l.wechat;
  if (field == "title") return l.title;
  if (field == "campaign") return l.campaign;
  if (field == "province") return l.province;
  if (field == "city") return l.city;
  if (field == "industry") return l.industry;
  if (field == "notes") return l.notes;
  if (field == "sourceName") return l.source_name;
  return std::nullopt;
}

bool Set(customers::CustomerInput& c, customers::ContactInput& ct, const std::string& target, std::string v) {
  if (target == "customer.name") c.name = v;
  else if (target == "customer.creditCode") c.credit_code = std::optional<std::string>(v);
  else if (target == "customer.industry") c.industry = v;
  else if (target == "customer.province") c.province = v;
  else if (target == "customer.city") c.city = v;
  else if (target == "customer.source") c.source = v;
  else if (target == "customer.phone") c.phone = std::optional<std::string>(v);
  else if (target == "customer.address") c.address = v;
  else if (target == "contact.name") ct.name = v;
  else if (target == "contact.title") ct.title = v;
  else if (target == "contact.mobile") ct.mobile = std::optional<std::string>(v);
  else if (target == "contact.phone") ct.phone = std::optional<std::string>(v);
  else if (target == "contact.email") ct.email = std::optional<std::string>(v);
  else if (target == "contact.wechat") ct.wechat = std::optional<std::string>(v);
  else if (target == "contact.notes") ct.notes = v;
  else return false;
  return true;
}

}  // namespace

Result<ConvertResult> LeadService::Convert(const org::Caller& caller, Id id, const ConvertInput& in) {
  if (Status s = org::Require(caller, "lead.edit"); !s.ok()) return s;
  if (Status s = org::Require(caller, "customer.create"); !s.ok()) return s;
  ConvertResult result;
  Status s = storage::InRequestTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    auto d = DetailOf(conn, caller, id, now);
    if (!d.ok()) return d.status();
    if (d->read_only) return Status::Error("lead.read_only", "This lead was converted already.");
    if (!d->can_convert) return Status::Error("permission.denied", "You cannot convert this lead.");
    auto lead = GetLead(conn, caller.tenant_id, id);  // unmasked: the caller may convert it
    if (!lead.ok()) return lead.status();
    auto mapping = GetConversionMapping(conn, caller.tenant_id);
    if (!mapping.ok()) return mapping.status();
    const auto& fields = mapping->empty() ? DefaultConversionMapping() : *mapping;
    customers::CustomerInput customer;
    customers::ContactInput contact;
    for (const auto& f : fields) {
      auto v = LeadValue(*lead, f.lead);
      if (v && !v->empty()) Set(customer, contact, f.customer, *v);
    }
    // The caller's overrides win over the mapping.
    const auto& o = in.customer;
    if (o.name) customer.name = o.name;
    if (o.short_name) customer.short_name = o.short_name;
    if (o.industry) customer.industry = o.industry;
    if (o.scale) customer.scale = o.scale;
    if (o.level) customer.level = o.level;
    if (o.status) customer.status = o.status;
    if (o.province) customer.province = o.province;
    if (o.city) customer.city = o.city;
    if (o.district) customer.district = o.district;
    if (o.address) customer.address = o.address;
    if (in.contact_name) contact.name = in.contact_name;
    if (in.contact_title) contact.title = in.contact_title;
    if (!customer.name || customer.name->empty()) customer.name = lead->name;
    if (!contact.name || contact.name->empty()) contact.name = lead->name.empty() ? lead->company : lead->name;

    // Converted first: a lead being converted is no duplicate of the customer it becomes (the
    // conflict checks below skip converted leads).
    if (Status w = SetLeadStatus(conn, caller.tenant_id, id, "converted", "", now); !w.ok()) return w;
    std::optional<Id> target = in.customer_id;
    if (!target) {
      // The conflict check decides: a customer that already exists is attached to, never created twice.
      customers::ConflictQuery q = QueryOf(*lead);
      if (customer.name) q.name = customer.name;
      auto matches = customers::CustomerService::FindConflicts(conn, caller, q, now);
      if (!matches.ok()) return matches.status();
      for (const auto& m : *matches)
        if (m.customer_id && m.where != "deleted") {
          target = m.customer_id;
          break;
        }
      if (!target && !matches->empty()) {
        const auto& m = matches->front();
        Status c = Status::Error("customer.conflict", "A matching customer already exists.");
        c.With("matchedOn", m.matched_on).With("where", m.where).With("matches", static_cast<std::int64_t>(matches->size()));
        if (m.team_name) c.With("teamName", *m.team_name);
        if (m.pool_name) c.With("poolName", *m.pool_name);
        return c;
      }
    }
    if (target) {
      auto c = customers_.Get(caller, *target);
      if (!c.ok()) return c.status().code() == "not_found" ? Status::Validation({{"customerId", "invalid_value"}}) : c.status();
      auto added = customers_.AddContact(caller, *target, contact);
      if (!added.ok()) return added.status();
      result.customer_id = *target;
      result.contact_id = added->id;
      result.attached = true;
    } else {
      customer.contacts = std::vector<customers::ContactInput>{contact};
      auto created = customers_.Create(caller, customer);
      if (!created.ok()) return created.status();
      result.customer_id = created->view.customer.id;
      if (!created->contacts.empty()) result.contact_id = created->contacts.front().id;
    }
    if (in.opportunity) {
      auto made = deals::DealService::CreateForLead(conn, caller, result.customer_id, id, *in.opportunity, now);
      if (!made.ok()) return made.status();
      result.opportunity_id = *made;
    }
    if (Status w = MarkConverted(conn, caller, id, result.customer_id, result.contact_id, now); !w.ok()) return w;
    if (Status w = activity::MoveLeadFollowUps(conn, caller, id, result.customer_id); !w.ok()) return w;
    if (Status w = activity::RefreshLastVisit(conn, caller, result.customer_id); !w.ok()) return w;
    if (lead->last_follow_up_at)
      if (Status w = customers::RaiseLastFollowUp(conn, caller.tenant_id, result.customer_id, *lead->last_follow_up_at);
          !w.ok())
        return w;
    if (Status w = WriteHistory(conn, caller.tenant_id, id, "convert", lead->owner_id, lead->owner_id, std::nullopt,
                           caller.user_id, now, result.attached ? "attached" : "created");
        !w.ok())
      return w;
    if (Status w = audit::RecordAction(conn, caller, now, "lead.convert", "lead", id,
                                       "{\"customerId\":\"" + IdToString(result.customer_id) + "\"}");
        !w.ok())
      return w;
    auto after = DetailOf(conn, caller, id, now);
    if (!after.ok()) return after.status();
    result.lead = std::move(*after);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return result;
}

Result<std::vector<ConversionField>> LeadService::ConversionMapping(const org::Caller& caller) {
  if (Status s = org::Require(caller, "lead.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto m = GetConversionMapping(**lease, caller.tenant_id);
  if (!m.ok()) return m.status();
  if (m->empty()) return DefaultConversionMapping();
  return m;
}

Result<std::vector<ConversionField>> LeadService::SetConversionMapping(const org::Caller& caller,
                                                                       const std::vector<ConversionField>& fields) {
  if (Status s = org::Require(caller, "pool.configure"); !s.ok()) return s;
  Lead probe;  // every optional field set, so LeadValue answers for each known field
  probe.credit_code = probe.mobile = probe.phone = probe.email = probe.wechat = "";
  customers::CustomerInput c;
  customers::ContactInput ct;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (!LeadValue(probe, fields[i].lead) || !Set(c, ct, fields[i].customer, ""))
      return Status::Validation({{"fields[" + std::to_string(i) + "]", "invalid_value"}});
  }
  if (fields.size() > 50) return Status::Validation({{"fields", "too_long"}});
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status w = leads::SetConversionMapping(conn, caller, fields); !w.ok()) return w;
    return audit::RecordAction(conn, caller, clock_.Now(), "lead.mapping", "lead", 0);
  });
  if (!s.ok()) return s;
  return fields.empty() ? DefaultConversionMapping() : fields;
}

// ---- Sources ----

namespace {
Status CheckCosts(const std::vector<LeadSourceCost>& costs) {
  std::set<std::string> months;
  for (const auto& c : costs) {
    const bool month = c.month.size() == 7 && c.month[4] == '-' &&
                       std::all_of(c.month.begin(), c.month.begin() + 4, ::isdigit) &&
                       std::isdigit(static_cast<unsigned char>(c.month[5])) &&
                       std::isdigit(static_cast<unsigned char>(c.month[6])) &&
                       std::stoi(c.month.substr(5)) >= 1 && std::stoi(c.month.substr(5)) <= 12;
    if (!month || !months.insert(c.month).second) return Status::Validation({{"costs", "invalid_value"}});
    if (c.amount < 0 || c.amount > 100'000'000'000LL) return Status::Validation({{"costs", "invalid_value"}});
  }
  if (costs.size() > 240) return Status::Validation({{"costs", "too_long"}});
  return Status::Ok();
}
}  // namespace

Result<std::vector<LeadSource>> LeadService::Sources(const org::Caller& caller) {
  if (Status s = org::Require(caller, "lead.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return ListSources(**lease, caller.tenant_id);
}

Result<LeadSource> LeadService::CreateSource(const org::Caller& caller, const LeadSource& in) {
  if (Status s = org::Require(caller, "pool.configure"); !s.ok()) return s;
  if (in.name.empty()) return Status::Validation({{"name", "required"}});
  if (in.name.size() > 100) return Status::Validation({{"name", "too_long"}});
  if (Status c = CheckCosts(in.costs); !c.ok()) return c;
  LeadSource src = in;
  src.id = Ids().Next();
  src.created_at = src.updated_at = clock_.Now();
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto all = ListSources(conn, caller.tenant_id);
    if (!all.ok()) return all.status();
    for (const auto& x : *all)
      if (x.name == src.name) return Status::Error("lead.source_exists", "A source with this name exists.");
    if (Status w = InsertSource(conn, caller.tenant_id, src); !w.ok()) return w;
    return audit::RecordAction(conn, caller, src.created_at, "lead.source_create", "lead_source", src.id);
  });
  if (!s.ok()) return s;
  std::sort(src.costs.begin(), src.costs.end(), [](const auto& a, const auto& b) { return a.month < b.month; });
  return src;
}

Result<LeadSource> LeadService::UpdateSource(const org::Caller& caller, Id id, const std::optional<std::string>& name,
                                             std::optional<bool> enabled, std::optional<std::int64_t> sort_order,
                                             const std::optional<std::vector<LeadSourceCost>>& costs) {
  if (Status s = org::Require(caller, "pool.configure"); !s.ok()) return s;
  if (name && name->empty()) return Status::Validation({{"name", "required"}});
  if (name && name->size() > 100) return Status::Validation({{"name", "too_long"}});
  if (costs)
    if (Status c = CheckCosts(*costs); !c.ok()) return c;
  Result<LeadSource> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto all = ListSources(conn, caller.tenant_id);
    if (!all.ok()) return all.status();
    auto it = std::find_if(all->begin(), all->end(), [&](const LeadSource& x) { return x.id == id; });
    if (it == all->end()) return Status::NotFound();
    if (name)
      for (const auto& x : *all)
        if (x.id != id && x.name == *name) return Status::Error("lead.source_exists", "A source with this name exists.");
    LeadSource src = *it;
    if (name) src.name = *name;
    if (enabled) src.enabled = *enabled;
    if (sort_order) src.sort_order = *sort_order;
    if (costs) {
      src.costs = *costs;
      std::sort(src.costs.begin(), src.costs.end(), [](const auto& a, const auto& b) { return a.month < b.month; });
    }
    src.updated_at = clock_.Now();
    if (Status w = leads::UpdateSource(conn, caller, src); !w.ok()) return w;
    out = src;
    return audit::RecordAction(conn, caller, src.updated_at, "lead.source_update", "lead_source", id);
  });
  if (!s.ok()) return s;
  return out;
}

Status LeadService::DeleteSource(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "pool.configure"); !s.ok()) return s;
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto all = ListSources(conn, caller.tenant_id);
    if (!all.ok()) return all.status();
    if (std::none_of(all->begin(), all->end(), [&](const LeadSource& x) { return x.id == id; }))
      return Status::NotFound();
    auto used = SourceInUse(conn, caller, id);
    if (!used.ok()) return used.status();
    if (*used) return Status::Error("lead.source_in_use", "Leads came from this source; disable it instead.");
    if (Status w = leads::DeleteSource(conn, caller, id); !w.ok()) return w;
    return audit::RecordAction(conn, caller, clock_.Now(), "lead.source_delete", "lead_source", id);
  });
}

// ---- Push rules ----

Result<std::vector<PushRule>> LeadService::PushRules(const org::Caller& caller, Id pool_id) {
  if (Status s = org::Require(caller, "pool.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto p = pool::GetPool(**lease, caller, pool_id, clock_.Now());
  if (!p.ok()) return p.status();
  if (p->kind != "lead") return Status::NotFound();
  return ListPushRules(**lease, caller.tenant_id, pool_id);
}

Result<std::vector<PushRule>> LeadService::SetPushRules(const org::Caller& caller, Id pool_id, std::vector<PushRule> rules) {
  if (rules.size() > 50) return Status::Validation({{"rules", "too_long"}});
  std::vector<FieldIssue> issues;
  for (size_t i = 0; i < rules.size(); ++i) {
    const auto& r = rules[i];
    const std::string at = "rules[" + std::to_string(i) + "]";
    if (r.strategy != "round_robin" && r.strategy != "least_loaded" && r.strategy != "user")
      issues.push_back({at + ".strategy", "invalid_value"});
    if (r.strategy == "user" && !r.user_id) issues.push_back({at + ".userId", "required"});
    if (r.strategy != "user" && r.members.empty()) issues.push_back({at + ".members", "required"});
    if (r.members.size() > 200) issues.push_back({at + ".members", "too_long"});
    if (r.name.size() > 100) issues.push_back({at + ".name", "too_long"});
    std::set<Id> seen;
    for (const auto& m : r.members) {
      if (!seen.insert(m.user_id).second) issues.push_back({at + ".members", "invalid_value"});
      if (m.daily_cap && (*m.daily_cap < 0 || *m.daily_cap > 100000)) issues.push_back({at + ".members", "invalid_value"});
    }
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  Result<std::vector<PushRule>> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    auto p = pool::GetPool(conn, caller, pool_id, now);
    if (!p.ok()) return p.status();
    if (p->kind != "lead") return Status::NotFound();
    if (Status a = pool::RequirePoolAdmin(conn, caller, pool_id); !a.ok()) return a;
    if (Status l = conn.LockKey(pool_id); !l.ok()) return l;
    auto current = ListPushRules(conn, caller.tenant_id, pool_id);
    if (!current.ok()) return current.status();
    for (size_t i = 0; i < rules.size(); ++i) {
      auto& r = rules[i];
      r.position = static_cast<std::int64_t>(i);
      r.updated_at = now;
      const PushRule* old = nullptr;
      if (r.id) {
        for (const auto& c : *current)
          if (c.id == r.id) old = &c;
        if (!old) return Status::Validation({{"rules[" + std::to_string(i) + "].id", "invalid_value"}});
      } else {
        r.id = Ids().Next();
      }
      // Members keep their join order; a new member joins at the end.
      std::int64_t next = 0;
      if (old)
        for (const auto& m : old->members) next = std::max(next, m.order);
      for (auto& m : r.members) {
        auto u = org::GetUser(conn, caller.tenant_id, m.user_id);
        if (!u.ok()) return Status::Validation({{"rules[" + std::to_string(i) + "].members", "invalid_value"}});
        const PushMember* was = nullptr;
        if (old)
          for (const auto& om : old->members)
            if (om.user_id == m.user_id) was = &om;
        m.order = was ? was->order : ++next;
      }
      if (r.user_id) {
        auto u = org::GetUser(conn, caller.tenant_id, *r.user_id);
        if (!u.ok()) return Status::Validation({{"rules[" + std::to_string(i) + "].userId", "invalid_value"}});
      }
    }
    if (Status w = ReplacePushRules(conn, caller, pool_id, rules); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "lead.push_rules", "pool", pool_id); !w.ok()) return w;
    out = ListPushRules(conn, caller.tenant_id, pool_id);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace quanke::leads
