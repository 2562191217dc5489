// The storage contract: what every backend adapter must do the same way. Each case runs on
// SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <thread>

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlite_database.h"
#include "test_databases.h"

namespace quanke::storage {
namespace {

class StorageContract : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::FreshDatabase(GetParam());
    ASSERT_NE(db_, nullptr);
    Status s = InTransaction(*db_, [](Connection& c) {
      return c.ExecScript(
          "CREATE TABLE kv (k TEXT PRIMARY KEY, n BIGINT, r DOUBLE PRECISION, t TEXT)");
    });
    ASSERT_TRUE(s.ok()) << s.message();
  }
  std::unique_ptr<Database> db_;
};

TEST_P(StorageContract, MigrationsAreIdempotent) {
  int applied = -1;
  ASSERT_TRUE(Migrate(*db_, &applied).ok());
  EXPECT_EQ(applied, 0);
  auto version = SchemaVersion(*db_);
  ASSERT_TRUE(version.ok());
  const auto& list = db_->backend() == Backend::kSqlite ? SqliteMigrations() : PostgresMigrations();
  EXPECT_EQ(*version, list.back().version);
}

TEST_P(StorageContract, MigrationsApplyToAnEmptyDatabase) {
  auto empty = testing::FreshDatabase(GetParam(), /*migrate=*/false);
  ASSERT_NE(empty, nullptr);
  auto before = SchemaVersion(*empty);
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(*before, 0);
  int applied = 0;
  ASSERT_TRUE(Migrate(*empty, &applied).ok());
  EXPECT_GT(applied, 0);
  auto lease = empty->Read();
  auto users = (*lease)->Query("SELECT COUNT(*) FROM users");
  ASSERT_TRUE(users.ok()) << users.status().message();
  EXPECT_EQ(users->front().Int(0), 0);
}

TEST_P(StorageContract, ValuesRoundTrip) {
  const std::int64_t big = 9007199254740993;  // above 2^53: must not pass through a double
  ASSERT_TRUE(InTransaction(*db_, [&](Connection& c) {
                return c.Exec("INSERT INTO kv (k, n, r, t) VALUES ($1, $2, $3, $4)",
                              {V("a"), V(big), V(2.5), V("华北大区 ✓")});
              }).ok());
  ASSERT_TRUE(InTransaction(*db_, [&](Connection& c) {
                return c.Exec("INSERT INTO kv (k, n, r, t) VALUES ($1, $2, $3, $4)",
                              {V("b"), V(nullptr), V(nullptr), V(nullptr)});
              }).ok());
  auto lease = db_->Read();
  auto r = (*lease)->Query("SELECT n, r, t FROM kv WHERE k = $1", {V("a")});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->front().Int(0), big);
  EXPECT_DOUBLE_EQ(r->front().Real(1), 2.5);
  EXPECT_EQ(r->front().Text(2), "华北大区 ✓");
  auto n = (*lease)->Query("SELECT n, r, t FROM kv WHERE k = $1", {V("b")});
  ASSERT_TRUE(n.ok());
  EXPECT_TRUE(n->front().IsNull(0));
  EXPECT_TRUE(n->front().IsNull(1));
  EXPECT_FALSE(n->front().OptText(2).has_value());
}

TEST_P(StorageContract, PlaceholdersBindByNumberNotByPosition) {
  auto lease = db_->Read();
  auto r =
      (*lease)->Query("SELECT CAST($2 AS TEXT) || '-' || CAST($1 AS TEXT)", {V("one"), V("two")});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->front().Text(0), "two-one");
}

TEST_P(StorageContract, UniqueViolationIsAlreadyExists) {
  auto insert = [&] {
    return InTransaction(*db_, [](Connection& c) {
      return c.Exec("INSERT INTO kv (k, n) VALUES ($1, $2)", {V("dup"), V(1)});
    });
  };
  ASSERT_TRUE(insert().ok());
  Status s = insert();
  EXPECT_EQ(s.code(), "already_exists") << s.message();
}

TEST_P(StorageContract, FailedTransactionLeavesNothing) {
  Status s = InTransaction(*db_, [](Connection& c) -> Status {
    if (Status e = c.Exec("INSERT INTO kv (k, n) VALUES ($1, $2)", {V("x"), V(1)}); !e.ok())
      return e;
    return Status::Error("test.refused");
  });
  EXPECT_EQ(s.code(), "test.refused");
  auto lease = db_->Read();
  auto r = (*lease)->Query("SELECT COUNT(*) FROM kv WHERE k = $1", {V("x")});
  EXPECT_EQ(r->front().Int(0), 0);
}

TEST_P(StorageContract, ThrowingTransactionRollsBack) {
  EXPECT_THROW(
      InTransaction(*db_,
                    [](Connection& c) -> Status {
                      (void)c.Exec("INSERT INTO kv (k, n) VALUES ($1, $2)", {V("y"), V(1)});
                      throw std::runtime_error("bug");
                    }),
      std::runtime_error);
  auto lease = db_->Read();
  auto r = (*lease)->Query("SELECT COUNT(*) FROM kv WHERE k = $1", {V("y")});
  EXPECT_EQ(r->front().Int(0), 0);
}

TEST_P(StorageContract, AffectedRowsAndUpsert) {
  ASSERT_TRUE(InTransaction(*db_, [](Connection& c) -> Status {
                for (const char* k : {"p", "q", "r"})
                  if (Status s = c.Exec("INSERT INTO kv (k, n) VALUES ($1, 1)", {V(k)}); !s.ok())
                    return s;
                auto u = c.Query("UPDATE kv SET n = n + 1 WHERE k IN ($1, $2)", {V("p"), V("q")});
                if (!u.ok()) return u.status();
                EXPECT_EQ(u->affected, 2);
                return c.Exec(
                    "INSERT INTO kv (k, n) VALUES ($1, 10) ON CONFLICT (k) DO UPDATE SET n = kv.n "
                    "+ excluded.n",
                    {V("r")});
              }).ok());
  auto lease = db_->Read();
  auto r = (*lease)->Query("SELECT n FROM kv WHERE k = $1", {V("r")});
  EXPECT_EQ(r->front().Int(0), 11);
}

TEST_P(StorageContract, LikeEscapesWildcards) {
  ASSERT_TRUE(InTransaction(*db_, [](Connection& c) -> Status {
                if (Status s = c.Exec("INSERT INTO kv (k, t) VALUES ('1', '100% 好')"); !s.ok())
                  return s;
                return c.Exec("INSERT INTO kv (k, t) VALUES ('2', '1000 好')");
              }).ok());
  auto lease = db_->Read();
  auto r = (*lease)->Query("SELECT k FROM kv WHERE t LIKE $1 ESCAPE '\\'", {V("%0\\%%")});
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->rows.size(), 1u);
  EXPECT_EQ(r->front().Text(0), "1");
}

TEST_P(StorageContract, ConcurrentReadModifyWriteLosesNothing) {
  ASSERT_TRUE(InTransaction(*db_, [](Connection& c) {
                return c.Exec("INSERT INTO kv (k, n) VALUES ('counter', 0)");
              }).ok());
  constexpr int kThreads = 4, kEach = 50;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < kEach; ++i) {
        Status s = InTransaction(*db_, [](Connection& c) -> Status {
          // The lock makes the read and the write one step on PostgreSQL too.
          if (Status l = c.LockKey(42); !l.ok()) return l;
          auto r = c.Query("SELECT n FROM kv WHERE k = 'counter'");
          if (!r.ok()) return r.status();
          return c.Exec("UPDATE kv SET n = $1 WHERE k = 'counter'", {V(r->front().Int(0) + 1)});
        });
        if (!s.ok()) ++failures;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  auto lease = db_->Read();
  EXPECT_EQ((*lease)->Query("SELECT n FROM kv WHERE k = 'counter'")->front().Int(0),
            kThreads * kEach);
}

// Many writers at once, some of which fail (an error status, a constraint violation after an
// earlier statement, an exception): on SQLite they share group transactions. Each failed writer
// leaves nothing, each successful one is committed before InTransaction returns, and the
// AfterCommit actions run for exactly the successful ones, once their rows are visible.
TEST_P(StorageContract, ConcurrentWritersFailAlone) {
  ASSERT_TRUE(InTransaction(*db_, [](Connection& c) {
                return c.Exec("INSERT INTO kv (k, n) VALUES ('taken', 0)");
              }).ok());
  constexpr int kThreads = 16, kEach = 40;
  std::atomic<int> ok{0}, announced{0}, announced_unseen{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        const std::string key = "w" + std::to_string(t) + "_" + std::to_string(i);
        const int kind = (t + i) % 4;  // 0 ok, 1 error status, 2 duplicate key, 3 throws
        auto run = [&] {
          return InTransaction(*db_, [&](Connection& c) -> Status {
            if (Status w = c.Exec("INSERT INTO kv (k, n) VALUES ($1, 1)", {V(key)}); !w.ok())
              return w;
            if (kind == 1) return Status::Error("conflict", "refused after writing");
            if (kind == 2) return c.Exec("INSERT INTO kv (k, n) VALUES ('taken', 1)");
            if (kind == 3) throw std::runtime_error("boom");
            c.AfterCommit([&, key] {
              ++announced;
              auto lease = db_->Read();
              auto r = (*lease)->Query("SELECT n FROM kv WHERE k = $1", {V(key)});
              if (!r.ok() || r->empty()) ++announced_unseen;
            });
            return Status::Ok();
          });
        };
        if (kind == 3) {
          EXPECT_THROW(run(), std::runtime_error);
          continue;
        }
        Status s = run();
        EXPECT_EQ(s.ok(), kind == 0) << key << ": " << s.message();
        if (kind == 2) EXPECT_EQ(s.code(), "already_exists");
        if (s.ok()) ++ok;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), kThreads * kEach / 4);
  EXPECT_EQ(announced.load(), ok.load());
  EXPECT_EQ(announced_unseen.load(), 0);
  auto lease = db_->Read();
  auto rows = (*lease)->Query("SELECT k FROM kv WHERE k <> 'taken' ORDER BY k");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(static_cast<int>(rows->rows.size()), ok.load());
  for (const auto& row : rows->rows) {
    const std::string k = row.Text(0);
    const int t = std::stoi(k.substr(1, k.find('_') - 1)), i = std::stoi(k.substr(k.find('_') + 1));
    EXPECT_EQ((t + i) % 4, 0) << k << " was written by a writer that failed";
  }
}

TEST_P(StorageContract, ReaderSeesCommittedWrites) {
  auto reader = db_->Read();
  ASSERT_TRUE(reader.ok());
  ASSERT_TRUE(InTransaction(*db_, [](Connection& c) {
                return c.Exec("INSERT INTO kv (k, n) VALUES ('seen', 7)");
              }).ok());
  auto r = (*reader)->Query("SELECT n FROM kv WHERE k = 'seen'");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->rows.size(), 1u);
  EXPECT_EQ(r->front().Int(0), 7);
}

TEST_P(StorageContract, SqlErrorsAreStatusesNotCrashes) {
  auto lease = db_->Read();
  auto r = (*lease)->Query("SELEC nonsense");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), "internal");
  // The connection stays usable.
  EXPECT_TRUE((*lease)->Query("SELECT 1").ok());
}

// Defer and QueryBatch (round trips): queued writes run in order before the next statement that
// needs an answer, their errors fail the transaction, and a batch answers each statement.
std::int64_t CountKv(Database& db) {
  auto lease = db.Read();
  auto r = (*lease)->Query("SELECT COUNT(*) FROM kv");
  return r.ok() ? r->front().Int(0) : -1;
}

TEST_P(StorageContract, DeferredWritesRunBeforeTheNextQueryAndAtCommit) {
  ASSERT_TRUE(InTransaction(*db_, [](Connection& c) -> Status {
                for (int i = 0; i < 3; ++i)
                  if (Status s = c.Defer("INSERT INTO kv (k, n) VALUES ($1, $2)",
                                         {V("d" + std::to_string(i)), V(i)});
                      !s.ok())
                    return s;
                auto seen = c.Query("SELECT COUNT(*), SUM(n) FROM kv");
                if (!seen.ok()) return seen.status();
                EXPECT_EQ(seen->front().Int(0), 3);
                EXPECT_EQ(seen->front().Int(1), 3);
                // Queued last: only the commit sends it.
                return c.Defer("UPDATE kv SET n = n + 10 WHERE k = $1", {V("d0")});
              }).ok());
  auto lease = db_->Read();
  auto r = (*lease)->Query("SELECT n FROM kv WHERE k = 'd0'");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->front().Int(0), 10);
}

TEST_P(StorageContract, ManyDeferredWritesInOneTransaction) {
  // More than any queue bound a backend keeps.
  ASSERT_TRUE(InTransaction(*db_, [](Connection& c) -> Status {
                for (int i = 0; i < 1500; ++i)
                  if (Status s = c.Defer("INSERT INTO kv (k, n) VALUES ($1, $2)",
                                         {V("m" + std::to_string(i)), V(i)});
                      !s.ok())
                    return s;
                return Status::Ok();
              }).ok());
  EXPECT_EQ(CountKv(*db_), 1500);
}

TEST_P(StorageContract, DeferredErrorFailsTheTransaction) {
  ASSERT_TRUE(InTransaction(*db_, [](Connection& c) {
                return c.Exec("INSERT INTO kv (k, n) VALUES ('x', 1)");
              }).ok());
  Status s = InTransaction(*db_, [](Connection& c) -> Status {
    if (Status d = c.Defer("INSERT INTO kv (k, n) VALUES ('y', 2)"); !d.ok()) return d;
    if (Status d = c.Defer("INSERT INTO kv (k, n) VALUES ('x', 3)"); !d.ok())
      return d;  // duplicate key
    return c.Exec("INSERT INTO kv (k, n) VALUES ('z', 4)");
  });
  EXPECT_EQ(s.code(), "already_exists");
  EXPECT_EQ(CountKv(*db_), 1);  // neither y nor z
  // The same when the failing write is the last thing before the commit.
  s = InTransaction(*db_, [](Connection& c) -> Status {
    if (Status d = c.Defer("INSERT INTO kv (k, n) VALUES ('w', 5)"); !d.ok()) return d;
    return c.Defer("INSERT INTO kv (k, n) VALUES ('x', 6)");
  });
  EXPECT_EQ(s.code(), "already_exists");
  EXPECT_EQ(CountKv(*db_), 1);
}

TEST_P(StorageContract, NestedTransactionWithAFailedDeferredWriteRollsBackAlone) {
  Status inner = Status::Ok();
  Status outer = InRequestTransaction(*db_, [&](Connection& c) -> Status {
    if (Status s = c.Exec("INSERT INTO kv (k, n) VALUES ('outer', 1)"); !s.ok()) return s;
    inner = InTransaction(*db_, [](Connection& n) -> Status {
      if (Status d = n.Defer("INSERT INTO kv (k, n) VALUES ('inner', 2)"); !d.ok()) return d;
      return n.Defer("INSERT INTO kv (k, n) VALUES ('outer', 3)");  // duplicate key
    });
    return c.Exec("INSERT INTO kv (k, n) VALUES ('after', 4)");
  });
  ASSERT_TRUE(outer.ok()) << outer.code() << ": " << outer.message() << " inner: " << inner.code();
  EXPECT_EQ(inner.code(), "already_exists");
  auto lease = db_->Read();
  auto r = (*lease)->Query("SELECT k, n FROM kv ORDER BY k");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->rows.size(), 2u);
  EXPECT_EQ(r->rows[0].Text(0), "after");
  EXPECT_EQ(r->rows[1].Text(0), "outer");
  EXPECT_EQ(r->rows[1].Int(1), 1);
}

TEST_P(StorageContract, BatchAnswersEachStatementInOrder) {
  ASSERT_TRUE(InTransaction(*db_, [](Connection& c) {
                return c.Exec("INSERT INTO kv (k, n) VALUES ('a', 1), ('b', 2), ('c', 3)");
              }).ok());
  auto lease = db_->Read();
  Connection& c = **lease;
  auto answers = c.QueryBatch({{"SELECT n FROM kv WHERE k = $1", {V("b")}},
                               {"SELECT k FROM kv WHERE n >= $1 ORDER BY k", {V(2)}},
                               {"SELECT COUNT(*) FROM kv WHERE k = $1", {V("none")}}});
  ASSERT_EQ(answers.size(), 3u);
  ASSERT_TRUE(answers[0].ok() && answers[1].ok() && answers[2].ok());
  EXPECT_EQ(answers[0]->front().Int(0), 2);
  ASSERT_EQ(answers[1]->rows.size(), 2u);
  EXPECT_EQ(answers[1]->rows[1].Text(0), "c");
  EXPECT_EQ(answers[2]->front().Int(0), 0);
  // A failing statement answers its error; the connection stays usable.
  auto bad = c.QueryBatch({{"SELECT n FROM kv WHERE k = $1", {V("a")}}, {"SELEC nonsense", {}}});
  ASSERT_EQ(bad.size(), 2u);
  EXPECT_FALSE(bad[1].ok());
  EXPECT_TRUE(c.Query("SELECT 1").ok());
  // Queued writes run before the batch: it sees them.
  ASSERT_TRUE(InTransaction(*db_, [](Connection& w) -> Status {
                if (Status d = w.Defer("UPDATE kv SET n = 20 WHERE k = 'b'"); !d.ok()) return d;
                auto seen = w.QueryBatch({{"SELECT n FROM kv WHERE k = 'b'", {}}});
                if (!seen[0].ok()) return seen[0].status();
                EXPECT_EQ(seen[0]->front().Int(0), 20);
                return Status::Ok();
              }).ok());
}

TEST_P(StorageContract, GenericPlanStatementsAnswerLikeOthers) {
  ASSERT_TRUE(InTransaction(*db_, [](Connection& c) {
                return c.Exec("INSERT INTO kv (k, n) VALUES ('a', 1), ('b', 2), ('c', 3)");
              }).ok());
  auto lease = db_->Read();
  Connection& c = **lease;
  for (int round = 0; round < 2; ++round) {
    auto generic =
        c.QueryBatch({{"SELECT k FROM kv WHERE n >= $1 ORDER BY k", {V(2)}, Plan::kGeneric}});
    ASSERT_TRUE(generic[0].ok());
    ASSERT_EQ(generic[0]->rows.size(), 2u);
    auto plain = c.Query("SELECT COUNT(*) FROM kv WHERE n >= $1", {V(2)});
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain->front().Int(0), 2);
  }
  if (db_->backend() != Backend::kPostgres) return;
  // The session's plan_cache_mode follows each statement's Plan, also after a rollback.
  auto mode = [&](Plan plan) {
    auto r = c.QueryBatch({{"SHOW plan_cache_mode", {}, plan}});
    return r[0].ok() ? r[0]->front().Text(0) : r[0].status().message();
  };
  EXPECT_EQ(mode(Plan::kGeneric), "force_generic_plan");
  EXPECT_EQ(mode(Plan::kAuto), "auto");
  ASSERT_TRUE(c.Begin(false).ok());
  EXPECT_EQ(mode(Plan::kGeneric), "force_generic_plan");
  ASSERT_TRUE(c.Rollback().ok());
  EXPECT_EQ(mode(Plan::kGeneric), "force_generic_plan");
  EXPECT_EQ(mode(Plan::kAuto), "auto");
}

INSTANTIATE_TEST_SUITE_P(Backends, StorageContract, ::testing::ValuesIn(testing::Backends()),
                         [](const auto& info) { return info.param; });

TEST(SqlitePlaceholders, AreRewrittenToNumberedForm) {
  EXPECT_EQ(RewritePlaceholdersForSqlite("a = $1 AND b = $12"), "a = ?1 AND b = ?12");
}

}  // namespace
}  // namespace quanke::storage
