// DealService: access, the list and one opportunity, create, edit and delete, the history, and
// follow-ups naming an opportunity. Moving is in deal_move.cc.
#include <algorithm>

#include "core/text_list.h"
#include "domain/customers/customer_service.h"
#include "domain/deals/deal_internal.h"
#include "domain/deals/deal_rules.h"
#include "domain/deals/process_repository.h"
#include "domain/org/audit_changes.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/org/user_repository.h"
#include "domain/pool/countdown.h"
#include "domain/products/product_service.h"

namespace quanke::deals {
using storage::Connection;

Result<OwnedAccess> AccessToOwned(Connection& conn, const org::Caller& caller, const char* view_permission,
                                  Id owner_id, Id customer_id) {
  OwnedAccess a;
  if (!caller.Can(view_permission)) return a;
  a.owner = owner_id == caller.user_id;
  if (!a.owner) {
    auto see = org::CanSeeOwner(conn, caller, owner_id);
    if (!see.ok()) return see.status();
    a.in_scope = *see;
  } else {
    a.in_scope = true;
  }
  auto team = customers::TeamAccess(conn, caller, customer_id);
  if (!team.ok()) return team.status();
  if (*team) {
    a.team_read = true;
    a.team_write = **team == "write";
  }
  a.visible = a.owner || a.in_scope || a.team_read;
  return a;
}

namespace detail {

Result<DealAccess> AccessTo(Connection& conn, const org::Caller& caller, const Opportunity& o) {
  return AccessToOwned(conn, caller, "opportunity.view", o.owner_id, o.customer_id);
}

bool CanWrite(const org::Caller& caller, const DealAccess& a) {
  return caller.Can("opportunity.edit") && (a.owner || a.in_scope || a.team_write);
}

Result<Today> TodayOf(Connection& conn, Id tenant_id, Instant now) {
  auto zone = pool::TenantZone(conn, tenant_id);
  if (!zone.ok()) return zone.status();
  return Today{*zone, zone->DateOf(now)};
}

Result<std::vector<StaleRule>> StaleRules(Connection& conn, Id tenant_id, const Today& today) {
  auto processes = ListProcesses(conn, tenant_id, true, StageCounts::kWithout);
  if (!processes.ok()) return processes.status();
  std::vector<StaleRule> out;
  for (const auto& p : *processes) {
    StaleRule r;
    r.process_id = p.id;
    // Stale when the last activity's day is more than stale_days before today, i.e. before the
    // start of day today - stale_days (StaleOf).
    if (p.stale_days > 0) r.no_activity_before = today.zone.StartOf(today.date - static_cast<LocalDate>(p.stale_days));
    if (p.stale_when_overdue) r.overdue_before = FormatDate(today.date);
    if (r.no_activity_before || r.overdue_before) out.push_back(std::move(r));
  }
  return out;
}

OpportunityView ViewOf(Opportunity o, const Today& today) {
  OpportunityView v;
  v.stale = StaleOf(o.status, today.zone.DateOf(o.last_activity_at), o.expected_close_date, o.stale_days,
                    o.stale_when_overdue, today.date);
  v.opportunity = std::move(o);
  return v;
}

Result<OpportunityDetail> DetailOf(Connection& conn, const org::Caller& caller, Id id, Instant now) {
  auto o = GetOpportunity(conn, caller.tenant_id, id);
  if (!o.ok()) return o.status();
  auto a = AccessTo(conn, caller, *o);
  if (!a.ok()) return a.status();
  if (!a->visible) return Status::NotFound();
  auto process = GetProcess(conn, caller.tenant_id, o->process_id, StageCounts::kWithout);
  if (!process.ok()) return process.status();
  auto today = TodayOf(conn, caller.tenant_id, now);
  if (!today.ok()) return today.status();
  OpportunityDetail d;
  d.can_edit = d.can_move = CanWrite(caller, *a);
  d.can_delete = caller.Can("opportunity.delete") && (a->owner || a->in_scope);
  d.process = std::move(*process);
  d.view = ViewOf(std::move(*o), *today);
  return d;
}

}  // namespace detail

using namespace detail;

namespace {
// A line as the audit log shows it: "name x quantity @ unit price fen -discount fen".
std::string ItemText(const Item& item) {
  return item.name + " x" + std::to_string(item.quantity) + " @" + std::to_string(item.unit_price_fen) + " -" +
         std::to_string(item.discount_fen);
}

// Checks and applies the editable fields of `in` to `o` (validation.failed names the API's fields).
Status Apply(const OpportunityInput& in, Opportunity& o, bool creating) {
  std::vector<FieldIssue> issues;
  if (creating && !in.name) issues.push_back({"name", "required"});
  if (in.name) {
    if (IsBlank(*in.name)) issues.push_back({"name", "required"});
    else if (in.name->size() > 200) issues.push_back({"name", "too_long"});
    else o.name = *in.name;
  }
  if (in.notes) {
    if (in.notes->size() > 5000) issues.push_back({"notes", "too_long"});
    else o.notes = *in.notes;
  }
  if (in.amount_fen) {
    if (*in.amount_fen < 0 || *in.amount_fen > 1'000'000'000'000'000LL) issues.push_back({"amountFen", "invalid_value"});
    else o.amount_fen = *in.amount_fen;
  }
  if (in.expected_close_date) {
    LocalDate d = 0;
    if (*in.expected_close_date && (!ParseDate(**in.expected_close_date, &d) || (*in.expected_close_date)->size() != 10))
      issues.push_back({"expectedCloseDate", "invalid_value"});
    else o.expected_close_date = *in.expected_close_date;
  }
  if (in.probability && *in.probability && (**in.probability < 0 || **in.probability > 100))
    issues.push_back({"probability", "invalid_value"});
  if (in.competitors) {
    if (in.competitors->size() > 20) issues.push_back({"competitors", "too_long"});
    else if (std::any_of(in.competitors->begin(), in.competitors->end(),
                         [](const std::string& c) { return IsBlank(c) || c.size() > 200; }))
      issues.push_back({"competitors", "invalid_value"});
    else o.competitors = *in.competitors;
  }
  if (in.items) {
    std::int64_t sum = 0;
    auto more = CheckItems(*in.items, &sum);
    issues.insert(issues.end(), more.begin(), more.end());
    if (more.empty()) {
      o.items = *in.items;
      if (!in.amount_fen && !in.items->empty()) o.amount_fen = sum;
    }
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return Status::Ok();
}

// Probability of an edit: a value sets it, null gives the stage's back.
void ApplyProbability(const OpportunityInput& in, Opportunity& o, const SalesProcess& process) {
  if (!in.probability) return;
  if (*in.probability) {
    o.probability = **in.probability;
    o.probability_set = true;
    return;
  }
  o.probability_set = false;
  if (o.status == "open")
    if (const Stage* s = process.StageById(o.stage_id)) o.probability = s->probability;
}

// Lines naming a product (products module): the product must be the tenant's, and on sale when
// the line is new (its product was not on the opportunity before); a blank name takes the
// product's.
Status CheckProducts(Connection& conn, Id tenant_id, std::vector<Item>& items, const std::vector<Item>& before) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto& it = items[i];
    if (!it.product_id) continue;
    const bool is_new = std::none_of(before.begin(), before.end(),
                                     [&](const Item& b) { return b.product_id == it.product_id; });
    auto p = products::ProductForLine(conn, tenant_id, *it.product_id, is_new,
                                      "items[" + std::to_string(i) + "].productId");
    if (!p.ok()) return p.status();
    if (IsBlank(it.name)) it.name = p->name;
  }
  return Status::Ok();
}

Status CheckContact(Connection& conn, Id tenant_id, const Opportunity& o) {
  if (!o.contact_id) return Status::Ok();
  auto c = customers::GetContact(conn, tenant_id, *o.contact_id);
  if (!c.ok() || c->customer_id != o.customer_id) return Status::Validation({{"contactId", "invalid_value"}});
  return Status::Ok();
}

// The process a new opportunity goes into: the one named (live and enabled) or the default,
// made on the tenant's first use.
Result<SalesProcess> ProcessFor(Connection& conn, Id tenant_id, std::optional<Id> process_id, const char* field,
                                Instant now) {
  if (process_id) {
    if (Status l = LockProcessForUse(conn, tenant_id, *process_id); !l.ok()) return l;
    auto p = GetProcess(conn, tenant_id, *process_id, StageCounts::kWithout);
    if (!p.ok() || !p->enabled) return Status::Validation({{field, "invalid_value"}});
    return p;
  }
  auto id = DefaultProcessId(conn, tenant_id);
  if (!id.ok()) return id.status();
  if (!*id) {
    if (Status d = ProcessService::EnsureDefault(conn, tenant_id, now); !d.ok()) return d;
    id = DefaultProcessId(conn, tenant_id);
    if (!id.ok()) return id.status();
    if (!*id) return Status::Internal("no default process");
  }
  if (Status l = LockProcessForUse(conn, tenant_id, **id); !l.ok()) return l;
  return GetProcess(conn, tenant_id, **id, StageCounts::kWithout);
}

// Places a new opportunity in `stage` of `process` and writes it with its creation row.
Status WriteNew(Connection& conn, Id tenant_id, Opportunity& o, const SalesProcess& process, const Stage& stage,
                std::optional<Id> actor, Instant now) {
  o.process_id = process.id;
  o.stage_id = stage.id;
  o.stage_position = o.max_position = stage.position;
  o.stage_entered_at = o.last_activity_at = o.created_at = o.updated_at = now;
  if (!o.probability_set) o.probability = stage.probability;
  o.status = "open";
  o.version = 1;
  if (Status w = InsertOpportunity(conn, tenant_id, o); !w.ok()) return w;
  StageChange c;
  c.id = Ids().Next();
  c.opportunity_id = o.id;
  c.process_version = process.version;
  c.to_stage_id = stage.id;
  c.to_name = stage.name;
  c.to_kind = stage.kind;
  c.to_position = stage.position;
  c.direction = "create";
  c.amount_fen = o.amount_fen;
  c.probability = o.probability;
  c.user_id = actor;
  c.at = now;
  return InsertStageChange(conn, tenant_id, c);
}

Result<OpportunityDetail> CheckedDetail(Connection& conn, const org::Caller& caller, Id id, Instant now, bool deleting) {
  auto d = DetailOf(conn, caller, id, now);
  if (!d.ok()) return d.status();
  if (deleting ? !d->can_delete : !d->can_edit)
    return Status::Error("permission.denied", "You cannot change this opportunity.");
  return d;
}

}  // namespace

Result<Page<OpportunityView>> DealService::List(const org::Caller& caller, const OpportunityFilter& filter,
                                                const PageRequest& page) {
  if (Status s = org::Require(caller, "opportunity.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  auto today = TodayOf(conn, caller.tenant_id, clock_.Now());
  if (!today.ok()) return today.status();
  std::vector<StaleRule> rules;
  if (filter.stale) {
    auto r = StaleRules(conn, caller.tenant_id, *today);
    if (!r.ok()) return r.status();
    rules = std::move(*r);
  }
  auto list = ListOpportunities(conn, caller, filter, rules, page);
  if (!list.ok()) return list.status();
  Page<OpportunityView> out;
  out.next_cursor = list->next_cursor;
  out.total = list->total;
  for (auto& o : list->items) out.items.push_back(ViewOf(std::move(o), *today));
  return out;
}

Result<OpportunityDetail> DealService::Get(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "opportunity.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return DetailOf(**lease, caller, id, clock_.Now());
}

Result<OpportunityDetail> DealService::Create(const org::Caller& caller, const OpportunityInput& in) {
  if (Status s = org::Require(caller, "opportunity.create"); !s.ok()) return s;
  Opportunity o;
  o.id = Ids().Next();
  o.created_by = caller.user_id;
  if (Status a = Apply(in, o, true); !a.ok()) return a;
  if (!in.customer_id) return Status::Validation({{"customerId", "required"}});
  o.customer_id = *in.customer_id;
  if (in.contact_id) o.contact_id = *in.contact_id;
  o.lead_id = in.lead_id;
  if (in.probability && *in.probability) {
    o.probability = **in.probability;
    o.probability_set = true;
  }
  Result<OpportunityDetail> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    customers::CustomerAccess access;
    auto customer = customers::CustomerService::ViewOf(conn, caller, o.customer_id, nullptr, false, &access);
    if (!customer.ok()) {
      if (customer.status().code() == "not_found") return Status::Validation({{"customerId", "invalid_value"}});
      return customer.status();
    }
    if (!(access.owner || access.in_scope || access.team_write || access.pool_admin))
      return Status::Error("permission.denied", "You cannot add opportunities to this customer.");
    o.customer_name = customer->customer.name;
    if (Status c = CheckContact(conn, caller.tenant_id, o); !c.ok()) return c;
    if (Status c = CheckProducts(conn, caller.tenant_id, o.items, {}); !c.ok()) return c;
    o.owner_id = customer->customer.owner_id.value_or(caller.user_id);
    if (in.owner_id && *in.owner_id != o.owner_id) {
      auto see = org::CanSeeOwner(conn, caller, *in.owner_id);
      if (!see.ok()) return see.status();
      auto u = org::GetUser(conn, caller.tenant_id, *in.owner_id);
      if (!*see || !u.ok() || u->status != org::UserStatus::kActive)
        return Status::Validation({{"ownerId", "invalid_value"}});
      o.owner_id = u->id;
    }
    auto process = ProcessFor(conn, caller.tenant_id, in.process_id, "processId", now);
    if (!process.ok()) return process.status();
    const Stage* stage = nullptr;
    if (in.stage_id) {
      stage = process->StageById(*in.stage_id);
      if (!stage || stage->kind != "open") return Status::Validation({{"stageId", "invalid_value"}});
    } else {
      const auto open = process->OpenStages();
      if (open.empty()) return Status::Internal("a process without open stages");
      stage = open.front();
    }
    if (Status w = WriteNew(conn, caller.tenant_id, o, *process, *stage, caller.user_id, now); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "opportunity.create", "opportunity", o.id); !w.ok())
      return w;
    out = DetailOf(conn, caller, o.id, now);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Id> DealService::CreateForLead(Connection& conn, const org::Caller& caller, Id customer_id, Id lead_id,
                                      const ConvertedOpportunity& in, Instant now) {
  OpportunityInput fields;
  fields.name = in.name;
  fields.amount_fen = in.amount_fen;
  if (in.expected_close_date) fields.expected_close_date = in.expected_close_date;
  Opportunity o;
  o.id = Ids().Next();
  o.created_by = caller.user_id;
  o.customer_id = customer_id;
  o.lead_id = lead_id;
  if (Status a = Apply(fields, o, true); !a.ok()) {
    std::vector<FieldIssue> issues;
    for (const auto& f : a.fields()) issues.push_back({"opportunity." + f.field, f.issue});
    return Status::Validation(std::move(issues));
  }
  auto customer = customers::GetCustomer(conn, caller.tenant_id, customer_id);
  if (!customer.ok()) return customer.status();
  o.customer_name = customer->name;
  o.owner_id = customer->owner_id.value_or(caller.user_id);
  auto process = ProcessFor(conn, caller.tenant_id, in.process_id, "opportunity.processId", now);
  if (!process.ok()) return process.status();
  const auto open = process->OpenStages();
  if (open.empty()) return Status::Internal("a process without open stages");
  if (Status w = WriteNew(conn, caller.tenant_id, o, *process, *open.front(), caller.user_id, now); !w.ok()) return w;
  if (Status w = audit::RecordAction(conn, caller, now, "opportunity.create", "opportunity", o.id); !w.ok()) return w;
  return o.id;
}

Result<OpportunityDetail> DealService::Update(const org::Caller& caller, Id id, const OpportunityInput& in) {
  if (Status s = org::Require(caller, "opportunity.edit"); !s.ok()) return s;
  Result<OpportunityDetail> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    auto current = CheckedDetail(conn, caller, id, now, false);
    if (!current.ok()) return current.status();
    Opportunity o = current->view.opportunity;
    if (Status a = Apply(in, o, false); !a.ok()) return a;
    if (in.items)
      if (Status c = CheckProducts(conn, caller.tenant_id, o.items, current->view.opportunity.items); !c.ok()) return c;
    if (in.contact_id) {
      o.contact_id = *in.contact_id;
      if (Status c = CheckContact(conn, caller.tenant_id, o); !c.ok()) return c;
    }
    ApplyProbability(in, o, current->process);
    o.updated_at = now;
    if (Status w = UpdateOpportunityFields(conn, caller, o); !w.ok()) return w;
    const Opportunity& before = current->view.opportunity;
    audit::Changes changes;
    changes.Add("name", before.name, o.name);
    changes.AddId("contactId", before.contact_id, o.contact_id);
    changes.Add("amountFen", before.amount_fen, o.amount_fen);
    changes.Add("expectedCloseDate", before.expected_close_date, o.expected_close_date);
    changes.Add("probability", before.probability, o.probability);
    changes.Add("competitors", before.competitors, o.competitors);
    changes.Add("notes", before.notes, o.notes);
    std::vector<std::string> lines_before, lines_after;
    for (const auto& item : before.items) lines_before.push_back(ItemText(item));
    for (const auto& item : o.items) lines_after.push_back(ItemText(item));
    changes.Add("items", lines_before, lines_after);
    if (Status w = audit::RecordAction(conn, caller, now, "opportunity.update", "opportunity", id, changes.Json());
        !w.ok())
      return w;
    out = DetailOf(conn, caller, id, now);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Status DealService::Delete(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "opportunity.delete"); !s.ok()) return s;
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    auto current = CheckedDetail(conn, caller, id, now, true);
    if (!current.ok()) return current.status();
    if (Status w = SoftDeleteOpportunity(conn, caller, id, now); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "opportunity.delete", "opportunity", id);
  });
}

Result<std::vector<StageChange>> DealService::History(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "opportunity.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto o = GetOpportunity(**lease, caller.tenant_id, id);
  if (!o.ok()) return o.status();
  auto a = AccessTo(**lease, caller, *o);
  if (!a.ok()) return a.status();
  if (!a->visible) return Status::NotFound();
  return ListStageChanges(**lease, caller, id);
}

Result<activity::FollowUp> DealService::AddFollowUp(const org::Caller& caller, Id customer_id,
                                                    const activity::FollowUpInput& in) {
  if (Status s = org::Require(caller, "followup.create"); !s.ok()) return s;
  if (!in.opportunity_id) return Status::Validation({{"opportunityId", "required"}});
  Result<activity::FollowUp> out = Status::Internal("not written");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto o = GetOpportunity(conn, caller.tenant_id, *in.opportunity_id);
    if (!o.ok() && o.status().code() != "not_found") return o.status();
    if (!o.ok() || o->customer_id != customer_id) {
      // Only when the customer is visible is the opportunity the problem.
      customers::CustomerAccess access;
      auto visible = customers::CustomerService::ViewOf(conn, caller, customer_id, nullptr, false, &access);
      if (!visible.ok()) return visible.status();
      return Status::Validation({{"opportunityId", "invalid_value"}});
    }
    out = activity::WriteFollowUp(conn, caller, customer_id, in, clock_);
    if (!out.ok()) return out.status();
    return TouchOpportunity(conn, caller.tenant_id, o->id, out->created_at);
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace quanke::deals
