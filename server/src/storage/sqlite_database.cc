#include "storage/sqlite_database.h"

#include <sqlite3.h>

#include <atomic>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace quanke::storage {
namespace {

Status SqliteError(sqlite3* db, int rc) {
  const int primary = rc & 0xff;
  const std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
    return Status::Error("already_exists", msg);
  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY) return Status::Error("conflict", msg);
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    return Status::Error("unavailable", "database is busy: " + msg);
  return Status::Internal("sqlite: " + msg);
}

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }

  Backend backend() const override { return Backend::kSqlite; }
  sqlite3* handle() const { return db_; }

  Result<Rows> Query(std::string_view sql, const Params& params) override {
    sqlite3_stmt* stmt = nullptr;
    if (Status s = Prepare(sql, &stmt); !s.ok()) return s;
    // Reset on every exit path so the statement never holds a read snapshot open.
    struct Resetter {
      sqlite3_stmt* s;
      ~Resetter() {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
      }
    } resetter{stmt};
    for (size_t i = 0; i < params.size(); ++i) {
      const int idx = static_cast<int>(i + 1);
      int rc = SQLITE_OK;
      const Value& v = params[i];
      if (std::holds_alternative<std::nullptr_t>(v)) {
        rc = sqlite3_bind_null(stmt, idx);
      } else if (auto p = std::get_if<std::int64_t>(&v)) {
        rc = sqlite3_bind_int64(stmt, idx, *p);
      } else if (auto p = std::get_if<double>(&v)) {
        rc = sqlite3_bind_double(stmt, idx, *p);
      } else {
        const auto& t = std::get<std::string>(v);
        rc = sqlite3_bind_text(stmt, idx, t.data(), static_cast<int>(t.size()), SQLITE_STATIC);
      }
      if (rc != SQLITE_OK) return SqliteError(db_, rc);
    }
    Rows out;
    const int ncol = sqlite3_column_count(stmt);
    for (;;) {
      const int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) return SqliteError(db_, sqlite3_extended_errcode(db_));
      std::vector<Value> values;
      values.reserve(static_cast<size_t>(ncol));
      for (int c = 0; c < ncol; ++c) {
        switch (sqlite3_column_type(stmt, c)) {
          case SQLITE_NULL:
            values.emplace_back(nullptr);
            break;
          case SQLITE_INTEGER:
            values.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(stmt, c)));
            break;
          case SQLITE_FLOAT:
            values.emplace_back(sqlite3_column_double(stmt, c));
            break;
          default: {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            values.emplace_back(std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt, c))));
          }
        }
      }
      out.rows.emplace_back(std::move(values));
    }
    out.affected = sqlite3_changes64(db_);
    return out;
  }

  Status ExecScript(std::string_view sql) override {
    char* err = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      std::string msg = err ? err : "unknown error";
      sqlite3_free(err);
      return Status::Internal("sqlite: " + msg);
    }
    return Status::Ok();
  }

  Status Begin(bool write) override { return ExecScript(write ? "BEGIN IMMEDIATE" : "BEGIN"); }
  Status Commit() override { return ExecScript("COMMIT"); }
  Status Rollback() override {
    if (sqlite3_get_autocommit(db_)) return Status::Ok();  // nothing open
    return ExecScript("ROLLBACK");
  }
  Status LockKey(std::int64_t) override { return Status::Ok(); }

 private:
  Status Prepare(std::string_view sql, sqlite3_stmt** out) {
    auto it = statements_.find(std::string(sql));
    if (it != statements_.end()) {
      *out = it->second;
      return Status::Ok();
    }
    const std::string rewritten = RewritePlaceholdersForSqlite(sql);
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, rewritten.c_str(), static_cast<int>(rewritten.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) return SqliteError(db_, rc);
    statements_.emplace(std::string(sql), stmt);
    *out = stmt;
    return Status::Ok();
  }

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

// Copies the WAL back into the database file on a thread and connection of its own. SQLite's
// automatic checkpoint would run inside the commit of whichever write crossed the threshold,
// copying and syncing thousands of pages while every other write waits behind the one writer.
//
// A passive checkpoint copies what readers no longer need without blocking anyone. But the WAL
// only starts again from its beginning when a writer finds it wholly copied and no reader in
// it, which under steady writes never happens by chance; so once it is long the thread also
// takes the write lock for a moment and runs a RESTART checkpoint, which copies the few frames
// the passive one left and waits for the readers of the moment (sub-millisecond) to finish.
class Checkpointer {
 public:
  // WAL frames (pages) that wake the thread, that make it restart the WAL, and the count at
  // which the writer checkpoints inline after all because the thread cannot keep up.
  static constexpr int kWakeFrames = 1000;
  static constexpr int kRestartFrames = 8000;
  static constexpr int kInlineFrames = 100000;

  // `exclusively` runs its argument while holding the database's write lock.
  Checkpointer(std::unique_ptr<SqliteConnection> conn,
               std::function<void(const std::function<void()>&)> exclusively)
      : conn_(std::move(conn)), exclusively_(std::move(exclusively)), thread_([this] { Run(); }) {}
  ~Checkpointer() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    cv_.notify_one();
    thread_.join();
  }

  // The writer connection's WAL hook: called after every commit with the WAL's frame count.
  static int OnCommit(void* self, sqlite3* writer, const char*, int frames) {
    if (frames >= kInlineFrames) {
      sqlite3_wal_checkpoint_v2(writer, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } else if (frames >= kWakeFrames) {
      auto* c = static_cast<Checkpointer*>(self);
      {
        std::lock_guard lock(c->mu_);
        c->frames_ = frames;
      }
      c->cv_.notify_one();
    }
    return SQLITE_OK;
  }

 private:
  // The busy handler of the RESTART. The readers of the moment finish in well under a
  // millisecond, but SQLite's own busy timeout sleeps 1, 2, 5… ms between tries, with every
  // write waiting (a restart held the write lock 5.5 ms on average). This tries again every
  // 50 µs, for up to 20 ms.
  static int WaitForReaders(void*, int tries) {
    if (tries >= 400) return 0;
    std::this_thread::sleep_for(std::chrono::microseconds(50));
    return 1;
  }

  void Run() {
    std::unique_lock lock(mu_);
    for (;;) {
      cv_.wait(lock, [&] { return frames_ > 0 || stop_; });
      if (stop_) return;
      const int frames = std::exchange(frames_, 0);
      lock.unlock();
      sqlite3* db = conn_->handle();
      sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
      if (frames >= kRestartFrames) {
        // Writers wait while this holds the write lock, so it waits for readers only briefly: a
        // long report keeps the WAL growing a little longer rather than stalling every write.
        sqlite3_busy_handler(db, &Checkpointer::WaitForReaders, nullptr);
        exclusively_([db] { sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_RESTART, nullptr, nullptr); });
        sqlite3_busy_timeout(db, 5000);
      }
      lock.lock();
    }
  }

  std::unique_ptr<SqliteConnection> conn_;
  std::function<void(const std::function<void()>&)> exclusively_;
  std::mutex mu_;
  std::condition_variable cv_;
  int frames_ = 0;     // guarded by mu_: WAL length at the last commit that asked for a checkpoint
  bool stop_ = false;  // guarded by mu_
  std::thread thread_;
};

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(std::string path, int pool_size) : path_(std::move(path)), max_readers_(pool_size) {}
  ~SqliteDatabase() override {
    if (checkpointer_) sqlite3_wal_hook(writer_->handle(), nullptr, nullptr);
    checkpointer_.reset();
  }

  Status Init() {
    auto writer = OpenConnection(kWriterCacheKib);
    if (!writer.ok()) return writer.status();
    writer_ = std::move(writer.value());
    auto own = OpenConnection(kReaderCacheKib);
    if (!own.ok()) return own.status();
    checkpointer_ = std::make_unique<Checkpointer>(std::move(own.value()), [this](const std::function<void()>& fn) {
      auto lease = Write();
      if (lease.ok()) fn();
    });
    sqlite3_wal_hook(writer_->handle(), &Checkpointer::OnCommit, checkpointer_.get());
    return Status::Ok();
  }

  Backend backend() const override { return Backend::kSqlite; }

  Result<ConnectionLease> Read() override {
    if (Connection* request = RequestConnection(*this)) return BorrowedLease(*request);
    std::unique_ptr<Connection> conn;
    {
      std::unique_lock lock(mu_);
      readers_cv_.wait(lock, [&] { return !idle_readers_.empty() || open_readers_ < max_readers_; });
      if (!idle_readers_.empty()) {
        conn = std::move(idle_readers_.back());
        idle_readers_.pop_back();
      } else {
        ++open_readers_;
      }
    }
    if (!conn) {
      auto opened = OpenConnection(kReaderCacheKib);
      if (!opened.ok()) {
        std::lock_guard lock(mu_);
        --open_readers_;
        readers_cv_.notify_one();
        return opened.status();
      }
      conn = std::move(opened.value());
    }
    return ConnectionLease(conn.release(), [this](Connection* c) {
      std::lock_guard lock(mu_);
      idle_readers_.emplace_back(c);
      readers_cv_.notify_one();
    });
  }

  Result<ConnectionLease> Write() override {
    std::unique_lock lock = TakeWriter();
    CommitBatch();  // the lease's holder works outside any group transaction
    lock.release();
    return ConnectionLease(writer_.get(), [this](Connection* c) {
      c->Rollback();  // a lease never leaves a transaction open for the next holder
      writer_mu_.unlock();
    });
  }

  // Group commit. Writers take turns on the one connection as before, but each runs inside a
  // SAVEPOINT of a transaction that stays open while more writers are queued: the last of them
  // (or the one that fills the batch) commits for all. Each caller returns only after the
  // commit that covers its work; a writer whose work fails is rolled back to its savepoint
  // alone. One commit then writes the pages that several writes share (the newest leaves of
  // the follow-up, feed and notification tables) once instead of once per write.
  Status Transact(const std::function<Status(Connection&)>& fn) override {
    std::unique_lock lock = TakeWriter();
    SqliteConnection& conn = *writer_;
    if (!batch_) {
      conn.TakeAfterCommit();  // nothing left over from an earlier holder
      if (Status s = conn.Begin(true); !s.ok()) return s;
      batch_ = std::make_shared<Batch>();
    }
    std::shared_ptr<Batch> batch = batch_;
    ++batch->writers;
    Status result;
    std::exception_ptr thrown;
    if (Status s = conn.ExecScript("SAVEPOINT quanke_write"); !s.ok()) {
      result = s;
    } else {
      try {
        result = fn(conn);
      } catch (...) {
        thrown = std::current_exception();
        result = Status::Internal("write threw");
      }
    }
    std::vector<std::function<void()>> actions = conn.TakeAfterCommit();
    if (!result.ok()) actions.clear();
    if (sqlite3_get_autocommit(conn.handle())) {
      // SQLite rolled back the whole transaction itself (I/O error, out of memory…): the
      // earlier writers of this batch lost their work too.
      AbortBatch(result.ok() ? Status::Internal("sqlite: the transaction was rolled back") : result);
    } else if (Status r = conn.ExecScript(result.ok() ? "RELEASE quanke_write"
                                                      : "ROLLBACK TO quanke_write; RELEASE quanke_write");
               !r.ok()) {
      AbortBatch(r);
      if (result.ok()) result = r;
    }
    if (batch_ == batch) {
      if (waiting_.load() > 0 && batch->writers < kMaxBatch) {
        // The next writer continues this transaction; wait for whoever commits it.
        if (result.ok()) done_cv_.wait(lock, [&] { return batch->done; });
      } else {
        CommitBatch();
      }
    }
    lock.unlock();
    if (thrown) std::rethrow_exception(thrown);
    if (!result.ok()) return result;
    if (!batch->status.ok()) return batch->status;
    for (auto& action : actions) action();
    return result;
  }

 private:
  struct Batch {
    int writers = 0;
    bool done = false;  // committed or rolled back
    Status status;      // of the commit
  };
  static constexpr int kMaxBatch = 32;

  // Queues for the one writer, counted so that a writer can see whether others wait.
  std::unique_lock<std::mutex> TakeWriter() {
    waiting_.fetch_add(1);
    std::unique_lock lock(writer_mu_);
    waiting_.fetch_sub(1);
    return lock;
  }

  // With writer_mu_ held: commits the open group transaction, if any, and wakes its writers.
  void CommitBatch() {
    if (!batch_) return;
    if (Status s = writer_->Commit(); !s.ok()) return AbortBatch(s);
    FinishBatch();
  }
  // With writer_mu_ held: rolls the open group transaction back; all its writers get `why`.
  void AbortBatch(Status why) {
    writer_->Rollback();
    batch_->status = std::move(why);
    FinishBatch();
  }
  void FinishBatch() {
    batch_->done = true;
    batch_.reset();
    done_cv_.notify_all();
  }

  // Page cache per connection. There is one reader per I/O and blocking thread (34 by default),
  // and each keeps what it read until another connection writes; at 32 MB each, an importing
  // server reached 1.1 GB. The writer holds a batch's dirty pages, so it gets more.
  static constexpr int kReaderCacheKib = 8000;
  static constexpr int kWriterCacheKib = 32000;

  Result<std::unique_ptr<SqliteConnection>> OpenConnection(int cache_kib) {
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path_.c_str(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
      Status s = Status::Error("unavailable", std::string("cannot open SQLite database ") + path_ +
                                                  ": " + sqlite3_errstr(rc));
      sqlite3_close_v2(db);
      return s;
    }
    sqlite3_busy_timeout(db, 5000);
    auto conn = std::make_unique<SqliteConnection>(db);
    Status s = conn->ExecScript(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
        "PRAGMA temp_store=MEMORY; PRAGMA journal_size_limit=67108864;"
        "PRAGMA cache_size=-" + std::to_string(cache_kib) + ";"
        // No memory-mapped reads: a reader unmaps and maps the whole file again each time it
        // finds that another connection has written, which under steady writes cost more (14 %
        // of the server's time at 5,000 follow-ups/s) than copying pages through pread; the
        // detail and follow-up tails were shorter without it, search was somewhat slower.
        "PRAGMA mmap_size=0;");
    if (!s.ok()) return s;
    return conn;
  }

  const std::string path_;
  const int max_readers_;
  std::mutex mu_;
  std::condition_variable readers_cv_;
  std::vector<std::unique_ptr<Connection>> idle_readers_;  // guarded by mu_
  int open_readers_ = 0;                                   // guarded by mu_
  std::mutex writer_mu_;  // held for the whole life of a write lease and for each writer's turn
  std::condition_variable done_cv_;  // a batch was committed (with writer_mu_)
  std::atomic<int> waiting_{0};      // writers queued for writer_mu_
  std::shared_ptr<Batch> batch_;     // the open group transaction (with writer_mu_)
  std::unique_ptr<SqliteConnection> writer_;
  std::unique_ptr<Checkpointer> checkpointer_;  // after writer_: stopped before it closes
};

}  // namespace

std::string RewritePlaceholdersForSqlite(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  for (size_t i = 0; i < sql.size(); ++i) {
    if (sql[i] == '$' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      out.push_back('?');
    } else {
      out.push_back(sql[i]);
    }
  }
  return out;
}

Result<std::unique_ptr<Database>> OpenSqlite(const std::string& path, int pool_size) {
  // SQLite's memory statistics take a process-wide mutex on every allocation, which every
  // connection's thread then contends for; nothing here reads them. The setting must come before
  // the library initialises, that is before the first connection opens.
  static std::once_flag configured;
  std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  std::error_code ec;
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  auto db = std::make_unique<SqliteDatabase>(path, pool_size < 1 ? 1 : pool_size);
  if (Status s = db->Init(); !s.ok()) return s;
  return std::unique_ptr<Database>(std::move(db));
}

Status CopySqliteDatabase(const std::string& from, const std::string& to) {
  sqlite3* source = nullptr;
  sqlite3* target = nullptr;
  auto fail = [&](const std::string& what, sqlite3* db, int rc) {
    Status s = Status::Error("unavailable", what + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
    sqlite3_close_v2(source);
    sqlite3_close_v2(target);
    return s;
  };
  if (int rc = sqlite3_open_v2(from.c_str(), &source, SQLITE_OPEN_READONLY, nullptr); rc != SQLITE_OK)
    return fail("cannot open " + from, source, rc);
  if (int rc = sqlite3_open_v2(to.c_str(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
      rc != SQLITE_OK)
    return fail("cannot open " + to, target, rc);
  sqlite3_busy_timeout(source, 5000);
  sqlite3_busy_timeout(target, 5000);
  sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
  if (!backup) return fail("cannot copy into " + to, target, SQLITE_ERROR);
  // Every page in one step: one read transaction on the source, so one snapshot of it.
  int rc = SQLITE_OK;
  for (int attempt = 0; attempt < 50; ++attempt) {
    rc = sqlite3_backup_step(backup, -1);
    if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
    sqlite3_sleep(100);
  }
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) return fail("copying " + from + " into " + to, target, rc);
  sqlite3_close_v2(source);
  sqlite3_close_v2(target);
  return Status::Ok();
}

}  // namespace quanke::storage
