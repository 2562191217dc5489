#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace quanke {

// Record ids are 63-bit integers made by the application, so both backends use the same
// values and rows can be created without a round trip: 41 bits of milliseconds since
// 2024-01-01, 10 bits of node number and 12 bits of sequence. They sort by creation time.
// In JSON they travel as strings (JavaScript numbers cannot hold them).
using Id = std::int64_t;

class IdGenerator {
 public:
  explicit IdGenerator(int node = 0) : node_(node & 0x3ff) {}
  // Several processes write to one PostgreSQL database: each takes its own node number
  // (storage::TakeNodeNumber) before it makes ids, or two of them would make the same id in the
  // same millisecond.
  void SetNode(int node) { node_.store(node & 0x3ff); }
  int node() const { return node_.load(); }
  // Thread-safe; never returns the same id twice in a process.
  Id Next();
  // The same, above `floor`: an id another process made, whose clock may be ahead of this
  // one's. When this clock is behind, the ids go on from floor's next millisecond (ids of one
  // millisecond order by node number, so floor's own millisecond is not enough). For rows read
  // in id order as they are committed (live streams resume after the last id they sent).
  Id NextAfter(Id floor);

 private:
  std::atomic<int> node_;
  std::atomic<std::int64_t> last_{0};  // (ms << 12) | sequence of the last id handed out
};

// The process-wide generator.
IdGenerator& Ids();

std::string IdToString(Id id);
// Parses a decimal id; nullopt for anything else (so a malformed path id answers 404).
std::optional<Id> ParseId(std::string_view text);

}  // namespace quanke
