#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace quanke {

// Milliseconds since the Unix epoch, UTC. Every stored instant uses this unit.
using Instant = std::int64_t;

// The one source of "now". Rules that involve time read it, so tests and `--at` runs can
// move it. Thread-safe.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Instant Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  Instant Now() const override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

// A clock that stands still until moved; for tests and "as of" runs.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(Instant now) : now_(now) {}
  Instant Now() const override { return now_.load(); }
  void Set(Instant now) { now_.store(now); }
  void Advance(std::int64_t ms) { now_.fetch_add(ms); }

 private:
  std::atomic<Instant> now_;
};

// "2026-11-26T09:30:00Z" (milliseconds are printed only when not zero).
std::string FormatInstant(Instant t);
// "2026-11-26" for a count of days since 1970-01-01.
std::string FormatDays(std::int64_t days);
// Parses ISO-8601 with "Z" or a ±hh:mm offset; false when malformed.
bool ParseInstant(const std::string& text, Instant* out);

}  // namespace quanke
