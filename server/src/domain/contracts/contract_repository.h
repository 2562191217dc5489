#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/page.h"
#include "core/status.h"
#include "domain/contracts/contract_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// The SQL of contracts, contract_items, contract_settings, contract_number_seqs and
// contract_changes. None checks permissions; the service does. Reads join the names a contract
// shows (customers, contacts, opportunities, users, departments: other modules' tables, read only).
namespace quanke::contracts {

// The tenant's settings (defaults when it has no row).
Result<Settings> GetSettings(storage::Connection& conn, Id tenant_id);
Status PutSettings(storage::Connection& conn, Id tenant_id, const Settings& s, Instant at);

// The next sequence number of the period, bumped inside the creating transaction: one
// INSERT … ON CONFLICT DO UPDATE … RETURNING, so on PostgreSQL concurrent creations of a period
// queue on that row until the first commits or rolls back (a failed creation gives its number
// back), and numbers are gap-free.
Result<std::int64_t> NextSequence(storage::Connection& conn, Id tenant_id, const std::string& period);

// One live contract with its joined names, items and instalments; `today` ("YYYY-MM-DD") for its
// overdue amount. not_found when absent or deleted. System path (sweep, approvals): no caller.
Result<Contract> GetContract(storage::Connection& conn, Id tenant_id, Id id, const std::string& today);
Status InsertContract(storage::Connection& conn, Id tenant_id, const Contract& c);
// Writes every editable column of `c` (money included), version + 1 and updated_at.
Status UpdateContract(storage::Connection& conn, Id tenant_id, const Contract& c);
// Status, approval, activation and void columns, version + 1, only while the version is still
// `expected_version`. false: another change came first.
Result<bool> SetContractState(storage::Connection& conn, Id tenant_id, const Contract& c, std::int64_t expected_version);
// version + 1 and updated_at (a write to its plan).
Status TouchContract(storage::Connection& conn, Id tenant_id, Id id, Instant at);
Status SoftDeleteContract(storage::Connection& conn, Id tenant_id, Id id, Id by, Instant at);
Result<std::optional<std::int64_t>> ContractVersion(storage::Connection& conn, Id tenant_id, Id id);

// The list in the caller's data scope (owners in scope, customers whose team the caller is on),
// keyset-paginated, with total.
Result<Page<Contract>> ListContracts(storage::Connection& conn, const org::Caller& caller, const ContractFilter& f,
                                     const std::string& today, const PageRequest& page);

// The customer's contracts (not void, not draft) in the caller's data scope, summed.
Result<CustomerSummary> SummaryOfCustomer(storage::Connection& conn, const org::Caller& caller, Id customer_id,
                                          const std::string& today);

// Change orders, newest first.
Result<std::vector<ChangeOrder>> ListChanges(storage::Connection& conn, Id tenant_id, Id contract_id);
Result<ChangeOrder> GetChange(storage::Connection& conn, Id tenant_id, Id id);
Result<bool> HasPendingChange(storage::Connection& conn, Id tenant_id, Id contract_id);
Status InsertChange(storage::Connection& conn, Id tenant_id, const ChangeOrder& c);
Status SetChangeStatus(storage::Connection& conn, Id tenant_id, Id id, const std::string& status,
                       std::optional<Id> approval_id, std::optional<Instant> decided_at);

// Active contracts whose end date is on or before `last_day` and later than `first_day`, not yet
// reminded for that end date (the daily sweep), and active ones whose end date is before `today`.
Result<std::vector<Contract>> ContractsEndingBy(storage::Connection& conn, Id tenant_id, const std::string& first_day,
                                                const std::string& last_day, int limit);
Result<bool> MarkEndReminded(storage::Connection& conn, Id tenant_id, Id id, const std::string& end_date);
// Active contracts past their end date become ended (answers their ids).
Result<std::vector<Id>> EndPastContracts(storage::Connection& conn, Id tenant_id, const std::string& today, Instant at);

}  // namespace quanke::contracts
