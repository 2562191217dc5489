#include "jobs/scheduler.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace quanke::jobs {

Scheduler::Scheduler(std::vector<Job> jobs) : jobs_(std::move(jobs)) {}

Scheduler::~Scheduler() { Stop(); }

void Scheduler::Start() { thread_ = std::thread([this] { Loop(); }); }

void Scheduler::Stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Scheduler::Loop() {
  using Clock = std::chrono::steady_clock;
  std::vector<Clock::time_point> next(jobs_.size(), Clock::now());
  std::unique_lock lock(mu_);
  while (!stopping_) {
    const auto now = Clock::now();
    for (size_t i = 0; i < jobs_.size(); ++i) {
      if (now < next[i]) continue;
      next[i] = now + jobs_[i].every;
      lock.unlock();
      try {
        jobs_[i].run();
      } catch (const std::exception& e) {
        spdlog::error("job {} failed: {}", jobs_[i].name, e.what());
      }
      lock.lock();
      if (stopping_) return;
    }
    auto wake = *std::min_element(next.begin(), next.end());
    cv_.wait_until(lock, wake, [&] { return stopping_; });
  }
}

}  // namespace quanke::jobs
