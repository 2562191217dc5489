#pragma once

#include "core/clock.h"
#include "domain/ownership/ownership_service.h"
#include "jobs/scheduler.h"

namespace quanke::jobs {

// The daily reclaim sweep (自动回收): checked every `every`; each pool is swept once a day, at
// the first check after its configured local hour (OwnershipService::RunScheduled). Every node
// runs it; one node at a time sweeps a tenant, and a sweep a dead node left half done is finished
// at the next check.
Scheduler::Job ReclaimJob(ownership::OwnershipService& ownership, const Clock& clock, std::chrono::seconds every);

}  // namespace quanke::jobs
