#pragma once

#include "core/clock.h"
#include "domain/ownership/ownership_service.h"
#include "jobs/scheduler.h"

namespace quanke::jobs {

// The daily reclaim sweep (自动回收): checked every `every`; each pool is swept once a day, at
// the first check after its configured local hour (OwnershipService::RunScheduled).
Scheduler::Job ReclaimJob(ownership::OwnershipService& ownership, const Clock& clock, std::chrono::seconds every);

}  // namespace quanke::jobs
