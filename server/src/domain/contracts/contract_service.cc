// ContractService: access, settings, the list and one contract, create (with its number), edit,
// delete, submit, void, renew, change orders and the payment plan.
#include <algorithm>
#include <set>

#include "core/text_list.h"
#include "domain/activity/attachment_links.h"
#include "domain/activity/feed_repository.h"
#include "domain/contracts/contract_internal.h"
#include "domain/contracts/contract_rules.h"
#include "domain/contracts/money_repository.h"
#include "domain/customers/customer_repository.h"
#include "domain/customers/customer_service.h"
#include "domain/deals/deal_repository.h"
#include "domain/notify/notifications.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/org/scope_repository.h"
#include "domain/org/user_repository.h"
#include "domain/pool/countdown.h"
#include "domain/products/product_service.h"

namespace quanke::contracts {
using storage::Connection;

namespace detail {

Result<std::string> TodayOf(Connection& conn, Id tenant_id, Instant now) {
  auto zone = pool::TenantZone(conn, tenant_id);
  if (!zone.ok()) return zone.status();
  return FormatDate(zone->DateOf(now));
}

Result<ContractDetail> DetailOf(Connection& conn, const org::Caller& caller, Id id, Instant now, Access* access) {
  auto today = TodayOf(conn, caller.tenant_id, now);
  if (!today.ok()) return today.status();
  auto c = GetContract(conn, caller.tenant_id, id, *today);
  if (!c.ok()) return c.status();
  auto a = deals::AccessToOwned(conn, caller, "contract.view", c->owner_id, c->customer_id);
  if (!a.ok()) return a.status();
  if (!a->visible) return Status::NotFound();
  const bool write = a->owner || a->in_scope || a->team_write;
  if (access) *access = {*a, write};
  ContractDetail d;
  const std::string& st = c->status;
  const bool money = st == "active" || st == "ended";
  d.can_edit = caller.Can("contract.edit") && write && st != "pending" && st != "void";
  d.can_submit = caller.Can("contract.create") && write && st == "draft";
  d.can_void = caller.Can("contract.approve") && (st == "draft" || st == "active") && c->received_fen == 0;
  d.can_delete = caller.Can("contract.delete") && (a->owner || a->in_scope) && st == "draft";
  d.can_change = caller.Can("contract.edit") && write && money;
  d.can_receive = caller.Can("payment.create") && money && c->claimed_fen < c->total_fen;
  d.can_invoice = caller.Can("payment.create") && money && c->invoiced_fen < c->total_fen;
  d.contract = std::move(*c);
  d.today = *today;
  return d;
}

Status CheckNotLocked(const Contract& c) {
  if (c.status == "pending") return Status::Error("contract.locked", "The contract is waiting for approval.");
  if (c.status == "void") return Status::Error("contract.void", "The contract is void.");
  return Status::Ok();
}

Status VersionConflict(std::int64_t current) {
  Status e = Status::Error("contract.version_conflict", "Someone changed this contract meanwhile.");
  e.With("version", current);
  return e;
}

Status Activate(Connection& conn, const org::Caller& by, Contract c, std::optional<Id> approval_id, Instant now) {
  const std::int64_t expected = c.version;
  c.status = "active";
  c.approval_status = "approved";
  if (approval_id) c.approval_id = approval_id;
  c.activated_at = now;
  c.updated_at = now;
  auto set = SetContractState(conn, by.tenant_id, c, expected);
  if (!set.ok()) return set.status();
  if (!*set) return VersionConflict(expected);
  if (Status s = SyncInstalments(conn, by.tenant_id, c.id, c.status, c.owner_id, c.customer_id); !s.ok()) return s;
  if (Status s = customers::MarkDealWon(conn, by, c.customer_id, now); !s.ok()) return s;
  const notify::NotificationParams params = {{"contractId", IdToString(c.id)},
                                             {"number", c.number},
                                             {"name", c.name},
                                             {"totalFen", std::to_string(c.total_fen)}};
  auto item = activity::AddFeedItem(conn, by.tenant_id, "contract.activated", by.user_id, c.customer_id, std::nullopt,
                                    c.name, now, params);
  if (!item.ok()) return item.status();
  // 成交确认: the customer's team and the owner hear of it (not whoever activated it).
  auto team = customers::ListTeam(conn, by.tenant_id, c.customer_id);
  if (!team.ok()) return team.status();
  std::set<Id> to{c.owner_id};
  for (const auto& m : *team) to.insert(m.user_id);
  to.erase(by.user_id);
  for (Id user : to) {
    notify::Notification n;
    n.user_id = user;
    n.type = "contract.activated";
    n.params = {{"number", c.number}, {"name", c.name}, {"customer", c.customer_name},
                {"total", FormatYuan(c.total_fen)}};
    n.object_type = "contract";
    n.object_id = c.id;
    n.created_at = now;
    if (Status s = notify::Send(conn, by.tenant_id, n); !s.ok()) return s;
  }
  return Status::Ok();
}

void PutMoney(Contract& c, const MoneyFields& m) {
  c.total_fen = m.total_fen;
  c.items = m.items;
  std::int64_t total = 0, list = 0;
  CheckLines(c.items, &total, &list);
  // Without lines the list total is the total (no discount to show).
  c.list_total_fen = c.items.empty() ? c.total_fen : list;
  c.sign_date = m.sign_date;
  c.start_date = m.start_date;
  c.end_date = m.end_date;
}

Status ApplyMoney(Connection& conn, Id tenant_id, Contract c, const MoneyFields& after, Instant now) {
  PutMoney(c, after);
  c.updated_at = now;
  if (Status s = UpdateContract(conn, tenant_id, c); !s.ok()) return s;
  return SyncInstalments(conn, tenant_id, c.id, c.status, c.owner_id, c.customer_id);
}

}  // namespace detail

using namespace detail;

namespace {


bool ValidDate(const std::optional<std::string>& d) {
  LocalDate x = 0;
  return !d || (d->size() == 10 && ParseDate(*d, &x));
}

// Checks and applies the money fields (items, total, dates) onto `m`; issues named as the API.
void ApplyMoneyInput(const std::optional<std::int64_t>& total_fen, const std::optional<std::vector<ContractItem>>& items,
                     const std::optional<std::optional<std::string>>& sign_date,
                     const std::optional<std::optional<std::string>>& start_date,
                     const std::optional<std::optional<std::string>>& end_date, MoneyFields& m,
                     std::vector<FieldIssue>& issues) {
  if (items) m.items = *items;
  if (sign_date) m.sign_date = *sign_date;
  if (start_date) m.start_date = *start_date;
  if (end_date) m.end_date = *end_date;
  std::int64_t sum = 0, list = 0;
  auto more = CheckLines(m.items, &sum, &list);
  issues.insert(issues.end(), more.begin(), more.end());
  if (total_fen) {
    if (*total_fen < 0 || *total_fen > 1'000'000'000'000'000LL) issues.push_back({"totalFen", "invalid_value"});
    else if (!m.items.empty() && more.empty() && *total_fen != sum) issues.push_back({"totalFen", "invalid_value"});
    else m.total_fen = *total_fen;
  } else if (items && !m.items.empty() && more.empty()) {
    m.total_fen = sum;
  }
  if (!ValidDate(m.sign_date)) issues.push_back({"signDate", "invalid_value"});
  if (!ValidDate(m.start_date)) issues.push_back({"startDate", "invalid_value"});
  if (!ValidDate(m.end_date) || (m.start_date && m.end_date && *m.end_date < *m.start_date))
    issues.push_back({"endDate", "invalid_value"});
}

MoneyFields MoneyOf(const Contract& c) { return {c.total_fen, c.items, c.sign_date, c.start_date, c.end_date}; }


// The editable non-money fields.
void ApplyText(const ContractInput& in, Contract& c, bool creating, std::vector<FieldIssue>& issues) {
  if (creating && !in.name) issues.push_back({"name", "required"});
  if (in.name) {
    if (IsBlank(*in.name)) issues.push_back({"name", "required"});
    else if (in.name->size() > 200) issues.push_back({"name", "too_long"});
    else c.name = *in.name;
  }
  if (in.notes) {
    if (in.notes->size() > 5000) issues.push_back({"notes", "too_long"});
    else c.notes = *in.notes;
  }
  if (in.attachment_ids) {
    if (in.attachment_ids->size() > 20) issues.push_back({"attachmentIds", "too_long"});
    else c.attachment_ids = *in.attachment_ids;
  }
  if (in.contact_id) c.contact_id = *in.contact_id;
  if (in.signer_id) c.signer_id = *in.signer_id;
  if (in.opportunity_id) c.opportunity_id = *in.opportunity_id;
}

// Lines naming a product: the product must exist (and be on sale when the line is new); a blank
// name, a missing unit price (< 0) and the list price come from it.
Status ResolveLines(Connection& conn, Id tenant_id, std::vector<ContractItem>& items,
                    const std::vector<ContractItem>& before) {
  for (size_t i = 0; i < items.size(); ++i) {
    auto& it = items[i];
    const std::string at = "items[" + std::to_string(i) + "]";
    if (!it.product_id) {
      if (it.unit_price_fen < 0) return Status::Validation({{at + ".unitPriceFen", "required"}});
      if (it.list_price_fen < 0) it.list_price_fen = it.unit_price_fen;
      continue;
    }
    const bool is_new = std::none_of(before.begin(), before.end(),
                                     [&](const ContractItem& b) { return b.product_id == it.product_id; });
    auto p = products::ProductForLine(conn, tenant_id, *it.product_id, is_new, at + ".productId");
    if (!p.ok()) return p.status();
    if (IsBlank(it.name)) it.name = p->name;
    if (it.spec.empty()) it.spec = p->spec;
    if (it.unit.empty()) it.unit = p->unit;
    if (it.unit_price_fen < 0) it.unit_price_fen = p->list_price_fen;
    if (it.list_price_fen < 0) {
      // Kept from the line before when the product stays, else copied now.
      auto old = std::find_if(before.begin(), before.end(),
                              [&](const ContractItem& b) { return b.product_id == it.product_id; });
      it.list_price_fen = old != before.end() ? old->list_price_fen : p->list_price_fen;
    }
  }
  return Status::Ok();
}

// Contact, opportunity and signer belong where they must.
Status CheckLinks(Connection& conn, Id tenant_id, const Contract& c) {
  if (c.contact_id) {
    auto ct = customers::GetContact(conn, tenant_id, *c.contact_id);
    if (!ct.ok() || ct->customer_id != c.customer_id) return Status::Validation({{"contactId", "invalid_value"}});
  }
  if (c.opportunity_id) {
    auto o = deals::GetOpportunity(conn, tenant_id, *c.opportunity_id);
    if (!o.ok() || o->customer_id != c.customer_id) return Status::Validation({{"opportunityId", "invalid_value"}});
  }
  if (c.signer_id) {
    auto u = org::GetUser(conn, tenant_id, *c.signer_id);
    if (!u.ok() || u->status != org::UserStatus::kActive) return Status::Validation({{"signerId", "invalid_value"}});
  }
  return Status::Ok();
}

// A plan as given: checked, numbered by due date, ids kept or made. `current`: the instalments
// now (their received amounts). Answers the plan and the ids removed.
Result<std::pair<std::vector<Instalment>, std::vector<Id>>> PlanOf(const std::vector<InstalmentInput>& in,
                                                                   const Contract& c) {
  std::vector<FieldIssue> issues;
  if (in.size() > 120) issues.push_back({"instalments", "too_long"});
  std::vector<Instalment> plan;
  std::set<Id> kept;
  for (size_t i = 0; i < in.size(); ++i) {
    const std::string at = "instalments[" + std::to_string(i) + "]";
    const auto& x = in[i];
    Instalment inst;
    inst.contract_id = c.id;
    inst.owner_id = c.owner_id;
    inst.customer_id = c.customer_id;
    inst.due_date = x.due_date;
    inst.amount_fen = x.amount_fen;
    inst.notes = x.notes;
    if (!ValidDate(x.due_date) || x.due_date.empty()) issues.push_back({at + ".dueDate", "invalid_value"});
    if (x.amount_fen <= 0 || x.amount_fen > 1'000'000'000'000'000LL) issues.push_back({at + ".amountFen", "invalid_value"});
    if (x.notes.size() > 500) issues.push_back({at + ".notes", "too_long"});
    if (x.id) {
      auto old = std::find_if(c.instalments.begin(), c.instalments.end(), [&](const Instalment& o) { return o.id == *x.id; });
      if (old == c.instalments.end() || !kept.insert(*x.id).second) {
        issues.push_back({at + ".id", "invalid_value"});
        continue;
      }
      inst.id = *x.id;
      inst.received_fen = old->received_fen;
      if (x.amount_fen < old->received_fen) {
        Status e = Status::Error("instalment.below_received", "An instalment cannot be less than what it received.");
        e.With("instalmentId", IdToString(old->id));
        e.With("receivedFen", old->received_fen);
        return e;
      }
    } else {
      inst.id = Ids().Next();
    }
    plan.push_back(std::move(inst));
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  std::vector<Id> removed;
  for (const auto& o : c.instalments) {
    if (kept.count(o.id)) continue;
    if (o.received_fen > 0) {
      Status e = Status::Error("instalment.below_received", "An instalment that received money cannot be removed.");
      e.With("instalmentId", IdToString(o.id));
      e.With("receivedFen", o.received_fen);
      return e;
    }
    removed.push_back(o.id);
  }
  std::stable_sort(plan.begin(), plan.end(), [](const Instalment& a, const Instalment& b) { return a.due_date < b.due_date; });
  std::int64_t seq = 0;
  for (auto& i : plan) i.seq = ++seq;
  return std::pair{std::move(plan), std::move(removed)};
}

}  // namespace

Result<Settings> ContractService::GetSettings(const org::Caller& caller) {
  if (Status s = org::Require(caller, "contract.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return contracts::GetSettings(**lease, caller.tenant_id);
}

Result<Settings> ContractService::PutSettings(const org::Caller& caller, const Settings& s) {
  if (Status e = org::Require(caller, "settings.configure"); !e.ok()) return e;
  if (auto issues = CheckSettings(s); !issues.empty()) return Status::Validation(std::move(issues));
  Status w = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    if (Status x = contracts::PutSettings(conn, caller.tenant_id, s, now); !x.ok()) return x;
    return audit::RecordAction(conn, caller, now, "contract.settings", "contract_settings", caller.tenant_id);
  });
  if (!w.ok()) return w;
  return s;
}

Result<Page<Contract>> ContractService::List(const org::Caller& caller, const ContractFilter& filter,
                                             const PageRequest& page) {
  if (Status s = org::Require(caller, "contract.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  auto today = TodayOf(**lease, caller.tenant_id, clock_.Now());
  if (!today.ok()) return today.status();
  return ListContracts(**lease, caller, filter, *today, page);
}

Result<ContractDetail> ContractService::Get(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "contract.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return DetailOf(**lease, caller, id, clock_.Now());
}

namespace {

// Create inside an open transaction (create and renew).
Result<Id> CreateIn(Connection& conn, const org::Caller& caller, const ContractInput& in, std::optional<Id> renewal_of,
                    Instant now) {
  Contract c;
  c.id = Ids().Next();
  c.created_by = caller.user_id;
  c.renewal_of_id = renewal_of;
  std::vector<FieldIssue> issues;
  ApplyText(in, c, true, issues);
  if (!in.customer_id) issues.push_back({"customerId", "required"});
  std::vector<ContractItem> items = in.items.value_or(std::vector<ContractItem>{});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  c.customer_id = *in.customer_id;
  customers::CustomerAccess access;
  auto customer = customers::CustomerService::ViewOf(conn, caller, c.customer_id, nullptr, false, &access);
  if (!customer.ok()) {
    if (customer.status().code() == "not_found") return Status::Validation({{"customerId", "invalid_value"}});
    return customer.status();
  }
  if (!(access.owner || access.in_scope || access.team_write || access.pool_admin))
    return Status::Error("permission.denied", "You cannot add contracts to this customer.");
  c.customer_name = customer->customer.name;
  if (Status r = ResolveLines(conn, caller.tenant_id, items, {}); !r.ok()) return r;
  MoneyFields m;
  ApplyMoneyInput(in.total_fen, in.items ? std::optional(items) : std::nullopt, in.sign_date, in.start_date,
                  in.end_date, m, issues);
  if (!issues.empty()) return Status::Validation(std::move(issues));
  PutMoney(c, m);
  if (Status l = CheckLinks(conn, caller.tenant_id, c); !l.ok()) return l;
  c.owner_id = customer->customer.owner_id.value_or(caller.user_id);
  if (in.owner_id && *in.owner_id != c.owner_id) {
    auto see = org::CanSeeOwner(conn, caller, *in.owner_id);
    if (!see.ok()) return see.status();
    auto u = org::GetUser(conn, caller.tenant_id, *in.owner_id);
    if (!*see || !u.ok() || u->status != org::UserStatus::kActive)
      return Status::Validation({{"ownerId", "invalid_value"}});
    c.owner_id = u->id;
  }
  auto plan = PlanOf(in.instalments.value_or(std::vector<InstalmentInput>{}), c);
  if (!plan.ok()) return plan.status();
  // The number last: on PostgreSQL the period's sequence row stays locked until commit.
  auto settings = GetSettings(conn, caller.tenant_id);
  if (!settings.ok()) return settings.status();
  auto zone = pool::TenantZone(conn, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  const LocalDate day = zone->DateOf(now);
  auto seq = NextSequence(conn, caller.tenant_id, PeriodOf(settings->number_reset, day));
  if (!seq.ok()) return seq.status();
  c.number = FormatNumber(*settings, day, *seq);
  c.created_at = c.updated_at = now;
  if (Status w = InsertContract(conn, caller.tenant_id, c); !w.ok()) return w;
  if (Status w = activity::LinkAttachments(conn, caller, "contract", c.id, c.attachment_ids, "attachmentIds"); !w.ok())
    return w;
  if (!plan->first.empty())
    if (Status w = WritePlan(conn, caller.tenant_id, c.id, plan->first, {}); !w.ok()) return w;
  if (Status w = audit::RecordAction(conn, caller, now, "contract.create", "contract", c.id); !w.ok()) return w;
  if (in.submit) {
    auto today = TodayOf(conn, caller.tenant_id, now);
    if (!today.ok()) return today.status();
    auto written = GetContract(conn, caller.tenant_id, c.id, *today);
    if (!written.ok()) return written.status();
    if (Status st = SubmitForApproval(conn, caller, *written, now); !st.ok()) return st;
    if (Status w = audit::RecordAction(conn, caller, now, "contract.submit", "contract", c.id); !w.ok()) return w;
  }
  return c.id;
}

}  // namespace

Result<ContractDetail> ContractService::Create(const org::Caller& caller, const ContractInput& in) {
  if (Status s = org::Require(caller, "contract.create"); !s.ok()) return s;
  return storage::InTransactionResult<ContractDetail>(db_, [&](Connection& conn) -> Result<ContractDetail> {
    const Instant now = clock_.Now();
    auto id = CreateIn(conn, caller, in, std::nullopt, now);
    if (!id.ok()) return id.status();
    return DetailOf(conn, caller, *id, now);
  });
}

Result<ContractDetail> ContractService::Update(const org::Caller& caller, Id id, const ContractInput& in) {
  if (Status s = org::Require(caller, "contract.edit"); !s.ok()) return s;
  return storage::InTransactionResult<ContractDetail>(db_, [&](Connection& conn) -> Result<ContractDetail> {
    const Instant now = clock_.Now();
    Access access;
    auto current = DetailOf(conn, caller, id, now, &access);
    if (!current.ok()) return current.status();
    if (!access.write) return Status::Error("permission.denied", "You cannot change this contract.");
    Contract c = current->contract;
    if (Status l = CheckNotLocked(c); !l.ok()) return l;
    const bool money = in.total_fen || in.items || in.sign_date || in.start_date || in.end_date;
    if (money && (c.status == "active" || c.status == "ended"))
      return Status::Error("contract.amount_locked", "An approved contract's money changes through a change order.");
    std::vector<FieldIssue> issues;
    ApplyText(in, c, false, issues);
    std::optional<std::vector<ContractItem>> items = in.items;
    if (items)
      if (Status r = ResolveLines(conn, caller.tenant_id, *items, c.items); !r.ok()) return r;
    MoneyFields m = MoneyOf(c);
    ApplyMoneyInput(in.total_fen, items, in.sign_date, in.start_date, in.end_date, m, issues);
    if (!issues.empty()) return Status::Validation(std::move(issues));
    PutMoney(c, m);
    if (Status l = CheckLinks(conn, caller.tenant_id, c); !l.ok()) return l;
    c.updated_at = now;
    if (Status w = UpdateContract(conn, caller.tenant_id, c); !w.ok()) return w;
    if (in.attachment_ids)
      if (Status w = activity::LinkAttachments(conn, caller, "contract", id, c.attachment_ids, "attachmentIds"); !w.ok())
        return w;
    if (Status w = audit::RecordAction(conn, caller, now, "contract.update", "contract", id); !w.ok()) return w;
    return DetailOf(conn, caller, id, now);
  });
}

Status ContractService::Delete(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "contract.delete"); !s.ok()) return s;
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    Access access;
    auto current = DetailOf(conn, caller, id, now, &access);
    if (!current.ok()) return current.status();
    if (!(access.owned.owner || access.owned.in_scope))
      return Status::Error("permission.denied", "You cannot delete this contract.");
    if (current->contract.status != "draft")
      return Status::Error("contract.not_draft", "Only draft contracts can be deleted.");
    if (Status w = SoftDeleteContract(conn, caller.tenant_id, id, caller.user_id, now); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "contract.delete", "contract", id);
  });
}

Result<ContractDetail> ContractService::Submit(const org::Caller& caller, Id id, std::int64_t version) {
  if (Status s = org::Require(caller, "contract.create"); !s.ok()) return s;
  return storage::InTransactionResult<ContractDetail>(db_, [&](Connection& conn) -> Result<ContractDetail> {
    const Instant now = clock_.Now();
    Access access;
    auto current = DetailOf(conn, caller, id, now, &access);
    if (!current.ok()) return current.status();
    if (!access.write) return Status::Error("permission.denied", "You cannot submit this contract.");
    const Contract& c = current->contract;
    if (c.version != version) return VersionConflict(c.version);
    if (c.status == "pending") return Status::Error("contract.locked", "The contract is waiting for approval.");
    if (c.status != "draft") return Status::Error("contract.not_draft", "Only draft contracts can be submitted.");
    if (Status w = SubmitForApproval(conn, caller, c, now); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "contract.submit", "contract", id); !w.ok()) return w;
    return DetailOf(conn, caller, id, now);
  });
}

Result<ContractDetail> ContractService::Void(const org::Caller& caller, Id id, const std::string& reason) {
  if (Status s = org::Require(caller, "contract.approve"); !s.ok()) return s;
  if (reason.size() > 500) return Status::Validation({{"reason", "too_long"}});
  return storage::InTransactionResult<ContractDetail>(db_, [&](Connection& conn) -> Result<ContractDetail> {
    const Instant now = clock_.Now();
    auto current = DetailOf(conn, caller, id, now);
    if (!current.ok()) return current.status();
    Contract c = current->contract;
    if (Status l = CheckNotLocked(c); !l.ok()) return l;
    if (c.status == "ended") return Status::Error("contract.not_active", "An ended contract cannot be voided.");
    if (c.received_fen > 0)
      return Status::Error("contract.has_receipts", "The contract has confirmed receipts.");
    const std::int64_t expected = c.version;
    c.status = "void";
    c.void_reason = reason;
    c.updated_at = now;
    auto set = SetContractState(conn, caller.tenant_id, c, expected);
    if (!set.ok()) return set.status();
    if (!*set) return VersionConflict(expected);
    if (Status w = SyncInstalments(conn, caller.tenant_id, id, c.status, c.owner_id, c.customer_id); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "contract.void", "contract", id); !w.ok()) return w;
    return DetailOf(conn, caller, id, now);
  });
}

Result<ContractDetail> ContractService::Renew(const org::Caller& caller, Id id, const ContractInput& in) {
  if (Status s = org::Require(caller, "contract.create"); !s.ok()) return s;
  return storage::InTransactionResult<ContractDetail>(db_, [&](Connection& conn) -> Result<ContractDetail> {
    const Instant now = clock_.Now();
    auto source = DetailOf(conn, caller, id, now);
    if (!source.ok()) return source.status();
    const Contract& from = source->contract;
    ContractInput merged = in;
    merged.customer_id = from.customer_id;
    if (!merged.name) merged.name = from.name;
    if (!merged.items && !merged.total_fen) {
      merged.items = from.items;
      for (auto& it : *merged.items) it.list_price_fen = -1;  // copied anew from the product when it names one
      if (from.items.empty()) merged.total_fen = from.total_fen;
    }
    if (!merged.contact_id && from.contact_id) merged.contact_id = from.contact_id;
    if (!merged.start_date && from.end_date) {
      LocalDate end = 0;
      if (ParseDate(*from.end_date, &end)) merged.start_date = std::optional<std::string>(FormatDate(end + 1));
    }
    if (!merged.owner_id) merged.owner_id = from.owner_id;
    auto made = CreateIn(conn, caller, merged, id, now);
    if (!made.ok()) return made.status();
    return DetailOf(conn, caller, *made, now);
  });
}

Result<std::vector<ChangeOrder>> ContractService::Changes(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "contract.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto d = DetailOf(**lease, caller, id, clock_.Now());
  if (!d.ok()) return d.status();
  return ListChanges(**lease, caller.tenant_id, id);
}

Result<ChangeOrder> ContractService::RequestChange(const org::Caller& caller, Id id, const ChangeInput& in) {
  if (Status s = org::Require(caller, "contract.edit"); !s.ok()) return s;
  if (IsBlank(in.reason)) return Status::Validation({{"reason", "required"}});
  if (in.reason.size() > 2000) return Status::Validation({{"reason", "too_long"}});
  return storage::InTransactionResult<ChangeOrder>(db_, [&](Connection& conn) -> Result<ChangeOrder> {
    const Instant now = clock_.Now();
    Access access;
    auto current = DetailOf(conn, caller, id, now, &access);
    if (!current.ok()) return current.status();
    if (!access.write) return Status::Error("permission.denied", "You cannot change this contract.");
    const Contract& c = current->contract;
    if (Status l = CheckNotLocked(c); !l.ok()) return l;
    if (c.status != "active" && c.status != "ended")
      return Status::Error("contract.not_active", "Only approved contracts take change orders.");
    if (c.version != in.version) return VersionConflict(c.version);
    auto pending = HasPendingChange(conn, caller.tenant_id, id);
    if (!pending.ok()) return pending.status();
    if (*pending) return Status::Error("contract.change_pending", "A change order of this contract is pending.");
    ChangeOrder order;
    order.id = Ids().Next();
    order.contract_id = id;
    order.reason = in.reason;
    order.before = MoneyOf(c);
    order.after = order.before;
    std::optional<std::vector<ContractItem>> items = in.items;
    if (items)
      if (Status r = ResolveLines(conn, caller.tenant_id, *items, c.items); !r.ok()) return r;
    std::vector<FieldIssue> issues;
    ApplyMoneyInput(in.total_fen, items, in.sign_date, in.start_date, in.end_date, order.after, issues);
    if (!issues.empty()) return Status::Validation(std::move(issues));
    if (order.after.total_fen < c.claimed_fen) {
      Status e = Status::Error("contract.below_received", "The total cannot go below what was received.");
      e.With("receivedFen", c.claimed_fen);
      return e;
    }
    order.created_by = caller.user_id;
    order.created_at = now;
    // Pending while its approval runs; applied at once when no flow applies.
    auto at_once = StartChangeApproval(conn, caller, c, order, now);
    if (!at_once.ok()) return at_once.status();
    if (*at_once) {
      order.status = "approved";
      order.decided_at = now;
    }
    if (Status w = InsertChange(conn, caller.tenant_id, order); !w.ok()) return w;
    if (*at_once)
      if (Status w = ApplyMoney(conn, caller.tenant_id, c, order.after, now); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "contract.change", "contract", id); !w.ok()) return w;
    return GetChange(conn, caller.tenant_id, order.id);
  });
}

Result<ContractDetail> ContractService::PutPlan(const org::Caller& caller, Id id, std::int64_t version,
                                                const std::vector<InstalmentInput>& in) {
  if (Status s = org::Require(caller, "contract.edit"); !s.ok()) return s;
  return storage::InTransactionResult<ContractDetail>(db_, [&](Connection& conn) -> Result<ContractDetail> {
    const Instant now = clock_.Now();
    Access access;
    auto current = DetailOf(conn, caller, id, now, &access);
    if (!current.ok()) return current.status();
    if (!access.write) return Status::Error("permission.denied", "You cannot change this contract.");
    const Contract& c = current->contract;
    if (Status l = CheckNotLocked(c); !l.ok()) return l;
    if (c.version != version) return VersionConflict(c.version);
    auto plan = PlanOf(in, c);
    if (!plan.ok()) return plan.status();
    if (Status w = WritePlan(conn, caller.tenant_id, id, plan->first, plan->second); !w.ok()) return w;
    if (Status w = SyncInstalments(conn, caller.tenant_id, id, c.status, c.owner_id, c.customer_id); !w.ok()) return w;
    if (Status w = TouchContract(conn, caller.tenant_id, id, now); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "contract.update", "contract", id); !w.ok()) return w;
    return DetailOf(conn, caller, id, now);
  });
}

Result<CustomerSummary> ContractService::CustomerSummaryOf(const org::Caller& caller, Id customer_id) {
  if (Status s = org::Require(caller, "contract.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  customers::CustomerAccess access;
  auto customer = customers::CustomerService::ViewOf(**lease, caller, customer_id, nullptr, false, &access);
  if (!customer.ok()) return customer.status();
  auto today = TodayOf(**lease, caller.tenant_id, clock_.Now());
  if (!today.ok()) return today.status();
  return SummaryOfCustomer(**lease, caller, customer_id, *today);
}

Result<ContractTodos> ContractService::Todos(const org::Caller& caller) {
  ContractTodos out;
  if (!caller.Can("contract.view")) return out;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  auto today = TodayOf(conn, caller.tenant_id, clock_.Now());
  if (!today.ok()) return today.status();
  out.today = *today;
  auto settings = contracts::GetSettings(conn, caller.tenant_id);
  if (!settings.ok()) return settings.status();
  constexpr int kMost = 50;
  if (settings->end_remind_days > 0) {
    ContractFilter f;
    f.mine = true;
    f.ending_within_days = settings->end_remind_days;
    PageRequest page;
    page.sort = "endDate";
    page.limit = kMost;
    auto ending = ListContracts(conn, caller, f, *today, page);
    if (!ending.ok()) return ending.status();
    out.ending = std::move(ending->items);
  }
  LocalDate t = 0;
  ParseDate(*today, &t);
  auto due = OwnerInstalmentsDue(conn, caller.tenant_id, caller.user_id,
                                 FormatDate(t + static_cast<LocalDate>(settings->due_remind_days)), kMost);
  if (!due.ok()) return due.status();
  out.due = std::move(*due);
  return out;
}

Status FillWorkStats(Connection& conn, const org::Caller& caller, Instant from, Instant to, LocalDate first,
                     LocalDate last, activity::WorkStats& stats) {
  auto money = OwnerMoneyStats(conn, caller.tenant_id, caller.user_id, from, to, FormatDate(first), FormatDate(last));
  if (!money.ok()) return money.status();
  stats.contract_amount_fen = money->first;
  stats.payment_amount_fen = money->second;
  return Status::Ok();
}

}  // namespace quanke::contracts
