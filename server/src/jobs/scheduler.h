#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace quanke::jobs {

// Runs typed jobs on one background thread at a fixed interval until stopped. A job that
// fails or throws is logged and tried again at its next tick; it never stops the server.
class Scheduler {
 public:
  struct Job {
    std::string name;
    std::chrono::seconds every;
    std::function<void()> run;
  };

  explicit Scheduler(std::vector<Job> jobs);
  ~Scheduler();  // stops and joins

  void Start();
  void Stop();

 private:
  void Loop();

  std::vector<Job> jobs_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;  // guarded by mu_
  std::thread thread_;
};

}  // namespace quanke::jobs
