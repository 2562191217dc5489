// MoneyService: receipts (the overpayment guard, allocations), invoices, receivables and ageing.
#include <algorithm>

#include "core/text_list.h"
#include "domain/contracts/contract_internal.h"
#include "domain/contracts/contract_rules.h"
#include "domain/contracts/money_repository.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/org/user_repository.h"

namespace quanke::contracts {
using storage::Connection;
using namespace detail;

namespace {


bool IsMethod(const std::string& m) {
  return m == "bank" || m == "cash" || m == "cheque" || m == "alipay" || m == "wechat" || m == "other";
}
bool IsInvoiceType(const std::string& t) {
  return t == "vat_special" || t == "vat_normal" || t == "electronic" || t == "other";
}

// A date field on or before `today` when `not_after_today`.
bool DateOk(const std::string& d, const std::string& today, bool not_after_today) {
  LocalDate x = 0;
  return d.size() == 10 && ParseDate(d, &x) && (!not_after_today || d <= today);
}

// The contract of a money record may take money now: 409 contract.locked while pending,
// contract.not_active unless active or ended.
Status CheckTakesMoney(const Contract& c) {
  if (c.status == "pending") return Status::Error("contract.locked", "The contract is waiting for approval.");
  if (c.status != "active" && c.status != "ended")
    return Status::Error("contract.not_active", "Only approved contracts take receipts and invoices.");
  return Status::Ok();
}

// Why a guarded write (ClaimAmount, AddInvoiced) was refused, read again after it: the contract
// stopped taking money meanwhile, or else what `over` says about the amount.
template <typename Over>
Status Refusal(Connection& conn, Id tenant_id, Id contract_id, const std::string& today, Over over) {
  auto c = GetContract(conn, tenant_id, contract_id, today);
  if (!c.ok()) return c.status();
  if (Status t = CheckTakesMoney(*c); !t.ok()) return t;
  return over(*c);
}

Status ExceedsOwed(const Contract& c) {
  Status e = Status::Error("receipt.exceeds_owed", "The receipt is more than the contract still owes.");
  e.With("owedFen", c.total_fen - c.claimed_fen);
  return e;
}

// A pending receipt coming back from the recycle bin counts against what is owed again, as when
// it was recorded: the contract must take money and have room for it, and each instalment it was
// spread over room for its part (else 422 receipt.exceeds_instalment, details as on Receive).
Status ClaimAgain(Connection& conn, Id tenant_id, const Receipt& r, const std::string& today) {
  auto claimed = ClaimAmount(conn, tenant_id, r.contract_id, r.amount_fen, false);
  if (!claimed.ok()) return claimed.status();
  if (!*claimed) return Refusal(conn, tenant_id, r.contract_id, today, ExceedsOwed);
  auto open = OpenInstalments(conn, tenant_id, r.contract_id);  // without r: it is still deleted
  if (!open.ok()) return open.status();
  for (const auto& a : r.allocations) {
    auto it = std::find_if(open->begin(), open->end(), [&](const OpenInstalment& o) { return o.id == a.instalment_id; });
    const std::int64_t owed = it == open->end() ? 0 : it->open_fen;  // a plan change may have removed it
    if (a.amount_fen > owed)
      return Status::Error("receipt.exceeds_instalment", "The allocation is more than the instalment still owes.")
          .With("instalmentId", IdToString(a.instalment_id))
          .With("owedFen", owed);
  }
  return Status::Ok();
}

// Whom a restored receipt's new approval is in the name of: whoever recorded it, as the first
// time. Not the administrator restoring it: the engine skips an applicant's own step, so a
// restore would otherwise confirm it unreviewed. Only the ids the engine reads are theirs.
Result<org::Caller> ApplicantOf(Connection& conn, const org::Caller& caller, const Receipt& r) {
  org::Caller applicant = caller;
  if (!r.created_by) return applicant;
  auto u = org::GetUser(conn, caller.tenant_id, *r.created_by);
  if (!u.ok()) return u.status().code() == "not_found" ? Result<org::Caller>(applicant) : u.status();
  applicant.user_id = u->id;
  applicant.department_id = u->department_id;
  applicant.permissions.clear();
  return applicant;
}

// The allocations of a receipt: the ones given (checked against what each instalment still has
// open) or the amount spread by due date.
Result<std::vector<Allocation>> AllocationsOf(const std::optional<std::vector<Allocation>>& given,
                                              const std::vector<OpenInstalment>& open, std::int64_t amount) {
  std::vector<Allocation> out;
  if (!given) {
    std::vector<std::pair<Id, std::int64_t>> owed;
    for (const auto& i : open) owed.emplace_back(i.id, i.open_fen);
    for (const auto& [id, fen] : Spread(owed, amount)) {
      auto it = std::find_if(open.begin(), open.end(), [&](const OpenInstalment& o) { return o.id == id; });
      out.push_back({id, it->seq, fen});
    }
    return out;
  }
  std::int64_t sum = 0;
  for (size_t i = 0; i < given->size(); ++i) {
    const auto& a = (*given)[i];
    const std::string at = "allocations[" + std::to_string(i) + "]";
    auto it = std::find_if(open.begin(), open.end(), [&](const OpenInstalment& o) { return o.id == a.instalment_id; });
    if (it == open.end() || std::any_of(out.begin(), out.end(), [&](const Allocation& x) { return x.instalment_id == a.instalment_id; }))
      return Status::Validation({{at + ".instalmentId", "invalid_value"}});
    if (a.amount_fen <= 0) return Status::Validation({{at + ".amountFen", "invalid_value"}});
    if (a.amount_fen > it->open_fen) {
      Status e = Status::Error("receipt.exceeds_instalment", "The allocation is more than the instalment still owes.");
      e.With("instalmentId", IdToString(it->id));
      e.With("owedFen", it->open_fen);
      return e;
    }
    sum += a.amount_fen;
    out.push_back({a.instalment_id, it->seq, a.amount_fen});
  }
  if (sum != amount) return Status::Validation({{"allocations", "invalid_value"}});
  return out;
}

}  // namespace

Result<Receipt> MoneyService::Receive(const org::Caller& caller, Id contract_id, const ReceiptInput& in) {
  if (Status s = org::Require(caller, "payment.create"); !s.ok()) return s;
  return storage::InTransactionResult<Receipt>(db_, [&](Connection& conn) -> Result<Receipt> {
    const Instant now = clock_.Now();
    auto d = DetailOf(conn, caller, contract_id, now);
    if (!d.ok()) return d.status();
    const Contract& c = d->contract;
    auto today = TodayOf(conn, caller.tenant_id, now);
    if (!today.ok()) return today.status();
    std::vector<FieldIssue> issues;
    if (in.amount_fen <= 0 || in.amount_fen > 1'000'000'000'000'000LL) issues.push_back({"amountFen", "invalid_value"});
    if (!DateOk(in.received_on, *today, true)) issues.push_back({"receivedOn", "invalid_value"});
    if (!IsMethod(in.method)) issues.push_back({"method", "invalid_value"});
    if (!issues.empty()) return Status::Validation(std::move(issues));
    if (Status t = CheckTakesMoney(c); !t.ok()) return t;
    // The guard counts the receipt at once (pending or confirmed), and holds the contract's row
    // until commit (PostgreSQL).
    auto claimed = ClaimAmount(conn, caller.tenant_id, contract_id, in.amount_fen, false);
    if (!claimed.ok()) return claimed.status();
    if (!*claimed) return Refusal(conn, caller.tenant_id, contract_id, *today, ExceedsOwed);
    auto open = OpenInstalments(conn, caller.tenant_id, contract_id);
    if (!open.ok()) return open.status();
    auto allocations = AllocationsOf(in.allocations, *open, in.amount_fen);
    if (!allocations.ok()) return allocations.status();
    Receipt r;
    r.id = Ids().Next();
    r.contract_id = contract_id;
    r.customer_id = c.customer_id;
    r.owner_id = c.owner_id;
    r.amount_fen = in.amount_fen;
    r.received_on = in.received_on;
    r.method = in.method;
    r.account = in.account;
    r.notes = in.notes;
    r.status = "pending";
    r.allocations = std::move(*allocations);
    r.created_by = caller.user_id;
    r.created_at = now;
    // Confirmed at once without a `receipt` flow; pending (counted, not received) with one.
    auto at_once = StartReceiptApproval(conn, caller, c, r, &r.approval_id, now);
    if (!at_once.ok()) return at_once.status();
    if (Status w = InsertReceipt(conn, caller.tenant_id, r); !w.ok()) return w;
    if (*at_once)
      if (Status w = ConfirmReceipt(conn, caller.tenant_id, r, true); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "receipt.create", "receipt", r.id); !w.ok()) return w;
    return contracts::GetReceipt(conn, caller.tenant_id, r.id);
  });
}

Result<Receipt> MoneyService::GetReceipt(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "payment.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto r = contracts::GetReceipt(**lease, caller.tenant_id, id);
  if (!r.ok()) return r.status();
  if (auto d = DetailOf(**lease, caller, r->contract_id, clock_.Now()); !d.ok()) return d.status();
  return r;
}

Result<Page<Receipt>> MoneyService::Receipts(const org::Caller& caller, const ReceiptFilter& f, const PageRequest& page) {
  if (Status s = org::Require(caller, "payment.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  return ListReceipts(**lease, caller, f, page);
}

Status MoneyService::DeleteReceipt(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "payment.delete"); !s.ok()) return s;
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    const Instant now = clock_.Now();
    auto r = contracts::GetReceipt(conn, caller.tenant_id, id);
    if (!r.ok()) return r.status();
    if (auto d = DetailOf(conn, caller, r->contract_id, now); !d.ok()) return d.status();
    if (r->status == "confirmed") return Status::Error("receipt.confirmed", "A confirmed receipt cannot be deleted.");
    if (r->status == "pending")
      if (Status w = SettleClaim(conn, caller.tenant_id, r->contract_id, r->amount_fen, false); !w.ok()) return w;
    if (Status w = SoftDeleteReceipt(conn, caller.tenant_id, id, now, caller.user_id); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "receipt.delete", "receipt", id);
  });
}

Status RestoreReceipt(Connection& conn, const org::Caller& caller, Id id, Instant now) {
  auto r = contracts::GetReceipt(conn, caller.tenant_id, id, /*include_deleted=*/true);
  if (!r.ok()) return r.status();
  auto today = TodayOf(conn, caller.tenant_id, now);
  if (!today.ok()) return today.status();
  const bool pending = r->status == "pending";
  if (pending)
    if (Status s = ClaimAgain(conn, caller.tenant_id, *r, *today); !s.ok()) return s;
  auto live = MarkReceiptLive(conn, caller.tenant_id, id);
  if (!live.ok()) return live.status();
  if (!*live) return Status::NotFound();
  if (!pending) return Status::Ok();  // rejected: it counts for nothing and stays decided
  // Submitted anew: the approval it had may have been decided meanwhile (its decision changed
  // nothing: the receipt was deleted) and is no longer this receipt's (ReceiptSubject).
  auto c = GetContract(conn, caller.tenant_id, r->contract_id, *today);
  if (!c.ok()) return c.status();
  auto applicant = ApplicantOf(conn, caller, *r);
  if (!applicant.ok()) return applicant.status();
  auto at_once = StartReceiptApproval(conn, *applicant, *c, *r, &r->approval_id, now);
  if (!at_once.ok()) return at_once.status();
  if (Status w = SetReceiptStatus(conn, caller.tenant_id, id, "pending", r->approval_id); !w.ok()) return w;
  return *at_once ? ConfirmReceipt(conn, caller.tenant_id, *r, true) : Status::Ok();
}

Result<Invoice> MoneyService::Issue(const org::Caller& caller, Id contract_id, const Invoice& in) {
  if (Status s = org::Require(caller, "payment.create"); !s.ok()) return s;
  return storage::InTransactionResult<Invoice>(db_, [&](Connection& conn) -> Result<Invoice> {
    const Instant now = clock_.Now();
    auto d = DetailOf(conn, caller, contract_id, now);
    if (!d.ok()) return d.status();
    const Contract& c = d->contract;
    auto today = TodayOf(conn, caller.tenant_id, now);
    if (!today.ok()) return today.status();
    std::vector<FieldIssue> issues;
    if (!IsInvoiceType(in.type)) issues.push_back({"type", "invalid_value"});
    if (IsBlank(in.number)) issues.push_back({"number", "required"});
    else if (in.number.size() > 64) issues.push_back({"number", "too_long"});
    if (in.amount_fen <= 0 || in.amount_fen > 1'000'000'000'000'000LL) issues.push_back({"amountFen", "invalid_value"});
    if (!DateOk(in.issued_on, *today, false)) issues.push_back({"issuedOn", "invalid_value"});
    if (!issues.empty()) return Status::Validation(std::move(issues));
    if (Status t = CheckTakesMoney(c); !t.ok()) return t;
    auto added = AddInvoiced(conn, caller.tenant_id, contract_id, in.amount_fen);
    if (!added.ok()) return added.status();
    if (!*added)
      return Refusal(conn, caller.tenant_id, contract_id, *today, [](const Contract& now_c) {
        Status e = Status::Error("invoice.exceeds_total", "Invoices cannot add up to more than the contract total.");
        e.With("invoicableFen", now_c.total_fen - now_c.invoiced_fen);
        return e;
      });
    auto taken = InvoiceNumberTaken(conn, caller.tenant_id, in.number);
    if (!taken.ok()) return taken.status();
    if (*taken) return Status::Error("invoice.number_taken", "An issued invoice has this number.");
    Invoice v = in;
    v.id = Ids().Next();
    v.contract_id = contract_id;
    v.customer_id = c.customer_id;
    v.owner_id = c.owner_id;
    v.status = "issued";
    v.created_by = caller.user_id;
    v.created_at = now;
    if (Status w = InsertInvoice(conn, caller.tenant_id, v); !w.ok())
      return w.code() == "already_exists" ? Status::Error("invoice.number_taken", "An issued invoice has this number.") : w;
    if (Status w = audit::RecordAction(conn, caller, now, "invoice.create", "invoice", v.id); !w.ok()) return w;
    return GetInvoice(conn, caller.tenant_id, v.id);
  });
}

Result<Invoice> MoneyService::VoidInvoice(const org::Caller& caller, Id id, const std::string& reason) {
  if (Status s = org::Require(caller, "payment.edit"); !s.ok()) return s;
  if (reason.size() > 500) return Status::Validation({{"reason", "too_long"}});
  return storage::InTransactionResult<Invoice>(db_, [&](Connection& conn) -> Result<Invoice> {
    const Instant now = clock_.Now();
    auto v = GetInvoice(conn, caller.tenant_id, id);
    if (!v.ok()) return v.status();
    if (auto d = DetailOf(conn, caller, v->contract_id, now); !d.ok()) return d.status();
    if (v->status == "issued") {
      if (Status w = contracts::VoidInvoice(conn, caller.tenant_id, id, reason); !w.ok()) return w;
      if (Status w = SubtractInvoiced(conn, caller.tenant_id, v->contract_id, v->amount_fen); !w.ok()) return w;
      if (Status w = audit::RecordAction(conn, caller, now, "invoice.void", "invoice", id); !w.ok()) return w;
    }
    return GetInvoice(conn, caller.tenant_id, id);
  });
}

Result<Page<Invoice>> MoneyService::Invoices(const org::Caller& caller, const InvoiceFilter& f, const PageRequest& page) {
  if (Status s = org::Require(caller, "payment.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  return ListInvoices(**lease, caller, f, page);
}

Result<Page<Instalment>> MoneyService::Receivables(const org::Caller& caller, const ReceivableFilter& f,
                                                   const PageRequest& page, std::string* today_out) {
  if (Status s = org::Require(caller, "payment.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  auto today = TodayOf(**lease, caller.tenant_id, clock_.Now());
  if (!today.ok()) return today.status();
  if (today_out) *today_out = *today;
  return ListReceivables(**lease, caller, f, *today, page);
}

Result<Ageing> MoneyService::AgeingOf(const org::Caller& caller, const ReceivableFilter& f) {
  if (Status s = org::Require(caller, "payment.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  auto today = TodayOf(**lease, caller.tenant_id, clock_.Now());
  if (!today.ok()) return today.status();
  return contracts::AgeingOf(**lease, caller, f, *today);
}

}  // namespace quanke::contracts
