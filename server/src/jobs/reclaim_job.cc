#include "jobs/reclaim_job.h"

#include <spdlog/spdlog.h>

namespace quanke::jobs {

Scheduler::Job ReclaimJob(ownership::OwnershipService& ownership, const Clock& clock, std::chrono::seconds every) {
  return {"reclaim", every, [&ownership, &clock] {
            auto reclaimed = ownership.RunScheduled(clock.Now());
            if (!reclaimed.ok())
              spdlog::error("reclaim sweep failed: {} {}", reclaimed.status().code(), reclaimed.status().message());
            else if (*reclaimed > 0)
              spdlog::info("reclaim sweep returned {} customers to their pools", *reclaimed);
          }};
}

}  // namespace quanke::jobs
