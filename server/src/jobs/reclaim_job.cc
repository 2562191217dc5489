#include "jobs/reclaim_job.h"

#include <spdlog/spdlog.h>

namespace quanke::jobs {

Scheduler::Job ReclaimJob(pool::PoolService& pools, const Clock& clock, std::chrono::seconds every) {
  return {"reclaim", every, [&pools, &clock] {
            auto reclaimed = pools.RunScheduled(clock.Now());
            if (!reclaimed.ok())
              spdlog::error("reclaim sweep failed: {} {}", reclaimed.status().code(), reclaimed.status().message());
            else if (*reclaimed > 0)
              spdlog::info("reclaim sweep returned {} customers to their pools", *reclaimed);
          }};
}

}  // namespace quanke::jobs
