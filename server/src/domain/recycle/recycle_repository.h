#pragma once

// The recycle bin's reads and writes over the soft-deleted rows of every kind (recycle_types.h).
// Request paths pass the caller's tenant; the purge job passes each tenant it finds.

#include <vector>

#include "core/page.h"
#include "core/status.h"
#include "domain/recycle/recycle_types.h"
#include "storage/database.h"

namespace quanke::recycle {

// The tenant's deleted records, newest deletion first (keyset on deleted_at, id).
Result<Page<BinItem>> ListDeleted(storage::Connection& conn, Id tenant_id, const BinFilter& filter,
                                  const PageRequest& page);
// One record in the bin; nullopt when there is none of that kind and id deleted in the tenant.
Result<std::optional<BinItem>> GetDeleted(storage::Connection& conn, Id tenant_id, Kind kind, Id id);
// Takes a record out of the bin (deleted_at and deleted_by cleared); false when it was not there.
// Not for follow-ups and receipts: their modules restore them (activity::RestoreFollowUp,
// contracts::RestoreReceipt) with what hangs off them.
Result<bool> Undelete(storage::Connection& conn, Id tenant_id, Kind kind, Id id, Instant now);
// The contract of a deleted receipt when that contract is in the bin too; nullopt when it is live.
Result<std::optional<Id>> DeletedContractOf(storage::Connection& conn, Id tenant_id, Id receipt_id);
// A product code another live product uses meanwhile (a product comes back with its code).
Result<bool> ProductCodeTaken(storage::Connection& conn, Id tenant_id, Id product_id);
// The phone digits the conflict check holds for a customer (its own and its contacts').
Result<std::vector<std::string>> CustomerPhoneDigits(storage::Connection& conn, Id tenant_id, Id customer_id);
// A restored customer's owner gets a fresh reclaim clock (the days in the bin do not count).
Status RestartClock(storage::Connection& conn, Id tenant_id, Id customer_id, Instant now);
// Records that still refer to a record (opportunities and contracts of a customer, contracts of
// an opportunity, deleted or not): a record is purged only after them.
Result<std::int64_t> CountDependents(storage::Connection& conn, Id tenant_id, Kind kind, Id id);
// Removes a record for good, with what hangs off it (contacts, phones, search grams and
// follow-ups of a customer; items and history of an opportunity or contract; the feed item with
// its comments and likes and the attachments of a follow-up; the allocations of a receipt; …).
Status PurgeRow(storage::Connection& conn, Id tenant_id, Kind kind, Id id);

// Records of any tenant deleted at or before `cutoff`, oldest first, at most `limit`.
struct Expired {
  Id tenant_id = 0;
  Kind kind = Kind::kCustomer;
  Id id = 0;
};
Result<std::vector<Expired>> ListExpired(storage::Connection& conn, Instant cutoff, int limit);

}  // namespace quanke::recycle
