#include "storage/sqlite_database.h"

#include <sqlite3.h>

#include <condition_variable>
#include <filesystem>
#include <mutex>
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

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(std::string path, int pool_size) : path_(std::move(path)), max_readers_(pool_size) {}

  Status Init() {
    auto writer = OpenConnection();
    if (!writer.ok()) return writer.status();
    writer_ = std::move(writer.value());
    return Status::Ok();
  }

  Backend backend() const override { return Backend::kSqlite; }

  Result<ConnectionLease> Read() override {
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
      auto opened = OpenConnection();
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
    writer_mu_.lock();
    return ConnectionLease(writer_.get(), [this](Connection* c) {
      c->Rollback();  // a lease never leaves a transaction open for the next holder
      writer_mu_.unlock();
    });
  }

 private:
  Result<std::unique_ptr<Connection>> OpenConnection() {
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
        "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32000;"
        // Reads map the file instead of copying pages through pread: a large share of a
        // list request's time at a million customers was that copying.
        "PRAGMA mmap_size=1073741824;");
    if (!s.ok()) return s;
    return std::unique_ptr<Connection>(std::move(conn));
  }

  const std::string path_;
  const int max_readers_;
  std::mutex mu_;
  std::condition_variable readers_cv_;
  std::vector<std::unique_ptr<Connection>> idle_readers_;  // guarded by mu_
  int open_readers_ = 0;                                   // guarded by mu_
  std::mutex writer_mu_;  // held for the whole life of a write lease
  std::unique_ptr<Connection> writer_;
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
  std::error_code ec;
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  auto db = std::make_unique<SqliteDatabase>(path, pool_size < 1 ? 1 : pool_size);
  if (Status s = db->Init(); !s.ok()) return s;
  return std::unique_ptr<Database>(std::move(db));
}

}  // namespace quanke::storage
