#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::storage {

// Deletes what has expired: sessions past their lifetime, Idempotency-Key records older than
// 24 hours, and login-failure counters whose window and lockout have passed. Run hourly.
Status PurgeExpired(Database& db, Instant now);

// ok when the database answers a trivial query (GET /health).
Status Ping(Database& db);

}  // namespace quanke::storage
