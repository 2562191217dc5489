#pragma once

#include "core/clock.h"
#include "domain/pool/pool_service.h"
#include "jobs/scheduler.h"

namespace quanke::jobs {

// The daily reclaim sweep (自动回收): checked every `every`; each pool is swept once a day, at
// the first check after its configured local hour (PoolService::RunScheduled).
Scheduler::Job ReclaimJob(pool::PoolService& pools, const Clock& clock, std::chrono::seconds every);

}  // namespace quanke::jobs
