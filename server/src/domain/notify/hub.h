#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "core/ids.h"

namespace quanke::notify {

// Wakes the live streams of a user when a notification for them has been committed. The hub
// carries no data: a woken stream reads what is new from the database, so a stream that
// misses a wake-up (or reconnects) loses nothing. Thread-safe. One per process; with several
// server nodes, PostgreSQL LISTEN/NOTIFY would relay the pokes (not built yet).
class Hub {
 public:
  using Token = std::uint64_t;

  // `wake` is called from the poking thread; it must be cheap and must not call the hub.
  Token Subscribe(Id tenant_id, Id user_id, std::function<void()> wake);
  void Unsubscribe(Token token);
  void Poke(Id tenant_id, Id user_id);
  std::size_t subscribers() const;

 private:
  struct Subscriber {
    Token token;
    Id tenant_id;
    Id user_id;
    std::function<void()> wake;
  };
  static std::uint64_t Key(Id tenant_id, Id user_id) {
    return static_cast<std::uint64_t>(tenant_id) * 1000003u ^ static_cast<std::uint64_t>(user_id);
  }

  mutable std::mutex mu_;
  Token next_ = 1;                                                       // guarded by mu_
  std::unordered_map<std::uint64_t, std::vector<Subscriber>> by_user_;  // guarded by mu_
  std::unordered_map<Token, std::uint64_t> key_of_;                      // guarded by mu_
};

// The process-wide hub.
Hub& LiveHub();

}  // namespace quanke::notify
