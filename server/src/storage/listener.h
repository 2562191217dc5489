#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "storage/database.h"

namespace quanke::storage {

// Signals between the server processes ("nodes") that share one database, for what each node
// keeps in memory about committed rows: the live streams to wake, the cached sessions to drop.
// A signal is a kind ("poke", "session", …) and a few ids; it carries no data, only the news that
// something must be read again from the database, so a repeated signal is harmless.
//
// PostgreSQL: NOTIFY on one channel, sent inside the committing transaction, so it is delivered
// only if and after the transaction commits (a rolled-back change is never announced). Each
// node runs one Listener: a thread with a connection of its own that LISTENs and hands each
// signal to the handler of its kind. A node does not hear its own signals; it acts on its own
// commits directly (Connection::AfterCommit). When the listening connection is lost the listener
// reconnects with a growing delay and then calls the resync handlers: whatever was signalled
// while it was deaf is unknown, so everything that follows signals must be read again.
// SQLite: one process owns the database file, there is nobody to tell; Signal does nothing and
// the listener never hears anything.

// Inside a write transaction: sends `kind` with `args` (ids, e.g. "tenant:user") to the other
// nodes once the transaction commits. `kind` must not contain ':'.
Status Signal(Connection& conn, std::string_view kind, std::string_view args);

struct ListenerOptions {
  // After a lost connection, the delay before the first reconnection attempt; it doubles after
  // each failed attempt, up to max_retry.
  std::chrono::milliseconds first_retry{200};
  std::chrono::milliseconds max_retry{10000};
  // A quiet connection is checked with a query this often, so a connection that died without a
  // word (a restarted proxy, a dropped NAT entry) is noticed.
  std::chrono::milliseconds ping_every{30000};
};

// Receives the signals of the other nodes. Register handlers, then Start; the handlers run on the
// listener's thread, one at a time: they must be quick and must not wait for the database.
class Listener {
 public:
  using Handler = std::function<void(std::string_view args)>;
  virtual ~Listener() = default;

  // Before Start: `handler` gets the args of every signal of `kind` sent by another node.
  void On(std::string kind, Handler handler) { handlers_.emplace_back(std::move(kind), std::move(handler)); }
  // Before Start: `fn` runs each time the listener has connected (the first time too): signals
  // sent while it was not listening are lost, so whatever they keep up to date must start over.
  void OnResync(std::function<void()> fn) { resync_.push_back(std::move(fn)); }

  // Starts listening in the background. Errors: none on SQLite; on PostgreSQL only a failure to
  // start the thread (an unreachable database is retried, not an error).
  virtual Status Start() = 0;
  // Stops listening and joins the thread. Idempotent; called by the destructor too.
  virtual void Stop() = 0;

 protected:
  // For implementations: one payload as sent by Signal (signals of this process and unknown
  // kinds are ignored), and a (re)connection.
  void Deliver(std::string_view payload) const;
  void Resync() const;

 private:
  std::vector<std::pair<std::string, Handler>> handlers_;  // written before Start, then read-only
  std::vector<std::function<void()>> resync_;              // written before Start, then read-only
};

// The listener for the database at `url` (as given to OpenDatabase): PostgreSQL's
// (postgres_listener.cc), or one that hears nothing for SQLite.
std::unique_ptr<Listener> MakeListener(const std::string& url, ListenerOptions options = {});

// The PostgreSQL channel the signals travel on.
inline constexpr std::string_view kSignalChannel = "quanke_signals";

// The ids of a signal's args ("12:34" → {12, 34}); empty when `args` is not ids separated by ':'.
std::vector<std::int64_t> SignalIds(std::string_view args);

}  // namespace quanke::storage
