#include "core/ids.h"

#include <charconv>
#include <chrono>

namespace quanke {
namespace {
constexpr std::int64_t kEpochMs = 1704067200000;  // 2024-01-01T00:00:00Z
}

Id IdGenerator::Next() {
  const std::int64_t now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                  std::chrono::system_clock::now().time_since_epoch())
                                  .count() -
                              kEpochMs;
  std::int64_t prev = last_.load();
  std::int64_t next;
  do {
    const std::int64_t candidate = now_ms << 12;
    // Same or earlier millisecond (or a clock step back): continue the sequence.
    next = candidate > prev ? candidate : prev + 1;
  } while (!last_.compare_exchange_weak(prev, next));
  const std::int64_t ms = next >> 12;
  const std::int64_t seq = next & 0xfff;
  return (ms << 22) | (static_cast<std::int64_t>(node_.load()) << 12) | seq;
}

Id IdGenerator::NextAfter(Id floor) {
  const std::int64_t floor_state = ((floor >> 22) << 12) | 0xfff;  // floor's millisecond, used up
  std::int64_t prev = last_.load();
  while (prev < floor_state && !last_.compare_exchange_weak(prev, floor_state)) {
  }
  return Next();
}

IdGenerator& Ids() {
  static IdGenerator generator;
  return generator;
}

std::string IdToString(Id id) { return std::to_string(id); }

std::optional<Id> ParseId(std::string_view text) {
  if (text.empty() || text.size() > 19) return std::nullopt;
  Id id = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || ptr != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

}  // namespace quanke
