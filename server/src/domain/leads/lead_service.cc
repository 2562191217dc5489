// Leads: access and masking, the list and one lead, capture (by hand, bulk, the web-form
// intake) with the conflict check and push assignment, edits, status and deletion.
#include <algorithm>
#include <map>
#include <set>

#include "core/mask.h"
#include "core/text_list.h"
#include "domain/activity/attachment_links.h"
#include "domain/customers/normalize.h"
#include "domain/fields/field_values.h"
#include "domain/leads/lead_internal.h"
#include "domain/leads/lead_repository.h"
#include "domain/leads/push.h"
#include "domain/notify/notifications.h"
#include "domain/org/audit_changes.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/org/scope_repository.h"
#include "domain/org/user_repository.h"
#include "domain/pool/pool_repository.h"

namespace quanke::leads {
using storage::Connection;

bool IsLeadStatus(std::string_view s) {
  return s == "new" || s == "contacting" || s == "qualified" || s == "converted" || s == "invalid";
}

namespace detail {

bool Contains(const std::vector<Id>& ids, Id id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

Result<std::vector<Id>> BrowsableLeadPools(Connection& conn, const org::Caller& caller) {
  if (caller.scope == org::DataScope::kAll && caller.Can("pool.view")) return pool::AllPoolIds(conn, caller, "lead");
  auto member = pool::MemberPools(conn, caller, caller.user_id, caller.department_id, "lead");
  if (!member.ok()) return member.status();
  auto admin = pool::AdminPools(conn, caller, caller.user_id, "lead");
  if (!admin.ok()) return admin.status();
  std::set<Id> all(member->begin(), member->end());
  all.insert(admin->begin(), admin->end());
  return std::vector<Id>(all.begin(), all.end());
}

Result<LeadAccess> AccessTo(Connection& conn, const org::Caller& caller, const Lead& l) {
  LeadAccess a;
  if (!caller.Can("lead.view")) return a;
  if (l.pool_id) {
    auto member = pool::MemberPools(conn, caller, caller.user_id, caller.department_id, "lead");
    if (!member.ok()) return member.status();
    auto admin = pool::AdminPools(conn, caller, caller.user_id, "lead");
    if (!admin.ok()) return admin.status();
    a.pool_member = Contains(*member, *l.pool_id);
    a.pool_admin = Contains(*admin, *l.pool_id) || (caller.scope == org::DataScope::kAll && caller.Can("pool.configure"));
    a.visible = a.pool_member || a.pool_admin || (caller.scope == org::DataScope::kAll && caller.Can("pool.view"));
    return a;
  }
  if (!l.owner_id) return a;
  a.owner = *l.owner_id == caller.user_id;
  if (a.owner) {
    a.in_scope = a.visible = true;
    return a;
  }
  auto see = org::CanSeeOwner(conn, caller, *l.owner_id);
  if (!see.ok()) return see.status();
  a.in_scope = a.visible = *see;
  return a;
}

bool MaskedFor(const org::Caller& caller, const Lead& l, const LeadAccess& a, const org::Protection& p) {
  if (!p.Any("lead")) return false;
  return l.pool_id ? !a.pool_admin : !(a.owner || (a.in_scope && caller.Can("field.view_protected")));
}

LeadView ViewFor(const org::Caller& caller, Lead l, const LeadAccess& a, pool::Countdowns* countdowns,
                 const org::Protection& p) {
  LeadView v;
  if (MaskedFor(caller, l, a, p)) {
    for (auto [name, value] : {std::pair{"mobile", &l.mobile}, std::pair{"phone", &l.phone},
                               std::pair{"email", &l.email}, std::pair{"wechat", &l.wechat}})
      if (*value && p.Protects(name)) *value = MaskMiddle(**value);
    l.custom_fields = fields::MaskKeys(l.custom_fields, p.CustomKeys("lead"));
    v.contact_masked = true;
  }
  if (countdowns && l.owner_id && l.home_pool_id && l.Open() && l.clock_start_at) {
    pool::ClockInput in;
    in.received_at = *l.clock_start_at;
    in.last_follow_up_at = l.last_follow_up_at;
    auto d = countdowns->For(*l.home_pool_id, in);
    if (d.ok() && *d) {
      v.reclaim = **d;
      v.reclaim_pool_id = l.home_pool_id;
      v.reclaim_pool_name = l.home_pool_name;
    }
  }
  v.lead = std::move(l);
  return v;
}

Result<LeadDetail> DetailOf(Connection& conn, const org::Caller& caller, Id id, Instant now) {
  auto l = GetLead(conn, caller.tenant_id, id);
  if (!l.ok()) return l.status();
  auto a = AccessTo(conn, caller, *l);
  if (!a.ok()) return a.status();
  if (!a->visible) return Status::NotFound();
  pool::Countdowns countdowns(conn, caller.tenant_id, now);
  LeadDetail d;
  const bool converted = l->status == "converted";
  const bool manager = a->in_scope && caller.scope != org::DataScope::kSelf;
  d.read_only = converted;
  d.can_edit = !converted && caller.Can("lead.edit") && (a->owner || manager || a->pool_admin);
  d.can_claim = l->pool_id.has_value() && a->pool_member && caller.Can("pool.claim");
  d.can_release = !converted && l->owner_id.has_value() && (a->owner || manager);
  d.can_convert = !converted && l->owner_id.has_value() && caller.Can("lead.edit") &&
                  caller.Can("customer.create") && (a->owner || manager);
  auto custom = fields::FieldSet::Load(conn, caller, "lead");
  if (!custom.ok()) return custom.status();
  l->custom_fields = fields::WithoutKeys(l->custom_fields, custom->Hidden());
  d.view = ViewFor(caller, std::move(*l), *a, &countdowns, custom->protection());
  return d;
}

Status WriteHistory(Connection& conn, Id tenant_id, Id lead_id, const char* action, std::optional<Id> from,
               std::optional<Id> to, std::optional<Id> pool_id, std::optional<Id> actor, Instant at,
               std::string reason, std::optional<Id> rule_id, std::string rule) {
  LeadHistoryEntry h;
  h.id = Ids().Next();
  h.lead_id = lead_id;
  h.action = action;
  h.from_user_id = from;
  h.to_user_id = to;
  h.pool_id = pool_id;
  h.rule_id = rule_id;
  h.actor_id = actor;
  h.reason = std::move(reason);
  h.rule = std::move(rule);
  h.at = at;
  return InsertHistory(conn, tenant_id, h);
}

Status NotifyLead(Connection& conn, Id tenant_id, Id user_id, const char* type, const Lead& l, Instant at) {
  notify::Notification n;
  n.user_id = user_id;
  n.type = type;
  n.params = {{"lead", l.name.empty() ? l.company : l.name}};
  n.object_type = "lead";
  n.object_id = l.id;
  n.created_at = at;
  return notify::Send(conn, tenant_id, n);
}

customers::ConflictQuery QueryOf(const Lead& l) {
  customers::ConflictQuery q;
  if (!l.company.empty()) q.name = l.company;
  q.credit_code = l.credit_code;
  if (l.mobile) q.phone = l.mobile;
  if (l.phone) q.more_phones.push_back(*l.phone);
  return q;
}

Result<std::vector<LeadMatch>> FindMatches(Connection& conn, const org::Caller& caller,
                                           const customers::ConflictQuery& query, std::optional<Id> exclude_lead,
                                           Instant now) {
  // One conflict check covers customers and leads (customers' FindConflicts); a matching lead is
  // named to whoever may open it here.
  customers::ConflictQuery q = query;
  q.exclude_lead_id = exclude_lead;
  auto matches = customers::CustomerService::FindConflicts(conn, caller, q, now);
  if (!matches.ok()) return matches.status();
  std::vector<LeadMatch> out;
  std::vector<Id> lead_ids;
  for (const auto& m : *matches)
    if (m.kind == "lead") lead_ids.push_back(m.record_id);
  auto leads = GetLeads(conn, caller.tenant_id, lead_ids);
  if (!leads.ok()) return leads.status();
  for (auto& m : *matches) {
    if (m.kind == "lead" && m.where != "deleted" && !m.customer_id) {
      auto it = std::find_if(leads->begin(), leads->end(), [&](const Lead& l) { return l.id == m.record_id; });
      if (it != leads->end()) {
        auto a = AccessTo(conn, caller, *it);
        if (!a.ok()) return a.status();
        if (a->visible) {
          m.customer_id = it->id;
          m.customer_name = it->name.empty() ? it->company : it->name;
        }
      }
    }
    out.push_back({m.kind, std::move(m)});
  }
  return out;
}

}  // namespace detail

using namespace detail;

namespace {

constexpr size_t kShort = 200;

bool Blank(const std::optional<std::string>& s) {
  return !s || IsBlank(*s);
}
bool Blank(const std::optional<std::optional<std::string>>& s) { return !s || Blank(*s); }

}  // namespace

Status detail::Apply(const LeadInput& in, Lead& l, bool creating) {
  std::vector<FieldIssue> issues;
  auto text = [&](const std::optional<std::string>& v, std::string& out, const char* field, size_t max) {
    if (!v) return;
    if (v->size() > max) issues.push_back({field, "too_long"});
    else out = *v;
  };
  auto opt = [&](const std::optional<std::optional<std::string>>& v, std::optional<std::string>& out,
                 const char* field, size_t max) {
    if (!v) return;
    if (*v && (*v)->size() > max) issues.push_back({field, "too_long"});
    else out = (*v && !(*v)->empty()) ? *v : std::nullopt;
  };
  text(in.name, l.name, "name", kShort);
  text(in.company, l.company, "company", kShort);
  text(in.title, l.title, "title", 100);
  text(in.campaign, l.campaign, "campaign", kShort);
  text(in.province, l.province, "province", 50);
  text(in.city, l.city, "city", 50);
  text(in.industry, l.industry, "industry", 100);
  text(in.notes, l.notes, "notes", 5000);
  // custom_fields: checked and merged by the fields module (fields::MergeValues)
  opt(in.credit_code, l.credit_code, "creditCode", 18);
  opt(in.mobile, l.mobile, "mobile", 30);
  opt(in.phone, l.phone, "phone", 30);
  opt(in.email, l.email, "email", 200);
  opt(in.wechat, l.wechat, "wechat", 100);
  if (in.email && *in.email && !(*in.email)->empty() && (*in.email)->find('@') == std::string::npos)
    issues.push_back({"email", "invalid_value"});
  for (const auto* p : {&l.mobile, &l.phone})
    if (*p && customers::PhoneDigits(**p).size() < 5 && ((p == &l.mobile && in.mobile) || (p == &l.phone && in.phone)))
      issues.push_back({p == &l.mobile ? "mobile" : "phone", "invalid_value"});
  if (in.source_id) l.source_id = *in.source_id;
  if (in.tags) {
    if (in.tags->size() > 20) issues.push_back({"tags", "too_long"});
    else l.tags = *in.tags;
  }
  if (l.credit_code) l.credit_code = customers::NormalizeCreditCode(*l.credit_code);
  l.company_norm = customers::NormalizeCompanyName(l.company);
  if (creating || in.name || in.company) {
    if (Blank(std::optional<std::string>(l.name)) && Blank(std::optional<std::string>(l.company)))
      issues.push_back({"name", "required"});
  }
  if (creating && !l.mobile && !l.phone && !l.email && !l.wechat) issues.push_back({"mobile", "required"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return Status::Ok();
}

namespace {

Status ConflictError(const LeadMatch& m, std::size_t count) {
  Status s = Status::Error("lead.conflict", "A matching customer or lead already exists.");
  s.With("kind", m.kind).With("matchedOn", m.match.matched_on).With("where", m.match.where)
      .With("matches", static_cast<std::int64_t>(count));
  if (m.match.team_name) s.With("teamName", *m.match.team_name);
  if (m.match.pool_name) s.With("poolName", *m.match.pool_name);
  if (m.match.protected_until) s.With("protectedUntil", FormatDate(*m.match.protected_until));
  if (m.match.customer_id) s.With(m.kind == "lead" ? "leadId" : "customerId", IdToString(*m.match.customer_id));
  return s;
}

// A customer the lead matched and the caller may open: the lead is linked to it.
std::optional<Id> LinkedCustomer(const std::vector<LeadMatch>& matches) {
  for (const auto& m : matches)
    if (m.kind == "customer" && m.match.customer_id && m.match.where != "deleted") return m.match.customer_id;
  return std::nullopt;
}

Status CheckSource(Connection& conn, Id tenant_id, const Lead& l) {
  if (!l.source_id) return Status::Ok();
  auto sources = ListSources(conn, tenant_id);
  if (!sources.ok()) return sources.status();
  for (const auto& s : *sources)
    if (s.id == *l.source_id) return Status::Ok();
  return Status::Validation({{"sourceId", "invalid_value"}});
}

// Writes a new lead: into its pool (then the pool's push rules run) or to its owner. A pushed
// lead's owner is notified, or, with `pushed` (bulk), counted there for one notice per owner.
Status WriteNew(Connection& conn, Id tenant_id, Lead& l, std::optional<Id> actor, Instant now, Pusher* pusher,
                std::map<Id, std::int64_t>* pushed = nullptr) {
  l.created_at = l.updated_at = now;
  if (l.pool_id) {
    l.released_at = now;
    if (pusher) {
      auto pick = pusher->Choose(l);
      if (!pick.ok()) return pick.status();
      if (*pick) {
        l.home_pool_id = l.pool_id;
        l.pool_id.reset();
        l.owner_id = (*pick)->user_id;
        l.clock_start_at = l.claimed_at = l.assigned_at = now;
        l.assigned_rule_id = (*pick)->rule_id;
      }
    }
  } else {
    l.clock_start_at = now;
  }
  if (Status w = InsertLead(conn, tenant_id, l); !w.ok()) return w;
  const std::optional<Id> pool = l.pool_id ? l.pool_id : l.home_pool_id;
  if (Status w = WriteHistory(conn, tenant_id, l.id, "create", std::nullopt, l.pool_id ? std::nullopt : l.owner_id,
                         pool, actor, now);
      !w.ok())
    return w;
  if (l.assigned_rule_id) {
    if (Status w = WriteHistory(conn, tenant_id, l.id, "push", std::nullopt, l.owner_id, l.home_pool_id, std::nullopt,
                           now, {}, l.assigned_rule_id);
        !w.ok())
      return w;
    if (pushed) ++(*pushed)[*l.owner_id];
    else if (Status w = NotifyLead(conn, tenant_id, *l.owner_id, "lead.assigned", l, now); !w.ok()) return w;
  }
  return Status::Ok();
}

Result<TimeZone> Zone(Connection& conn, Id tenant_id) { return pool::TenantZone(conn, tenant_id); }

// Checks the target pool (a lead pool the caller may put leads into) or the owner.
Status PlaceNew(Connection& conn, const org::Caller& caller, const LeadInput& in, Lead& l) {
  if (in.pool_id) {
    auto p = pool::GetPool(conn, caller, *in.pool_id, 0);
    if (!p.ok() || p->kind != "lead") return Status::Validation({{"poolId", "invalid_value"}});
    auto browsable = BrowsableLeadPools(conn, caller);
    if (!browsable.ok()) return browsable.status();
    if (!Contains(*browsable, *in.pool_id)) return Status::Validation({{"poolId", "invalid_value"}});
    l.pool_id = *in.pool_id;
    return Status::Ok();
  }
  Id owner = caller.user_id;
  Id department = caller.department_id;
  if (in.owner_id && *in.owner_id != caller.user_id) {
    auto see = org::CanSeeOwner(conn, caller, *in.owner_id);
    if (!see.ok()) return see.status();
    auto u = org::GetUser(conn, caller.tenant_id, *in.owner_id);
    if (!*see || !u.ok() || u->status != org::UserStatus::kActive) return Status::Validation({{"ownerId", "invalid_value"}});
    owner = u->id;
    department = u->department_id;
  }
  l.owner_id = owner;
  auto home = pool::DefaultPoolFor(conn, caller, owner, department, "lead");
  if (!home.ok()) return home.status();
  l.home_pool_id = *home;
  return Status::Ok();
}

}  // namespace

Result<Page<LeadView>> LeadService::List(const org::Caller& caller, const LeadFilter& filter, const PageRequest& page) {
  if (Status s = org::Require(caller, "lead.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  std::vector<Id> pools;
  if (filter.in_pool || filter.pool_id) {
    auto b = BrowsableLeadPools(conn, caller);
    if (!b.ok()) return b.status();
    pools = std::move(*b);
  }
  // The custom fields as the caller sees them: the filters' fields, and the values cut from the rows.
  auto custom = fields::FieldSet::Load(conn, caller, "lead");
  if (!custom.ok()) return custom.status();
  LeadFilter f = filter;
  if (!f.custom_params.empty()) {
    auto conditions = fields::Resolve(conn, caller.tenant_id, *custom, f.custom_params);
    if (!conditions.ok()) return conditions.status();
    f.custom = std::move(*conditions);
  }
  auto list = ListLeads(conn, caller, f, pools, page);
  if (!list.ok()) return list.status();
  const std::set<std::string> hidden = custom->Hidden();
  const Instant now = clock_.Now();
  pool::Countdowns countdowns(conn, caller.tenant_id, now);
  std::vector<Id> admin;
  if (filter.in_pool || filter.pool_id) {
    auto a = pool::AdminPools(conn, caller, caller.user_id, "lead");
    if (!a.ok()) return a.status();
    admin = std::move(*a);
  }
  Page<LeadView> out;
  out.next_cursor = list->next_cursor;
  for (auto& l : list->items) {
    LeadAccess a;
    a.visible = true;
    if (l.pool_id) {
      a.pool_admin = Contains(admin, *l.pool_id) || (caller.scope == org::DataScope::kAll && caller.Can("pool.configure"));
    } else {
      a.owner = l.owner_id == caller.user_id;
      a.in_scope = true;  // the list's scope filter kept only these
    }
    l.custom_fields = fields::WithoutKeys(l.custom_fields, hidden);
    out.items.push_back(ViewFor(caller, std::move(l), a, &countdowns, custom->protection()));
  }
  return out;
}

void LeadService::RegisterAttachmentReaders() {
  activity::RegisterAttachmentReader("lead", [](Connection& conn, const org::Caller& caller, Id id) {
    auto l = GetLead(conn, caller.tenant_id, id);
    if (!l.ok()) return false;
    auto a = AccessTo(conn, caller, *l);
    return a.ok() && a->visible;
  });
}

Result<LeadDetail> LeadService::Get(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "lead.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return DetailOf(**lease, caller, id, clock_.Now());
}

Result<LeadDetail> LeadService::Create(const org::Caller& caller, const LeadInput& in) {
  if (Status s = org::Require(caller, "lead.create"); !s.ok()) return s;
  Lead l;
  l.id = Ids().Next();
  l.created_by = caller.user_id;
  if (Status s = Apply(in, l, true); !s.ok()) return s;
  Result<LeadDetail> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    if (Status c = CheckSource(conn, caller.tenant_id, l); !c.ok()) return c;
    if (Status p = PlaceNew(conn, caller, in, l); !p.ok()) return p;
    auto custom = fields::FieldSet::Load(conn, caller, "lead");
    if (!custom.ok()) return custom.status();
    auto values = fields::MergeValues(conn, caller, *custom, "{}", in.custom_fields, true, l.id);
    if (!values.ok()) return values.status();
    l.custom_fields = std::move(*values);
    auto matches = FindMatches(conn, caller, QueryOf(l), std::nullopt, now);
    if (!matches.ok()) return matches.status();
    if (!matches->empty() && !in.force) return ConflictError(matches->front(), matches->size());
    l.customer_id = LinkedCustomer(*matches);
    std::optional<Pusher> pusher;
    if (l.pool_id) {
      auto zone = Zone(conn, caller.tenant_id);
      if (!zone.ok()) return zone.status();
      auto p = Pusher::Load(conn, caller.tenant_id, *l.pool_id, now, *zone);
      if (!p.ok()) return p.status();
      pusher = std::move(*p);
    }
    if (Status w = WriteNew(conn, caller.tenant_id, l, caller.user_id, now, pusher ? &*pusher : nullptr); !w.ok())
      return w;
    if (Status w = fields::StoreValues(conn, caller, *custom, l.id, l.custom_fields, true); !w.ok()) return w;
    if (pusher)
      if (Status w = pusher->Save(); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "lead.create", "lead", l.id); !w.ok()) return w;
    out = DetailOf(conn, caller, l.id, now);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<BulkRow>> LeadService::CreateMany(const org::Caller& caller, const std::vector<LeadInput>& rows,
                                                     std::optional<Id> pool_id) {
  if (Status s = org::Require(caller, "lead.create"); !s.ok()) return s;
  if (Status s = org::Require(caller, "lead.import"); !s.ok()) return s;
  std::vector<BulkRow> out(rows.size());
  Status s = storage::InOwnTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    auto zone = Zone(conn, caller.tenant_id);
    if (!zone.ok()) return zone.status();
    std::optional<Pusher> pusher;
    LeadInput placement;
    placement.pool_id = pool_id;
    Lead placed;
    if (Status p = PlaceNew(conn, caller, placement, placed); !p.ok()) return p;
    if (pool_id) {
      auto p = Pusher::Load(conn, caller.tenant_id, *pool_id, now, *zone);
      if (!p.ok()) return p.status();
      pusher = std::move(*p);
    }
    auto sources = ListSources(conn, caller.tenant_id);
    if (!sources.ok()) return sources.status();
    auto custom = fields::FieldSet::Load(conn, caller, "lead");
    if (!custom.ok()) return custom.status();
    std::map<Id, std::int64_t> pushed;
    for (size_t i = 0; i < rows.size(); ++i) {
      Lead l = placed;
      l.id = Ids().Next();
      l.created_by = caller.user_id;
      Status a = Apply(rows[i], l, true);
      if (a.ok() && l.source_id &&
          std::none_of(sources->begin(), sources->end(), [&](const LeadSource& s) { return s.id == *l.source_id; }))
        a = Status::Validation({{"sourceId", "invalid_value"}});
      if (a.ok()) {
        auto values = fields::MergeValues(conn, caller, *custom, "{}", rows[i].custom_fields, true, l.id);
        if (values.ok()) l.custom_fields = std::move(*values);
        else a = values.status();
      }
      if (!a.ok()) {
        out[i].status = a;
        continue;
      }
      auto matches = FindMatches(conn, caller, QueryOf(l), std::nullopt, now);
      if (!matches.ok()) return matches.status();
      l.customer_id = LinkedCustomer(*matches);
      if (Status w = WriteNew(conn, caller.tenant_id, l, caller.user_id, now, pusher ? &*pusher : nullptr, &pushed);
          !w.ok())
        return w;
      if (Status w = fields::StoreValues(conn, caller, *custom, l.id, l.custom_fields, true); !w.ok()) return w;
      out[i].id = l.id;
      out[i].linked_customer_id = l.customer_id;
    }
    if (pusher)
      if (Status w = pusher->Save(); !w.ok()) return w;
    for (const auto& [user, count] : pushed) {
      notify::Notification n;
      n.user_id = user;
      n.type = "lead.assigned_many";
      n.params = {{"count", std::to_string(count)}};
      n.object_type = "lead";
      n.created_at = now;
      if (Status w = notify::Send(conn, caller.tenant_id, n); !w.ok()) return w;
    }
    return audit::RecordAction(conn, caller, now, "lead.bulk_create", "lead", 0,
                               "{\"rows\":" + std::to_string(rows.size()) + "}");
  });
  if (!s.ok()) return s;
  return out;
}

Result<Id> LeadService::Intake(Connection& conn, Id tenant_id, Lead l, Instant now) {
  if (!l.pool_id) return Status::Internal("intake without a pool");
  org::Caller system;
  system.tenant_id = tenant_id;
  system.scope = org::DataScope::kAll;
  system.permissions = {"customer.view", "lead.view", "pool.view"};
  auto matches = FindMatches(conn, system, QueryOf(l), std::nullopt, now);
  if (!matches.ok()) return matches.status();
  l.customer_id = LinkedCustomer(*matches);
  auto zone = Zone(conn, tenant_id);
  if (!zone.ok()) return zone.status();
  auto pusher = Pusher::Load(conn, tenant_id, *l.pool_id, now, *zone);
  if (!pusher.ok()) return pusher.status();
  if (Status w = WriteNew(conn, tenant_id, l, std::nullopt, now, &*pusher); !w.ok()) return w;
  if (Status w = pusher->Save(); !w.ok()) return w;
  return l.id;
}

Result<LeadDetail> LeadService::Update(const org::Caller& caller, Id id, const LeadInput& in) {
  if (Status s = org::Require(caller, "lead.edit"); !s.ok()) return s;
  Result<LeadDetail> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    auto current = DetailOf(conn, caller, id, now);
    if (!current.ok()) return current.status();
    if (current->read_only) return Status::Error("lead.read_only", "A converted lead cannot be changed.");
    if (!current->can_edit) return Status::Error("permission.denied", "You cannot edit this lead.");
    auto l = GetLead(conn, caller.tenant_id, id);  // unmasked
    if (!l.ok()) return l.status();
    const Lead before = *l;
    LeadInput edit = in;
    KeepUnmasked(edit.mobile, l->mobile);
    KeepUnmasked(edit.phone, l->phone);
    KeepUnmasked(edit.email, l->email);
    KeepUnmasked(edit.wechat, l->wechat);
    if (Status a = Apply(edit, *l, false); !a.ok()) return a;
    std::optional<fields::FieldSet> custom;
    if (in.custom_fields) {
      auto set = fields::FieldSet::Load(conn, caller, "lead");
      if (!set.ok()) return set.status();
      custom = std::move(*set);
      const auto given = fields::WithoutMaskedEcho(in.custom_fields, before.custom_fields, custom->Protected());
      auto merged = fields::MergeValues(conn, caller, *custom, before.custom_fields, given, false, id);
      if (!merged.ok()) return merged.status();
      l->custom_fields = std::move(*merged);
    }
    if (Status c = CheckSource(conn, caller.tenant_id, *l); !c.ok()) return c;
    if (edit.company || edit.mobile || edit.phone || edit.credit_code) {
      auto matches = FindMatches(conn, caller, QueryOf(*l), id, now);
      if (!matches.ok()) return matches.status();
      if (auto linked = LinkedCustomer(*matches)) l->customer_id = linked;
    }
    l->updated_at = now;
    if (Status w = UpdateLeadFields(conn, caller, *l); !w.ok()) return w;
    if (custom && l->custom_fields != before.custom_fields)
      if (Status w = fields::StoreValues(conn, caller, *custom, id, l->custom_fields, false); !w.ok()) return w;
    audit::Changes changes;
    changes.Add("name", before.name, l->name);
    changes.Add("company", before.company, l->company);
    changes.Add("creditCode", before.credit_code, l->credit_code);
    changes.Add("mobile", before.mobile, l->mobile);
    changes.Add("phone", before.phone, l->phone);
    changes.Add("email", before.email, l->email);
    changes.Add("wechat", before.wechat, l->wechat);
    changes.Add("title", before.title, l->title);
    changes.AddId("sourceId", before.source_id, l->source_id);
    changes.Add("campaign", before.campaign, l->campaign);
    changes.Add("province", before.province, l->province);
    changes.Add("city", before.city, l->city);
    changes.Add("industry", before.industry, l->industry);
    changes.Add("status", before.status, l->status);
    changes.Add("invalidReason", before.invalid_reason, l->invalid_reason);
    changes.Add("tags", before.tags, l->tags);
    fields::AddChanges(changes, before.custom_fields, l->custom_fields);
    changes.Add("notes", before.notes, l->notes);
    changes.AddId("customerId", before.customer_id, l->customer_id);
    if (Status w = audit::RecordAction(conn, caller, now, "lead.update", "lead", id, changes.Json()); !w.ok())
      return w;
    out = DetailOf(conn, caller, id, now);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Status LeadService::Delete(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "lead.delete"); !s.ok()) return s;
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    auto current = DetailOf(conn, caller, id, now);
    if (!current.ok()) return current.status();
    if (Status w = SoftDeleteLead(conn, caller, id, now); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "lead.delete", "lead", id);
  });
}

Result<LeadDetail> LeadService::SetStatus(const org::Caller& caller, Id id, const std::string& status,
                                          const std::string& reason) {
  if (Status s = org::Require(caller, "lead.edit"); !s.ok()) return s;
  if (status != "new" && status != "contacting" && status != "qualified" && status != "invalid")
    return Status::Validation({{"status", "invalid_value"}});
  if (status == "invalid" && Blank(std::optional<std::string>(reason))) return Status::Validation({{"reason", "required"}});
  if (reason.size() > 500) return Status::Validation({{"reason", "too_long"}});
  Result<LeadDetail> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    auto current = DetailOf(conn, caller, id, now);
    if (!current.ok()) return current.status();
    if (current->read_only) return Status::Error("lead.read_only", "A converted lead cannot be changed.");
    if (!current->can_edit) return Status::Error("permission.denied", "You cannot edit this lead.");
    if (Status w = SetLeadStatus(conn, caller.tenant_id, id, status, status == "invalid" ? reason : "", now); !w.ok())
      return w;
    if (Status w = WriteHistory(conn, caller.tenant_id, id, "status", std::nullopt, std::nullopt, std::nullopt,
                           caller.user_id, now, status == "invalid" ? reason : "", std::nullopt, status);
        !w.ok())
      return w;
    out = DetailOf(conn, caller, id, now);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<LeadMatch>> LeadService::CheckConflict(const org::Caller& caller, const customers::ConflictQuery& q,
                                                          std::optional<Id> exclude_lead) {
  if (Status s = org::Require(caller, "lead.view"); !s.ok()) return s;
  if (!q.name && !q.credit_code && !q.phone) return Status::Validation({{"name", "required"}});
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return FindMatches(**lease, caller, q, exclude_lead, clock_.Now());
}

}  // namespace quanke::leads
