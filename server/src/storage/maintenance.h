#pragma once

#include "core/clock.h"
#include "core/status.h"
#include <string>
#include <vector>

#include "storage/database.h"

namespace quanke::storage {

// Deletes what has expired: sessions past their lifetime, Idempotency-Key records older than
// 24 hours, used login challenges past their expiry, and login-failure counters whose window and
// lockout have passed. Run hourly, by every node: runs of several nodes take turns, and all but
// the first find nothing.
Status PurgeExpired(Database& db, Instant now);

// ok when the database answers a trivial query (GET /health).
Status Ping(Database& db);

// PostgreSQL planner statistics kept fresh where autovacuum is too slow: ANALYZE each of
// `tables` changed by more than 500 rows + 20 % since its last analysis (one catalog read when
// nothing is stale). A bulk load calls it after committing, so the next request is planned on
// the new size, not on an empty table's statistics (a detail read scanned the tenant instead of
// using the primary key). SQLite: nothing to do (fixed statistics, migration 0003). Answers how
// many tables were analysed.
Result<int> RefreshStatistics(Database& db, const std::vector<std::string>& tables);
// ANALYZE of the whole database on PostgreSQL (after migrations and seeding); no-op on SQLite.
Status AnalyzeAll(Database& db);

}  // namespace quanke::storage
