#include "storage/replicated_database.h"

#include <spdlog/spdlog.h>

#include <cctype>
#include <limits>
#include <utility>

#include "storage/postgres_database.h"

namespace quanke::storage {
namespace {

// The read fence of the request running on this thread (ReadFence).
struct FenceState {
  std::int64_t must_see = 0;
  bool wrote = false;
};
thread_local FenceState fence_state;

// The replication functions are storage's own SQL (docs/architecture.md, "Table ownership"):
// they read no table.
class PgPositions final : public ReplicationPositions {
 public:
  Result<std::int64_t> PrimaryLsn(Connection& primary) override {
    // The insert position, not the write position: with synchronous_commit off a commit returns
    // before its record is written, and the fence must still cover it.
    auto rows = primary.Query("SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint");
    if (!rows.ok()) return rows.status();
    return rows->front().Int(0);
  }

  Result<ReplicaPosition> Replica(Connection& replica) override {
    auto rows = replica.Query(
        "SELECT pg_is_in_recovery(), "
        "(COALESCE(pg_last_wal_replay_lsn(), '0/0'::pg_lsn) - '0/0'::pg_lsn)::bigint, "
        "(EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000)::bigint");
    if (!rows.ok()) return rows.status();
    const Row& row = rows->front();
    ReplicaPosition out;
    out.in_recovery = row.Bool(0);
    out.replay_lsn = row.Int(1);
    out.lag_ms = row.OptInt(2);
    return out;
  }
};

// A replica connection for one list read. A query that fails on the replica runs again on a
// primary connection, which serves the rest of the lease.
class ReplicaConnection final : public Connection {
 public:
  ReplicaConnection(ConnectionLease replica, ReplicatedDatabase& owner)
      : replica_(std::move(replica)), owner_(owner) {}

  Backend backend() const override { return replica_->backend(); }

  Result<Rows> Query(std::string_view sql, const Params& params) override {
    if (primary_) return primary_->Query(sql, params);
    auto rows = replica_->Query(sql, params);
    if (rows.ok()) return rows;
    owner_.ReplicaQueryFailed(rows.status());
    auto lease = owner_.primary().Read();
    if (!lease.ok()) return lease.status();
    primary_ = std::move(*lease);
    return primary_->Query(sql, params);
  }

  // A list read runs single statements; these only pass through to the connection in use.
  Status ExecScript(std::string_view sql) override { return Current().ExecScript(sql); }
  Status Begin(bool write) override { return Current().Begin(write); }
  Status Commit() override { return Current().Commit(); }
  Status Rollback() override { return Current().Rollback(); }
  Status LockKey(std::int64_t key) override { return Current().LockKey(key); }

 private:
  Connection& Current() { return primary_ ? *primary_ : *replica_; }

  ConnectionLease replica_;
  ConnectionLease primary_;  // set once a query failed on the replica
  ReplicatedDatabase& owner_;
};

// Unless the URL says otherwise, connecting to the replica gives up after 2 s: the probe thread
// would otherwise wait minutes on a host that stopped answering (and hold up shutdown).
std::string WithConnectTimeout(const std::string& url) {
  if (url.find("connect_timeout=") != std::string::npos) return url;
  return url + (url.find('?') == std::string::npos ? "?" : "&") + "connect_timeout=2";
}

bool IsPostgresUrl(const std::string& url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
}

// libpq's messages end in a newline and may hold several lines: one log line each.
std::string OneLine(std::string text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  for (char& c : text)
    if (c == '\n' || c == '\t') c = ' ';
  return text;
}

std::int64_t SteadyNanos() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

ReadFence::ReadFence(std::int64_t must_see)
    : outer_must_see_(fence_state.must_see), outer_wrote_(fence_state.wrote) {
  fence_state = {must_see, false};
}

ReadFence::~ReadFence() { fence_state = {outer_must_see_, outer_wrote_}; }

bool ReadFence::wrote() const { return fence_state.wrote; }

std::unique_ptr<ReplicationPositions> PostgresPositions() { return std::make_unique<PgPositions>(); }

Result<std::unique_ptr<ReplicatedDatabase>> ReplicatedDatabase::Open(std::unique_ptr<Database> primary,
                                                                     const std::string& replica_url,
                                                                     ReplicaOptions options) {
  if (primary->backend() != Backend::kPostgres || !IsPostgresUrl(replica_url))
    return Status::Error("config.bad_database_url",
                         "--db-replica needs a PostgreSQL database (--db postgresql://…) and a "
                         "postgresql:// URL of its streaming replica");
  const std::string url = WithConnectTimeout(replica_url);
  auto db = std::make_unique<ReplicatedDatabase>(
      std::move(primary), [url](int pool_size) { return OpenPostgres(url, pool_size); },
      PostgresPositions(), options);
  db->ProbeNow();  // so that the first lists already use it
  db->Start();
  return db;
}

ReplicatedDatabase::ReplicatedDatabase(std::unique_ptr<Database> primary, OpenReplica open_replica,
                                       std::unique_ptr<ReplicationPositions> positions,
                                       ReplicaOptions options)
    : primary_(std::move(primary)),
      open_replica_(std::move(open_replica)),
      positions_(std::move(positions)),
      options_(options) {}

ReplicatedDatabase::~ReplicatedDatabase() {
  {
    std::lock_guard lock(stop_mu_);
    stopping_ = true;
  }
  stop_cv_.notify_all();
  if (prober_.joinable()) prober_.join();
}

Result<ConnectionLease> ReplicatedDatabase::Read() {
  if (Connection* request = RequestConnection(*this)) return BorrowedLease(*request);
  return primary_->Read();
}

Result<ConnectionLease> ReplicatedDatabase::Write() {
  fence_state.wrote = true;
  return primary_->Write();
}

Status ReplicatedDatabase::Transact(const std::function<Status(Connection&)>& fn) {
  fence_state.wrote = true;
  return primary_->Transact(fn);
}

Result<ConnectionLease> ReplicatedDatabase::ReadForList() {
  if (Connection* request = RequestConnection(*this)) return BorrowedLease(*request);
  Database* replica = replica_.load(std::memory_order_acquire);
  if (!replica || !ReplicaUsable()) return OnPrimary();
  auto lease = replica->Read();
  if (!lease.ok()) {
    SetDown("cannot connect: " + lease.status().message());
    return OnPrimary();
  }
  const std::int64_t must_see = fence_state.must_see;
  if (must_see > replay_lsn_.load(std::memory_order_relaxed)) {
    // The client wrote after the last probe: has the replica replayed its write by now?
    auto position = positions_->Replica(**lease);
    if (!position.ok()) {
      SetDown("its position could not be read: " + position.status().message());
      return OnPrimary();
    }
    RaiseReplayLsn(position->replay_lsn);
    if (position->replay_lsn < must_see) return OnPrimary();
  }
  on_replica_.fetch_add(1, std::memory_order_relaxed);
  return ConnectionLease(new ReplicaConnection(std::move(*lease), *this), [](Connection* c) { delete c; });
}

Result<std::int64_t> ReplicatedDatabase::WritePosition() {
  auto lease = primary_->Read();
  if (!lease.ok()) return lease.status();
  return positions_->PrimaryLsn(**lease);
}

void ReplicatedDatabase::Start() {
  if (prober_.joinable()) return;
  prober_ = std::thread([this] { ProbeLoop(); });
}

void ReplicatedDatabase::ProbeLoop() {
  std::unique_lock lock(stop_mu_);
  while (!stopping_) {
    if (stop_cv_.wait_for(lock, options_.probe_every, [&] { return stopping_; })) break;
    lock.unlock();
    ProbeNow();
    lock.lock();
  }
}

void ReplicatedDatabase::ProbeNow() {
  if (!replica_.load(std::memory_order_acquire)) {
    auto pool = open_replica_(options_.pool_size);
    if (!pool.ok()) return SetDown("cannot connect: " + pool.status().message());
    auto probe = open_replica_(1);
    if (!probe.ok()) return SetDown("cannot connect: " + probe.status().message());
    probe_db_ = std::move(*probe);
    std::lock_guard lock(open_mu_);
    replica_owned_ = std::move(*pool);
    replica_.store(replica_owned_.get(), std::memory_order_release);
  }
  // The primary first: a replica at or past this position has every commit made before it.
  std::int64_t primary_lsn = 0;
  {
    auto lease = primary_->Read();
    if (!lease.ok()) return;  // the primary's trouble; the state goes stale (probe_stale)
    auto lsn = positions_->PrimaryLsn(**lease);
    if (!lsn.ok()) return;
    primary_lsn = *lsn;
  }
  auto lease = probe_db_->Read();
  if (!lease.ok()) return SetDown("cannot connect: " + lease.status().message());
  auto position = positions_->Replica(**lease);
  if (!position.ok()) return SetDown("its position could not be read: " + position.status().message());
  if (!position->in_recovery) return SetDown("it is not a standby (pg_is_in_recovery() is false)");
  RaiseReplayLsn(position->replay_lsn);
  // Caught up: lag 0, however long ago the last commit was (an idle primary).
  const std::int64_t lag_ms = position->replay_lsn >= primary_lsn
                                  ? 0
                                  : position->lag_ms.value_or(std::numeric_limits<std::int64_t>::max());
  probed_at_ns_.store(SteadyNanos(), std::memory_order_relaxed);
  if (lag_ms > options_.max_lag_ms)
    return SetState(false, "it lags more than " + std::to_string(options_.max_lag_ms) + " ms");
  SetState(true, "");
}

bool ReplicatedDatabase::ReplicaUsable() const {
  if (!usable_.load(std::memory_order_relaxed)) return false;
  const auto age = std::chrono::nanoseconds(SteadyNanos() - probed_at_ns_.load(std::memory_order_relaxed));
  return age <= options_.probe_stale;
}

Result<ConnectionLease> ReplicatedDatabase::OnPrimary() {
  on_primary_.fetch_add(1, std::memory_order_relaxed);
  return primary_->Read();
}

void ReplicatedDatabase::ReplicaQueryFailed(const Status& s) {
  retried_.fetch_add(1, std::memory_order_relaxed);
  // The replica stays in use: a failed query is most often a pooled connection that a restart
  // of the replica broke (the pool opens a new one next time) or a query a recovery conflict
  // cancelled. A replica that is really gone refuses the next connection (ReadForList leaves it
  // out then) and fails the next probe. One log line per 10 s at most.
  constexpr std::int64_t kLogEveryNs = 10'000'000'000;
  const std::int64_t now = SteadyNanos();
  std::int64_t last = last_failure_log_ns_.load(std::memory_order_relaxed);
  if (now - last >= kLogEveryNs && last_failure_log_ns_.compare_exchange_strong(last, now))
    spdlog::warn("a list query failed on the read replica and ran again on the primary: {}", OneLine(s.message()));
}

void ReplicatedDatabase::SetDown(const std::string& why) { SetState(false, why); }

void ReplicatedDatabase::SetState(bool usable, const std::string& why) {
  std::lock_guard lock(state_mu_);
  usable_.store(usable, std::memory_order_relaxed);
  // One line per change between in use and not: not per probe, not per failed list.
  if (logged_state_ == (usable ? 1 : 0)) return;
  logged_state_ = usable ? 1 : 0;
  if (usable)
    spdlog::info("read replica in use for lists");
  else
    spdlog::warn("read replica not used ({}); lists read from the primary", OneLine(why));
}

void ReplicatedDatabase::RaiseReplayLsn(std::int64_t lsn) {
  std::int64_t seen = replay_lsn_.load(std::memory_order_relaxed);
  while (lsn > seen && !replay_lsn_.compare_exchange_weak(seen, lsn, std::memory_order_relaxed)) {
  }
}

ReplicatedDatabase::Counts ReplicatedDatabase::counts() const {
  return {on_replica_.load(std::memory_order_relaxed), on_primary_.load(std::memory_order_relaxed),
          retried_.load(std::memory_order_relaxed)};
}

}  // namespace quanke::storage
