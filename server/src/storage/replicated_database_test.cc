// Where ReplicatedDatabase sends each read. Two SQLite files stand for the primary and the
// replica (each with a row naming itself), and the replication positions are set by the test;
// the streaming replica itself is exercised by server/tests/api/cluster.test.mjs.
#include "storage/replicated_database.h"

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>

#include "test_databases.h"

namespace quanke::storage {
namespace {

// What the fake replica reports, and how it misbehaves. Shared by the test and the databases.
struct ReplicaWorld {
  std::atomic<std::int64_t> primary_lsn{100};
  std::atomic<std::int64_t> replay_lsn{100};
  std::atomic<std::int64_t> lag_ms{0};
  std::atomic<bool> in_recovery{true};
  std::atomic<bool> refuse_connections{false};
  std::atomic<bool> fail_queries{false};
  std::atomic<int> position_reads{0};
};

class FakePositions final : public ReplicationPositions {
 public:
  explicit FakePositions(ReplicaWorld& world) : world_(world) {}
  Result<std::int64_t> PrimaryLsn(Connection&) override { return world_.primary_lsn.load(); }
  Result<ReplicaPosition> Replica(Connection& replica) override {
    // Through the connection, so that a broken replica fails here as it would in PostgreSQL.
    if (auto ping = replica.Query("SELECT 1"); !ping.ok()) return ping.status();
    ++world_.position_reads;
    return ReplicaPosition{world_.in_recovery.load(), world_.replay_lsn.load(), world_.lag_ms.load()};
  }

 private:
  ReplicaWorld& world_;
};

// A connection whose queries fail while the world says so (the replica went away).
class FlakyConnection final : public Connection {
 public:
  FlakyConnection(ConnectionLease inner, ReplicaWorld& world) : inner_(std::move(inner)), world_(world) {}
  Backend backend() const override { return inner_->backend(); }
  Result<Rows> Query(std::string_view sql, const Params& params) override {
    if (world_.fail_queries) return Status::Error("unavailable", "server closed the connection unexpectedly");
    return inner_->Query(sql, params);
  }
  Status ExecScript(std::string_view sql) override { return inner_->ExecScript(sql); }
  Status Begin(bool write) override { return inner_->Begin(write); }
  Status Commit() override { return inner_->Commit(); }
  Status Rollback() override { return inner_->Rollback(); }
  Status LockKey(std::int64_t key) override { return inner_->LockKey(key); }

 private:
  ConnectionLease inner_;
  ReplicaWorld& world_;
};

// The replica as the decorator opens it: the test's SQLite file behind the world's faults.
class FlakyDatabase final : public Database {
 public:
  FlakyDatabase(Database& inner, ReplicaWorld& world) : inner_(inner), world_(world) {}
  Backend backend() const override { return inner_.backend(); }
  Result<ConnectionLease> Read() override {
    if (world_.refuse_connections) return Status::Error("unavailable", "connection refused");
    auto lease = inner_.Read();
    if (!lease.ok()) return lease.status();
    return ConnectionLease(new FlakyConnection(std::move(*lease), world_), [](Connection* c) { delete c; });
  }
  Result<ConnectionLease> Write() override { return Status::Error("unavailable", "a replica is read-only"); }

 private:
  Database& inner_;
  ReplicaWorld& world_;
};

class ReplicatedDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    replica_file_ = testing::FreshDatabase("sqlite", false);
    auto primary = testing::FreshDatabase("sqlite", false);
    ASSERT_NE(replica_file_, nullptr);
    ASSERT_NE(primary, nullptr);
    ASSERT_TRUE(Name(*primary, "primary").ok());
    ASSERT_TRUE(Name(*replica_file_, "replica").ok());
    ReplicaOptions options;
    options.max_lag_ms = 1000;
    options.probe_stale = std::chrono::milliseconds(60000);
    db_ = std::make_unique<ReplicatedDatabase>(
        std::move(primary),
        [this](int) -> Result<std::unique_ptr<Database>> {
          if (world_.refuse_connections) return Status::Error("unavailable", "connection refused");
          return std::unique_ptr<Database>(std::make_unique<FlakyDatabase>(*replica_file_, world_));
        },
        std::make_unique<FakePositions>(world_), options);
  }

  static Status Name(Database& db, const std::string& name) {
    return InTransaction(db, [&](Connection& c) {
      if (Status s = c.ExecScript("CREATE TABLE whoami (name TEXT)"); !s.ok()) return s;
      return c.Exec("INSERT INTO whoami (name) VALUES ($1)", {V(name)});
    });
  }

  // Which database answered a query on `lease`.
  static std::string Who(Result<ConnectionLease>& lease) {
    if (!lease.ok()) return "error: " + lease.status().message();
    auto rows = (*lease)->Query("SELECT name FROM whoami");
    if (!rows.ok()) return "error: " + rows.status().message();
    return rows->front().Text(0);
  }
  std::string ListReader() {
    auto lease = db_->ReadForList();
    return Who(lease);
  }

  ReplicaWorld world_;
  std::unique_ptr<Database> replica_file_;
  std::unique_ptr<ReplicatedDatabase> db_;
};

TEST_F(ReplicatedDatabaseTest, ListsReadFromACaughtUpReplicaAndEverythingElseFromThePrimary) {
  db_->ProbeNow();
  EXPECT_EQ(ListReader(), "replica");
  auto plain = db_->Read();
  EXPECT_EQ(Who(plain), "primary");
  auto write = db_->Write();
  EXPECT_EQ(Who(write), "primary");
  EXPECT_EQ(db_->counts().on_replica, 1);
}

TEST_F(ReplicatedDatabaseTest, BeforeTheFirstProbeListsReadFromThePrimary) {
  EXPECT_EQ(ListReader(), "primary");
  EXPECT_EQ(db_->counts().on_primary, 1);
}

TEST_F(ReplicatedDatabaseTest, AReplicaBehindByMoreThanTheLimitIsLeftOutUntilItCatchesUp) {
  world_.primary_lsn = 500;
  world_.replay_lsn = 400;
  world_.lag_ms = 1500;
  db_->ProbeNow();
  EXPECT_EQ(ListReader(), "primary");
  world_.lag_ms = 800;  // behind, but within --db-replica-max-lag-ms
  db_->ProbeNow();
  EXPECT_EQ(ListReader(), "replica");
  world_.lag_ms = 90000;  // an idle primary: the last commit is old, but nothing is missing
  world_.replay_lsn = 500;
  db_->ProbeNow();
  EXPECT_EQ(ListReader(), "replica");
}

TEST_F(ReplicatedDatabaseTest, AClientsListsSeeItsWriteFromThePrimaryUntilTheReplicaHasReplayedIt) {
  db_->ProbeNow();  // replica at 100
  {
    const ReadFence fence(250);  // the client wrote; the primary was at 250 after it
    EXPECT_EQ(ListReader(), "primary");
    world_.replay_lsn = 250;  // replayed since: asked on the list's connection, no probe needed
    EXPECT_EQ(ListReader(), "replica");
    const int reads = world_.position_reads;
    EXPECT_EQ(ListReader(), "replica");
    EXPECT_EQ(world_.position_reads, reads) << "a position already seen is not asked again";
  }
  {
    const ReadFence fence(0);  // a client that brings nothing
    EXPECT_EQ(ListReader(), "replica");
  }
}

TEST_F(ReplicatedDatabaseTest, ReadsInsideTheRequestTransactionUseItsConnection) {
  db_->ProbeNow();
  Status s = InRequestTransaction(*db_, [&](Connection& conn) -> Status {
    if (Status w = conn.Exec("UPDATE whoami SET name = 'primary, uncommitted'"); !w.ok()) return w;
    EXPECT_EQ(ListReader(), "primary, uncommitted");
    return Status::Error("conflict", "roll back");
  });
  EXPECT_EQ(s.code(), "conflict");
  EXPECT_EQ(ListReader(), "replica");
}

TEST_F(ReplicatedDatabaseTest, TheFenceKnowsWhetherTheRequestWrote) {
  const ReadFence outer(0);
  {
    const ReadFence fence(0);
    auto read = db_->Read();
    EXPECT_FALSE(fence.wrote());
    ASSERT_TRUE(InTransaction(*db_, [](Connection& c) { return c.Exec("SELECT 1"); }).ok());
    EXPECT_TRUE(fence.wrote());
  }
  EXPECT_FALSE(outer.wrote()) << "the inner request's write is not the outer's";
  {
    const ReadFence fence(0);
    auto write = db_->Write();
    EXPECT_TRUE(fence.wrote());
  }
  auto position = db_->WritePosition();
  ASSERT_TRUE(position.ok());
  EXPECT_EQ(*position, world_.primary_lsn.load());
}

TEST_F(ReplicatedDatabaseTest, AQueryThatFailsOnTheReplicaRunsAgainOnThePrimary) {
  db_->ProbeNow();
  auto lease = db_->ReadForList();
  ASSERT_TRUE(lease.ok());
  world_.fail_queries = true;  // a connection the replica's restart broke, or a cancelled query
  EXPECT_EQ(Who(lease), "primary");
  world_.fail_queries = false;
  EXPECT_EQ(Who(lease), "primary") << "the rest of the lease stays on the primary";
  EXPECT_EQ(db_->counts().retried_on_primary, 1);
  EXPECT_EQ(ListReader(), "replica") << "the next list tries the replica again";
  world_.refuse_connections = true;  // gone for good: the next connection is refused
  EXPECT_EQ(ListReader(), "primary");
  world_.refuse_connections = false;
  EXPECT_EQ(ListReader(), "primary") << "left out until a probe reaches it again";
  db_->ProbeNow();
  EXPECT_EQ(ListReader(), "replica");
}

TEST_F(ReplicatedDatabaseTest, AnSqlErrorOnTheReplicaDoesNotLeaveItOut) {
  db_->ProbeNow();
  auto lease = db_->ReadForList();
  ASSERT_TRUE(lease.ok());
  EXPECT_FALSE((*lease)->Query("SELECT no_such_column FROM whoami").ok());
  EXPECT_EQ(ListReader(), "replica");
}

TEST_F(ReplicatedDatabaseTest, AnUnreachableReplicaIsUsedOnceAProbeReachesIt) {
  world_.refuse_connections = true;
  db_->ProbeNow();  // not even opened yet
  EXPECT_EQ(ListReader(), "primary");
  world_.refuse_connections = false;
  db_->ProbeNow();
  EXPECT_EQ(ListReader(), "replica");
  world_.refuse_connections = true;  // gone after being opened: the lease fails
  EXPECT_EQ(ListReader(), "primary");
  db_->ProbeNow();
  EXPECT_EQ(ListReader(), "primary");
  world_.refuse_connections = false;
  db_->ProbeNow();
  EXPECT_EQ(ListReader(), "replica");
}

TEST_F(ReplicatedDatabaseTest, APrimaryIsNotAReplica) {
  world_.in_recovery = false;
  db_->ProbeNow();
  EXPECT_EQ(ListReader(), "primary");
}

TEST(ReplicatedDatabaseStaleness, AReplicaNotProbedLatelyIsLeftOut) {
  ReplicaWorld world;
  auto primary = testing::FreshDatabase("sqlite", false);
  auto replica = testing::FreshDatabase("sqlite", false);
  ASSERT_NE(primary, nullptr);
  ASSERT_NE(replica, nullptr);
  ReplicaOptions options;
  options.probe_stale = std::chrono::milliseconds(50);
  ReplicatedDatabase db(
      std::move(primary),
      [&](int) -> Result<std::unique_ptr<Database>> {
        return std::unique_ptr<Database>(std::make_unique<FlakyDatabase>(*replica, world));
      },
      std::make_unique<FakePositions>(world), options);
  db.ProbeNow();
  EXPECT_EQ(db.counts().on_replica, 0);
  ASSERT_TRUE(db.ReadForList().ok());
  EXPECT_EQ(db.counts().on_replica, 1);
  // No probe thread runs (Start was not called): the probe's figures age past probe_stale.
  std::this_thread::sleep_for(std::chrono::milliseconds(120));
  ASSERT_TRUE(db.ReadForList().ok());
  EXPECT_EQ(db.counts().on_replica, 1);
  EXPECT_EQ(db.counts().on_primary, 1);
}

}  // namespace
}  // namespace quanke::storage
