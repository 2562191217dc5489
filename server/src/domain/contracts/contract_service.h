#pragma once

#include <optional>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "core/time_zone.h"
#include "domain/activity/work_log_types.h"
#include "domain/contracts/contract_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::contracts {

// Contracts (合同, docs/api-contracts.md): settings and numbers, create/read/list/edit/delete,
// submit, void, renew, change orders and the payment plan. Access as opportunities: the owner,
// whoever's data scope covers the owner, the customer's team (read; `write` members may edit);
// others get not_found. Every write is one transaction with its audit entry. Thread-safe.
class ContractService {
 public:
  ContractService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  Result<Settings> GetSettings(const org::Caller& caller);
  Result<Settings> PutSettings(const org::Caller& caller, const Settings& s);

  Result<Page<Contract>> List(const org::Caller& caller, const ContractFilter& filter, const PageRequest& page);
  Result<ContractDetail> Get(const org::Caller& caller, Id id);
  Result<ContractDetail> Create(const org::Caller& caller, const ContractInput& in);
  // 409 contract.amount_locked (money fields of an approved contract), contract.locked (pending).
  Result<ContractDetail> Update(const org::Caller& caller, Id id, const ContractInput& in);
  // Drafts only (409 contract.not_draft).
  Status Delete(const org::Caller& caller, Id id);
  Result<ContractDetail> Submit(const org::Caller& caller, Id id, std::int64_t version);
  Result<ContractDetail> Void(const org::Caller& caller, Id id, const std::string& reason);
  // A new contract linked by renewalOfId, its defaults copied from the contract.
  Result<ContractDetail> Renew(const org::Caller& caller, Id id, const ContractInput& in);
  Result<std::vector<ChangeOrder>> Changes(const org::Caller& caller, Id id);
  Result<ChangeOrder> RequestChange(const org::Caller& caller, Id id, const ChangeInput& in);
  // The whole plan; 422 instalment.below_received.
  Result<ContractDetail> PutPlan(const org::Caller& caller, Id id, std::int64_t version,
                                 const std::vector<InstalmentInput>& plan);
  Result<CustomerSummary> CustomerSummaryOf(const org::Caller& caller, Id customer_id);
  // The caller's own (no permission beyond being signed in; empty without contract.view).
  Result<ContractTodos> Todos(const org::Caller& caller);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

// The work-log money figures (activity::MoneyStatsHook, wired in app/main.cc): contractAmountFen =
// Σ totalFen of the caller's contracts that became active in the period, paymentAmountFen = Σ
// their confirmed receipts received in it.
Status FillWorkStats(storage::Connection& conn, const org::Caller& caller, Instant from, Instant to, LocalDate first,
                     LocalDate last, activity::WorkStats& stats);

// Takes a deleted receipt out of the recycle bin inside the caller's open transaction (the
// recycle module checked the bin's rules and that its contract and customer are live). A rejected
// receipt comes back rejected: it counts for nothing. A pending one passes the receipt's checks
// again — the contract takes money (409 contract.not_active / contract.locked), it fits what is
// still owed (422 receipt.exceeds_owed) and each allocation what its instalment still owes (422
// receipt.exceeds_instalment) — and is submitted anew: pending with a new approval, or confirmed
// at once when no receipt flow applies now (as Receive). not_found when no deleted receipt has
// this id.
Status RestoreReceipt(storage::Connection& conn, const org::Caller& caller, Id id, Instant now);

// Receipts (回款), invoices (发票) and receivables (应收).
class MoneyService {
 public:
  MoneyService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // 422 receipt.exceeds_owed / receipt.exceeds_instalment; 409 contract.not_active / locked.
  Result<Receipt> Receive(const org::Caller& caller, Id contract_id, const ReceiptInput& in);
  Result<Receipt> GetReceipt(const org::Caller& caller, Id id);
  Result<Page<Receipt>> Receipts(const org::Caller& caller, const ReceiptFilter& f, const PageRequest& page);
  Status DeleteReceipt(const org::Caller& caller, Id id);

  Result<Invoice> Issue(const org::Caller& caller, Id contract_id, const Invoice& in);
  Result<Invoice> VoidInvoice(const org::Caller& caller, Id id, const std::string& reason);
  Result<Page<Invoice>> Invoices(const org::Caller& caller, const InvoiceFilter& f, const PageRequest& page);

  Result<Page<Instalment>> Receivables(const org::Caller& caller, const ReceivableFilter& f, const PageRequest& page,
                                       std::string* today);
  Result<Ageing> AgeingOf(const org::Caller& caller, const ReceivableFilter& f);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

// The daily reminders and state changes of contracts (contract.ending, instalment.due,
// instalment.overdue; active contracts past their end become ended). Run by the customer sweep
// of a tenant (ownership::SweepOptions::after_sweep-style hook wired in app/main.cc).
class ContractSweep {
 public:
  ContractSweep(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}
  // System path: no caller. Answers how many reminders were sent.
  Result<std::int64_t> Run(Id tenant_id, Instant at);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

}  // namespace quanke::contracts
