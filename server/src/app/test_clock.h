#pragma once

#include <string>

#include "core/clock.h"

namespace quanke::app {

// Test only (`serve --test-clock-file PATH`): the server's "now" is the instant (milliseconds
// since the epoch) written in the file, read again on every call, so an API test moves the
// server's time by rewriting the file — to visit a customer 200 days ago, or to stand on a
// boundary to the millisecond. A missing, empty or unreadable file gives the system's time.
// Ids keep the system's time (core/ids.h); nothing but tests may rely on this clock.
class FileClock final : public Clock {
 public:
  explicit FileClock(std::string path) : path_(std::move(path)) {}
  Instant Now() const override;

 private:
  const std::string path_;
  SystemClock system_;
};

}  // namespace quanke::app
