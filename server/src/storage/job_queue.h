#pragma once

#include <optional>
#include <utility>

#include "core/clock.h"
#include "core/ids.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::storage {

// The queue half of a background job table (import_jobs, export_jobs): rows keyed by
// (tenant_id, id) with status (queued / running / done / cancelled / failed), lease_until,
// cancel_requested, created_at, started_at and finished_at. Every node's runner claims the
// oldest queued job — or a running one whose runner's lease has passed — with a conditional
// UPDATE, so each job is run by one runner at a time. `table` is one of the tables above (a
// constant, never input).

// Whether any job of the table is queued or running (a cheap read before claiming).
Result<bool> HasOpenJobs(Connection& conn, const char* table);
// Claims the next job: (tenant, id), or nullopt when there is none or another runner took it.
// `also_set` ("done = 0") is added to the claiming UPDATE's SET list.
Result<std::optional<std::pair<Id, Id>>> ClaimJob(Connection& conn, const char* table, Instant now,
                                                   Instant lease_until, const char* also_set = "");
// Marks a queued or running job to stop: a queued one is cancelled at once, a running one when
// its runner next looks.
Status RequestJobCancel(Connection& conn, const char* table, Id tenant_id, Id id, Instant now);
// Lets another runner take a running job over at once (shutdown).
Status ReleaseJob(Connection& conn, const char* table, Id tenant_id, Id id);

}  // namespace quanke::storage
