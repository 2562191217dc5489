#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/status.h"

namespace quanke::storage {

enum class Backend { kSqlite, kPostgres };

// A parameter or column value. Booleans are stored as integers 0/1 on both backends, instants
// as integer milliseconds since the epoch (UTC), money as integer fen.
using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

// Builds Values from the C++ types repositories hold.
inline Value V(std::nullptr_t) { return nullptr; }
inline Value V(std::int64_t v) { return v; }
inline Value V(int v) { return static_cast<std::int64_t>(v); }
inline Value V(bool v) { return static_cast<std::int64_t>(v ? 1 : 0); }
inline Value V(double v) { return v; }
inline Value V(std::string v) { return v; }
inline Value V(std::string_view v) { return std::string(v); }
inline Value V(const char* v) { return std::string(v); }
template <typename T>
Value V(const std::optional<T>& v) {
  return v ? V(*v) : Value(nullptr);
}

using Params = std::vector<Value>;

// How PostgreSQL plans a prepared statement (SQLite has one way). kAuto is its default: a custom
// plan for each execution's values until a generic one proves no worse, right for lists whose
// filters select 10 rows or 900,000. kGeneric always runs the cached generic plan: for a hot
// statement whose planning costs more than running it (nearby's range scans: 304 µs of database
// CPU a request with custom plans, 47 µs generic, at 1M customers).
enum class Plan { kAuto, kGeneric };

// One statement with its parameters, for Connection::QueryBatch.
struct Statement {
  std::string sql;
  Params params;
  Plan plan = Plan::kAuto;
};

// Appends `ids` to `params` and returns their placeholders ("$4, $5, $6") for an IN list.
std::string AppendIds(Params& params, const std::vector<std::int64_t>& ids);

// One result row. Accessors are by column index (the SELECT list order).
class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  bool IsNull(size_t i) const { return std::holds_alternative<std::nullptr_t>(values_.at(i)); }
  // Integer value; 0 for NULL. Text holding digits (PostgreSQL numeric types) is converted.
  std::int64_t Int(size_t i) const;
  std::optional<std::int64_t> OptInt(size_t i) const;
  bool Bool(size_t i) const { return Int(i) != 0; }
  double Real(size_t i) const;
  std::optional<double> OptReal(size_t i) const;
  // Text value; "" for NULL; numbers are formatted.
  std::string Text(size_t i) const;
  std::optional<std::string> OptText(size_t i) const;
  // The same, moving the text out of the row (which keeps an empty string): for reading each
  // column of a row once into a struct without copying it.
  std::string TakeText(size_t i);
  std::optional<std::string> TakeOptText(size_t i);
  size_t size() const { return values_.size(); }

 private:
  std::vector<Value> values_;
};

struct Rows {
  std::vector<Row> rows;
  std::int64_t affected = 0;  // rows changed by INSERT/UPDATE/DELETE
  bool empty() const { return rows.empty(); }
  const Row& front() const { return rows.front(); }
};

// A database connection. Not thread-safe: one thread uses it at a time (a lease from
// Database). SQL is written once for both backends with $1…$n placeholders; the SQLite adapter
// rewrites them. Driver errors become Statuses: a unique violation is `already_exists`, a
// foreign-key violation `conflict`, anything else `internal`.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Backend backend() const = 0;
  // Runs one statement (prepared and cached per connection).
  virtual Result<Rows> Query(std::string_view sql, const Params& params = {}) = 0;
  // Runs several statements without parameters (migrations).
  virtual Status ExecScript(std::string_view sql) = 0;
  // Transactions. A write transaction takes the database's write lock at its start (SQLite
  // BEGIN IMMEDIATE), so read-modify-write sequences cannot interleave.
  virtual Status Begin(bool write) = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;
  // Inside a transaction: serialises with every other holder of `key` until commit. SQLite
  // needs nothing (one writer at a time); PostgreSQL takes a transaction advisory lock.
  virtual Status LockKey(std::int64_t key) = 0;

  // Round trips. On PostgreSQL each statement that waits for its answer costs a round trip to
  // the server; these two let a caller send several at once (libpq pipeline mode). On SQLite,
  // which runs in this process, they simply run each statement in turn.
  //
  // Queues a write whose answer the caller does not need (an INSERT of history, audit or feed,
  // an advisory lock). It is sent with the next statement that needs an answer — a Query, a
  // QueryBatch, a script, the commit — and runs before it, in order. An error of a queued
  // statement is answered by that next call (the transaction is failed by then anyway), so a
  // caller never relies on a queued statement's own Status, nor on its affected-row count.
  virtual Status Defer(std::string_view sql, const Params& params = {}) {
    return Exec(sql, params);
  }
  // Runs statements whose parameters do not depend on each other's answers, in order, in one
  // round trip, answering one Result per statement. Statements queued by Defer run first; if
  // one of them failed, every answer is that error.
  virtual std::vector<Result<Rows>> QueryBatch(const std::vector<Statement>& batch) {
    std::vector<Result<Rows>> out;
    out.reserve(batch.size());
    for (const auto& s : batch) out.push_back(Query(s.sql, s.params));
    return out;
  }

  Status Exec(std::string_view sql, const Params& params = {}) {
    auto r = Query(sql, params);
    return r.ok() ? Status::Ok() : r.status();
  }

  // Inside InTransaction: `fn` runs after the transaction commits (and never if it rolls
  // back). For announcing what the transaction did — live pushes — only once it is true.
  void AfterCommit(std::function<void()> fn) { after_commit_.push_back(std::move(fn)); }
  std::vector<std::function<void()>> TakeAfterCommit() { return std::exchange(after_commit_, {}); }
  // For a nested transaction that rolls back: forgets the actions registered since `count`.
  size_t AfterCommitCount() const { return after_commit_.size(); }
  void DropAfterCommitFrom(size_t count) {
    after_commit_.resize(std::min(count, after_commit_.size()));
  }

 private:
  std::vector<std::function<void()>> after_commit_;
};

// Returns the connection to its pool when destroyed.
using ConnectionLease = std::unique_ptr<Connection, std::function<void(Connection*)>>;

// A pool of connections to one database. Thread-safe.
class Database {
 public:
  virtual ~Database() = default;
  virtual Backend backend() const = 0;
  // A connection for reads that need no transaction.
  virtual Result<ConnectionLease> Read() = 0;
  // The same for a list or report read (and nothing else): with a read replica configured
  // (replicated_database.h) it may come from the replica, which can lag the primary a little.
  virtual Result<ConnectionLease> ReadForList() { return Read(); }
  // A connection for writes; on SQLite it is the single writer connection, held exclusively
  // until the lease ends.
  virtual Result<ConnectionLease> Write() = 0;
  // Runs `fn` in one write transaction. InTransaction is the way to call it. This version
  // takes Write() for one transaction; SQLite overrides it to commit several writers' work
  // together (group commit).
  virtual Status Transact(const std::function<Status(Connection&)>& fn);
};

// Opens "sqlite:<path>" or "postgresql://…" (also "postgres://…"). `pool_size` bounds the
// number of reading connections.
Result<std::unique_ptr<Database>> OpenDatabase(const std::string& url, int pool_size = 8);

// Runs `fn` in one write transaction: commits when it returns ok, rolls back otherwise (and
// when it throws). The Status of `fn` (or of the commit) is returned; it returns only once the
// work is committed, and the connection's AfterCommit actions run after that.
Status InTransaction(Database& db, const std::function<Status(Connection&)>& fn);

// InTransaction for work that answers a value: `fn` answers Result<T>; an error rolls back.
template <typename T, typename Fn>
Result<T> InTransactionResult(Database& db, Fn&& fn) {
  Result<T> out = Status::Internal("not written");
  Status s = InTransaction(db, [&](Connection& conn) -> Status {
    out = fn(conn);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

// The same, but always in a transaction of its own, never batched with other writers. For long
// transactions that open savepoints of their own (bulk import): SQLite keeps savepoint undo
// records in one in-memory list, and releasing a savepoint walks that list from its start. Inside
// the group commit's per-writer savepoint the list holds everything the long transaction wrote,
// so each release costs more than the last.
Status InOwnTransaction(Database& db, const std::function<Status(Connection&)>& fn);

// Runs `fn` in one write transaction that every InTransaction, InOwnTransaction and Read() of
// `db` made on this thread while `fn` runs joins: a nested transaction becomes a savepoint of it
// (rolled back alone when it fails), a read uses its connection and sees its uncommitted writes.
// So a whole request — an Idempotency-Key, the writes it causes and the answer stored for it —
// commits or rolls back as one, and a crash leaves either all of it or none. AfterCommit actions
// run once the whole transaction has committed.
Status InRequestTransaction(Database& db, const std::function<Status(Connection&)>& fn);

// The connection of the InRequestTransaction of `db` running on this thread, or nullptr.
// Backends lend it from Read() (see BorrowedLease).
Connection* RequestConnection(const Database& db);
// A lease of a connection that someone else owns: returning it does nothing.
ConnectionLease BorrowedLease(Connection& conn);

}  // namespace quanke::storage
