#pragma once

#include <string>

#include "core/time_zone.h"
#include "domain/contracts/contract_repository.h"
#include "domain/contracts/contract_service.h"
#include "domain/deals/deal_service.h"

// What the services of the contracts module share (contract_service.cc, money_service.cc,
// contract_sweep.cc, contract_approvals.cc).
namespace quanke::contracts::detail {

// The tenant's calendar day of `now` as "YYYY-MM-DD".
Result<std::string> TodayOf(storage::Connection& conn, Id tenant_id, Instant now);

// A contract as the caller sees it, with what they may do; not_found when invisible.
struct Access {
  deals::OwnedAccess owned;
  bool write = false;  // owner, in scope or a `write` team member
};
Result<ContractDetail> DetailOf(storage::Connection& conn, const org::Caller& caller, Id id, Instant now,
                                Access* access = nullptr);

// 409 contract.locked while pending, contract.void when void.
Status CheckNotLocked(const Contract& c);
Status VersionConflict(std::int64_t current);

// Makes a pending or draft contract active (approved), in the caller's transaction, only while
// its version is `expected_version`: the state, the instalments opened, the customer marked a
// deal customer, the feed item contract.activated and the team's notification (成交确认).
// `by` is whoever's action activated it (the submitter, or the last approver).
Status Activate(storage::Connection& conn, const org::Caller& by, Contract c, std::optional<Id> approval_id,
                Instant now);

// Sets the money fields of `c` (the list total from the lines).
void PutMoney(Contract& c, const MoneyFields& m);
// Writes `after` over the contract's money fields (a change order applied), version + 1.
Status ApplyMoney(storage::Connection& conn, Id tenant_id, Contract c, const MoneyFields& after, Instant now);

// Approvals (contract_approvals.cc), inside the subject's transaction.
// A draft submitted: the `discount` flow when the discount is above the setting and such a flow
// applies, else `contract`; active at once when no flow applies, else pending.
Status SubmitForApproval(storage::Connection& conn, const org::Caller& caller, Contract c, Instant now);
// A change order's approval (its approval_id set); true when approved at once.
Result<bool> StartChangeApproval(storage::Connection& conn, const org::Caller& caller, const Contract& c,
                                 ChangeOrder& order, Instant now);
// A receipt's approval; true when approved at once.
Result<bool> StartReceiptApproval(storage::Connection& conn, const org::Caller& caller, const Contract& c,
                                  const Receipt& r, std::optional<Id>* approval_id, Instant now);
// A pending receipt decided: confirmed (received, allocated, instalments in step) or rejected
// (its claim given back).
Status ConfirmReceipt(storage::Connection& conn, Id tenant_id, const Receipt& r, bool confirmed);

}  // namespace quanke::contracts::detail
