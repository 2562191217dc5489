#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "storage/database.h"

namespace quanke::storage {

// Read-your-writes across nodes. The answer to a request that wrote carries the primary's WAL
// position after the write (the router sends it as the X-Quanke-Read-After header and the
// quanke_read_after cookie); the client sends it back with its next requests, whichever node
// they reach, and their list reads use the replica only once it has replayed that far. The
// router keeps one ReadFence on the thread that runs each request.
class ReadFence {
 public:
  // `must_see`: the WAL position (bytes) the request's list reads must see; 0 for none.
  explicit ReadFence(std::int64_t must_see);
  ~ReadFence();
  ReadFence(const ReadFence&) = delete;
  ReadFence& operator=(const ReadFence&) = delete;

  // Whether the request took a write connection (or ran a write transaction) of a
  // ReplicatedDatabase since the fence was set.
  bool wrote() const;

 private:
  std::int64_t outer_must_see_;
  bool outer_wrote_;
};

// What a look at the replica found.
struct ReplicaPosition {
  bool in_recovery = false;            // false: not a standby (misconfigured, or promoted)
  std::int64_t replay_lsn = 0;         // WAL replayed so far, in bytes
  std::optional<std::int64_t> lag_ms;  // since the last replayed commit; none before the first
};

// The two position queries: PostgreSQL's (PostgresPositions) in the server, fakes in unit tests.
class ReplicationPositions {
 public:
  virtual ~ReplicationPositions() = default;
  // The primary's WAL insert position: above every commit that returned before the call.
  virtual Result<std::int64_t> PrimaryLsn(Connection& primary) = 0;
  virtual Result<ReplicaPosition> Replica(Connection& replica) = 0;
};
std::unique_ptr<ReplicationPositions> PostgresPositions();

struct ReplicaOptions {
  // Lists read from the primary while the replica is further behind than this.
  std::int64_t max_lag_ms = 1000;
  // How often the replica's position and lag are looked at (one query on each database).
  std::chrono::milliseconds probe_every{200};
  // A replica not probed successfully for this long counts as gone (a probe hanging on a
  // connection to a host that stopped answering).
  std::chrono::milliseconds probe_stale{1500};
  int pool_size = 8;
};

// A PostgreSQL primary with a streaming read replica (`--db-replica`). Everything reads and
// writes on the primary except ReadForList(), which the list and report paths call: it answers
// a connection to the replica when all of these hold, and one to the primary otherwise —
//   - no request transaction is running on the thread (a read inside it must see its writes);
//   - the last probe (at most probe_stale ago) reached the replica, found it in recovery and
//     no more than max_lag_ms behind: its replay position is at least the primary's position of
//     the probe, or its last replayed commit is at most max_lag_ms old;
//   - it has replayed the position the request's client must see (ReadFence); when the probe's
//     figure is older, the replica is asked again on the connection the list would use.
// A query that fails on the replica (it went away, or a recovery conflict cancelled it) runs
// again on the primary, and a replica that refuses connections is left out until the next probe
// reaches it: a replica that stops never makes a request fail. Thread-safe.
class ReplicatedDatabase final : public Database {
 public:
  // Opens a replica pool (and one more connection for the probe) from the factory's database.
  using OpenReplica = std::function<Result<std::unique_ptr<Database>>(int pool_size)>;

  // The server's: the replica at `replica_url` (postgresql://…), probed on a thread of its own.
  // The replica needs not be up at start: it is opened at the first probe that reaches it.
  // Fails with `config.bad_database_url` unless both are PostgreSQL.
  static Result<std::unique_ptr<ReplicatedDatabase>> Open(std::unique_ptr<Database> primary,
                                                          const std::string& replica_url,
                                                          ReplicaOptions options);

  // For tests: no probe thread until Start(); ProbeNow() runs one probe.
  ReplicatedDatabase(std::unique_ptr<Database> primary, OpenReplica open_replica,
                     std::unique_ptr<ReplicationPositions> positions, ReplicaOptions options);
  ~ReplicatedDatabase() override;

  Backend backend() const override { return primary_->backend(); }
  Result<ConnectionLease> Read() override;
  Result<ConnectionLease> Write() override;
  Status Transact(const std::function<Status(Connection&)>& fn) override;
  Result<ConnectionLease> ReadForList() override;

  // The position a client must see after this request's writes: the primary's now.
  Result<std::int64_t> WritePosition();

  // Starts the probe thread (Open does).
  void Start();
  // One probe of the replica and the primary; updates what ReadForList decides on.
  void ProbeNow();

  // List reads so far: answered by the replica, by the primary, and started on the replica
  // but run again on the primary.
  struct Counts {
    std::int64_t on_replica = 0;
    std::int64_t on_primary = 0;
    std::int64_t retried_on_primary = 0;
  };
  Counts counts() const;

  // For ReplicaConnection: a query on the replica failed with `s`.
  void ReplicaQueryFailed(const Status& s);
  Database& primary() { return *primary_; }

 private:
  bool ReplicaUsable() const;
  Result<ConnectionLease> OnPrimary();
  // Marks the replica unusable until the next successful probe; logs when it was usable.
  void SetDown(const std::string& why);
  void SetState(bool usable, const std::string& why);
  void RaiseReplayLsn(std::int64_t lsn);
  void ProbeLoop();

  const std::unique_ptr<Database> primary_;
  const OpenReplica open_replica_;
  const std::unique_ptr<ReplicationPositions> positions_;
  const ReplicaOptions options_;

  // The replica's pool and the probe's connection, opened by the first probe that reaches it
  // and kept from then on: written once under open_mu_, read through the atomic.
  std::mutex open_mu_;
  std::unique_ptr<Database> replica_owned_;  // guarded by open_mu_
  std::unique_ptr<Database> probe_db_;       // the probe thread's own
  std::atomic<Database*> replica_{nullptr};

  // What the last probe found.
  std::atomic<bool> usable_{false};
  std::atomic<std::int64_t> replay_lsn_{0};
  std::atomic<std::int64_t> probed_at_ns_{0};  // steady clock of the last successful probe

  std::mutex state_mu_;
  int logged_state_ = -1;  // guarded by state_mu_: 1 in use, 0 not, -1 nothing logged yet

  std::atomic<std::int64_t> on_replica_{0}, on_primary_{0}, retried_{0};
  std::atomic<std::int64_t> last_failure_log_ns_{std::numeric_limits<std::int64_t>::min() / 2};

  std::mutex stop_mu_;
  std::condition_variable stop_cv_;
  bool stopping_ = false;  // guarded by stop_mu_
  std::thread prober_;
};

}  // namespace quanke::storage
