#pragma once

#include "core/clock.h"
#include "core/ids.h"
#include "core/status.h"
#include "storage/database.h"

// The day x person aggregate of the additive metrics (docs/api-targets.md, "Freshness"; migration
// 0035): every local day before today, per metric and person, and every whole month. Reports
// read it for the days it holds (ValuesPerUser) and the sources for today and for the days marked
// since they were sealed (the triggers mark a sealed day whenever a row of it changes), so no
// figure is stale. The refresh seals the days that ended, recomputes the marked ones and
// removes their marks. Each step is one transaction under the tenant's lock: several nodes may
// run it at once.
namespace quanke::reports {

struct RefreshResult {
  int days_recomputed = 0;  // marked days and days sealed by the previous refresh, checked again
  int days_sealed = 0;
  bool caught_up = false;  // every day before today is held
};

// Brings the tenant's aggregate up to yesterday in its zone as of `now`, sealing at most
// `max_months` calendar months (0: no limit). A zone change throws the aggregate away first.
Result<RefreshResult> RefreshMetricDays(storage::Database& db, Id tenant_id, Instant now, int max_months);

// Throws the tenant's aggregate away and builds it again from the sources, with the visit pairs
// of customersVisited (report_repository.h) (the backfill command).
Result<RefreshResult> RebuildMetricDays(storage::Database& db, Id tenant_id, Instant now);

// RefreshMetricDays for every tenant (the scheduler's job, each minute); a tenant that fails
// does not stop the others (the first failure is answered).
Status RefreshAllMetricDays(storage::Database& db, Instant now, int max_months);

}  // namespace quanke::reports
