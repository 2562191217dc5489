#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/ids.h"
#include "core/status.h"
#include "storage/database.h"
#include "storage/listener.h"

namespace quanke::notify {

// Wakes the live streams of a user when a notification for them has been committed. The hub
// carries no data: a woken stream reads what is new from the database, so a stream that
// misses a wake-up (or reconnects) loses nothing, and an extra wake-up costs one read.
// Thread-safe. One per process; with several server nodes on one PostgreSQL database the pokes
// travel between them as signals (PokeAfterCommit, FollowPokes; storage/listener.h).
class Hub {
 public:
  using Token = std::uint64_t;

  // `wake` is called from the poking thread; it must be cheap and must not call the hub.
  Token Subscribe(Id tenant_id, Id user_id, std::function<void()> wake);
  void Unsubscribe(Token token);
  void Poke(Id tenant_id, Id user_id);
  // Wakes every stream (pokes may have been missed: the node stopped hearing the others a while).
  void PokeAll();
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

// The signal kind of a poke between nodes; its args are "tenant:user".
inline constexpr std::string_view kPokeSignal = "poke";

// Inside the transaction that writes a notification for the user: pokes the user's streams on
// this node once it has committed, and on the other nodes through a signal of the same commit.
Status PokeAfterCommit(storage::Connection& conn, Id tenant_id, Id user_id);

// Wiring: `listener` pokes `hub` for each poke another node commits, and wakes every stream of
// `hub` whenever it (re)connects.
void FollowPokes(storage::Listener& listener, Hub& hub);

}  // namespace quanke::notify
