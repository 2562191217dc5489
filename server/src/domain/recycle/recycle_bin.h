#pragma once

// The recycle bin (回收站, docs/api-recycle-bin.md): what DELETE removed, listed with who deleted
// it and when; an administrator (settings.configure) restores a record for 90 days or purges it
// now; the purge job removes it for good after. Deleted customers keep counting in the conflict
// check until purged, so a restore re-runs that check only against what appeared meanwhile.

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "domain/recycle/recycle_types.h"
#include "storage/database.h"

namespace quanke::recycle {

class RecycleBin {
 public:
  RecycleBin(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  Result<Page<BinItem>> List(const org::Caller& caller, const BinFilter& filter, const PageRequest& page);
  // Takes a record out of the bin. A customer returns to its owner when that user is active and
  // under the holding limit of its home pool, else to its home pool (a fresh clock either way);
  // its contacts come with it. A follow-up brings its feed item back and the customer's last
  // follow-up time; a pending receipt is claimed and submitted anew (contracts::RestoreReceipt).
  // 404 not in the bin; 409 recycle.expired (past 90 days), recycle.conflict (the conflict check
  // refuses it), recycle.parent_deleted (its customer, or a receipt's contract, is in the bin),
  // recycle.code_taken (a live product has its code); a receipt's own refusals (422
  // receipt.exceeds_owed / exceeds_instalment, 409 contract.not_active / locked).
  Result<Restored> Restore(const org::Caller& caller, Kind kind, Id id);
  // Removes a record for good now. 409 recycle.in_use while records still refer to it.
  Status Purge(const org::Caller& caller, Kind kind, Id id);

  // The purge job: every tenant's records deleted more than 90 days before `now`, each in a
  // transaction of its own (audited as the system's). Records still referred to wait. Answers
  // how many were purged.
  static Result<std::int64_t> PurgeExpired(storage::Database& db, Instant now);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

}  // namespace quanke::recycle
