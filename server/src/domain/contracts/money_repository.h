#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/page.h"
#include "core/status.h"
#include "domain/contracts/contract_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// The SQL of the money of contracts: contract_instalments, receipts, receipt_allocations,
// invoices, and the money columns of contracts (received, claimed, invoiced, plan). None checks
// permissions; the service does.
namespace quanke::contracts {

// Replaces the plan: deletes the instalments not in `keep`, writes `plan` (ids set), and the
// contract's plan_fen. Then SyncInstalments.
Status WritePlan(storage::Connection& conn, Id tenant_id, Id contract_id, const std::vector<Instalment>& plan,
                 const std::vector<Id>& removed);
// Keeps each instalment's copies of the contract in step (owner, customer) and is_open = 1 while
// the contract is active or ended and the instalment still owes. Every contract write that
// changes status or owner, and every receipt confirmation, calls it.
Status SyncInstalments(storage::Connection& conn, Id tenant_id, Id contract_id, const std::string& status, Id owner_id,
                       Id customer_id);

// The overpayment guard and the contract's row lock: adds `amount` to claimed_fen (and to
// received_fen when `confirmed`) only while the contract is active or ended and claimed + amount
// ≤ total. false: refused (nothing written). On PostgreSQL the UPDATE holds the contract's row
// until commit, so concurrent receipts of one contract pass it one at a time.
Result<bool> ClaimAmount(storage::Connection& conn, Id tenant_id, Id contract_id, std::int64_t amount, bool confirmed);
// A pending receipt decided: confirmed adds to received_fen, rejected gives its claim back.
Status SettleClaim(storage::Connection& conn, Id tenant_id, Id contract_id, std::int64_t amount, bool confirmed);
// The same guard for invoices: invoiced + amount ≤ total. false: refused.
Result<bool> AddInvoiced(storage::Connection& conn, Id tenant_id, Id contract_id, std::int64_t amount);
Status SubtractInvoiced(storage::Connection& conn, Id tenant_id, Id contract_id, std::int64_t amount);

// What each instalment of the contract still has open to allocate: amount − Σ allocations of its
// pending and confirmed receipts, by (due date, seq): {id, seq, open}.
struct OpenInstalment {
  Id id = 0;
  std::int64_t seq = 0;
  std::int64_t open_fen = 0;
};
Result<std::vector<OpenInstalment>> OpenInstalments(storage::Connection& conn, Id tenant_id, Id contract_id);

Status InsertReceipt(storage::Connection& conn, Id tenant_id, const Receipt& r);
// Adds the receipt's allocations to its instalments' received_fen (a confirmation).
Status ApplyAllocations(storage::Connection& conn, Id tenant_id, const Receipt& r);
Status SetReceiptStatus(storage::Connection& conn, Id tenant_id, Id id, const std::string& status,
                        std::optional<Id> approval_id);
// Marks the receipt deleted by `by` at `at` (the recycle bin holds it).
Status SoftDeleteReceipt(storage::Connection& conn, Id tenant_id, Id id, Instant at, Id by);
// Makes a deleted receipt live again; false when the tenant has no deleted receipt with this id.
Result<bool> MarkReceiptLive(storage::Connection& conn, Id tenant_id, Id id);
// A live receipt (or a deleted one too, with `include_deleted`); not_found when there is none.
Result<Receipt> GetReceipt(storage::Connection& conn, Id tenant_id, Id id, bool include_deleted = false);
// In the caller's data scope (by the contract's owner, as the contracts list), newest first.
Result<Page<Receipt>> ListReceipts(storage::Connection& conn, const org::Caller& caller, const ReceiptFilter& f,
                                   const PageRequest& page);
// Work-log figures of an owner: Σ totalFen of their contracts that became active in [from, to),
// and Σ confirmed receipts of their contracts received on the days [first_day, last_day].
Result<std::pair<std::int64_t, std::int64_t>> OwnerMoneyStats(storage::Connection& conn, Id tenant_id, Id owner_id,
                                                              Instant from, Instant to, const std::string& first_day,
                                                              const std::string& last_day);
// The owner's open instalments due on or before `last_day` (home to-dos), by due date.
Result<std::vector<Instalment>> OwnerInstalmentsDue(storage::Connection& conn, Id tenant_id, Id owner_id,
                                                    const std::string& last_day, int limit);

Status InsertInvoice(storage::Connection& conn, Id tenant_id, const Invoice& i);
Result<Invoice> GetInvoice(storage::Connection& conn, Id tenant_id, Id id);
Result<bool> InvoiceNumberTaken(storage::Connection& conn, Id tenant_id, const std::string& number);
Status VoidInvoice(storage::Connection& conn, Id tenant_id, Id id, const std::string& reason);
Result<Page<Invoice>> ListInvoices(storage::Connection& conn, const org::Caller& caller, const InvoiceFilter& f,
                                   const PageRequest& page);

// Open instalments (contract_instalments alone, through its covering indexes) in the caller's
// data scope by owner; names joined for the page only.
Result<Page<Instalment>> ListReceivables(storage::Connection& conn, const org::Caller& caller,
                                         const ReceivableFilter& f, const std::string& today, const PageRequest& page);
Result<Ageing> AgeingOf(storage::Connection& conn, const org::Caller& caller, const ReceivableFilter& f,
                        const std::string& today);

// Instalments due in [first_day, last_day] not yet reminded as due (the sweep), and those due
// before `today` not yet reminded as overdue.
Result<std::vector<Instalment>> InstalmentsToRemind(storage::Connection& conn, Id tenant_id, bool overdue,
                                                    const std::string& first_day, const std::string& last_day,
                                                    int limit);
Result<bool> MarkInstalmentReminded(storage::Connection& conn, Id tenant_id, Id id, bool overdue, Instant at);

}  // namespace quanke::contracts
