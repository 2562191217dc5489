#include "storage/database.h"

#include <charconv>
#include <cstdio>

#include "storage/postgres_database.h"
#include "storage/sqlite_database.h"

namespace quanke::storage {

std::int64_t Row::Int(size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<std::int64_t>(&v)) return *p;
  if (auto p = std::get_if<double>(&v)) return static_cast<std::int64_t>(*p);
  if (auto p = std::get_if<std::string>(&v)) {
    std::int64_t out = 0;
    std::from_chars(p->data(), p->data() + p->size(), out);
    return out;
  }
  return 0;
}

std::optional<std::int64_t> Row::OptInt(size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Int(i);
}

double Row::Real(size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<double>(&v)) return *p;
  if (auto p = std::get_if<std::int64_t>(&v)) return static_cast<double>(*p);
  if (auto p = std::get_if<std::string>(&v)) return std::strtod(p->c_str(), nullptr);
  return 0;
}

std::optional<double> Row::OptReal(size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Real(i);
}

std::string AppendIds(Params& params, const std::vector<std::int64_t>& ids) {
  std::string out;
  for (std::int64_t id : ids) {
    params.push_back(id);
    out += (out.empty() ? "$" : ", $") + std::to_string(params.size());
  }
  return out;
}

std::string Row::Text(size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<std::string>(&v)) return *p;
  if (auto p = std::get_if<std::int64_t>(&v)) return std::to_string(*p);
  if (auto p = std::get_if<double>(&v)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", *p);
    return buf;
  }
  return {};
}

std::optional<std::string> Row::OptText(size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Text(i);
}

std::string Row::TakeText(size_t i) {
  if (auto p = std::get_if<std::string>(&values_.at(i))) return std::move(*p);
  return Text(i);
}

std::optional<std::string> Row::TakeOptText(size_t i) {
  if (IsNull(i)) return std::nullopt;
  return TakeText(i);
}

Result<std::unique_ptr<Database>> OpenDatabase(const std::string& url, int pool_size) {
  if (url.rfind("sqlite:", 0) == 0) return OpenSqlite(url.substr(7), pool_size);
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0)
    return OpenPostgres(url, pool_size);
  return Status::Error("config.bad_database_url",
                       "Database URL must start with sqlite: or postgresql://");
}

namespace {

// The request transaction running on this thread (InRequestTransaction), if any.
struct RequestTransaction {
  const Database* db = nullptr;
  Connection* conn = nullptr;
};
thread_local RequestTransaction request_transaction;

// Runs `fn` as a savepoint of the request transaction on `conn`: rolled back alone when it
// fails, with the after-commit actions it registered.
Status Nested(Connection& conn, const std::function<Status(Connection&)>& fn) {
  const size_t actions = conn.AfterCommitCount();
  if (Status s = conn.ExecScript("SAVEPOINT quanke_nested"); !s.ok()) return s;
  Status result;
  try {
    result = fn(conn);
  } catch (...) {
    conn.ExecScript("ROLLBACK TO quanke_nested; RELEASE quanke_nested");
    conn.DropAfterCommitFrom(actions);
    throw;
  }
  // The release also runs the writes still queued by Defer; when one of those fails the savepoint
  // is rolled back like any other failure.
  if (result.ok())
    if (Status s = conn.ExecScript("RELEASE quanke_nested"); !s.ok()) result = s;
  if (!result.ok()) conn.ExecScript("ROLLBACK TO quanke_nested; RELEASE quanke_nested");
  if (!result.ok()) conn.DropAfterCommitFrom(actions);
  return result;
}

}  // namespace

Connection* RequestConnection(const Database& db) {
  return request_transaction.db == &db ? request_transaction.conn : nullptr;
}

ConnectionLease BorrowedLease(Connection& conn) {
  return ConnectionLease(&conn, [](Connection*) {});
}

Status InTransaction(Database& db, const std::function<Status(Connection&)>& fn) {
  if (Connection* conn = RequestConnection(db)) return Nested(*conn, fn);
  return db.Transact(fn);
}

Status InOwnTransaction(Database& db, const std::function<Status(Connection&)>& fn) {
  if (Connection* conn = RequestConnection(db)) return Nested(*conn, fn);
  return db.Database::Transact(fn);
}

Status InRequestTransaction(Database& db, const std::function<Status(Connection&)>& fn) {
  if (Connection* conn = RequestConnection(db)) return Nested(*conn, fn);
  return db.Transact([&](Connection& conn) -> Status {
    const RequestTransaction outer = request_transaction;
    request_transaction = {&db, &conn};
    struct Restore {
      RequestTransaction saved;
      ~Restore() { request_transaction = saved; }
    } restore{outer};
    return fn(conn);
  });
}

Status Database::Transact(const std::function<Status(Connection&)>& fn) {
  auto lease = Write();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  conn.TakeAfterCommit();  // nothing left over from an earlier holder
  if (Status s = conn.Begin(true); !s.ok()) return s;
  Status result;
  try {
    result = fn(conn);
  } catch (...) {
    conn.Rollback();
    conn.TakeAfterCommit();
    throw;
  }
  if (!result.ok()) {
    conn.Rollback();
    conn.TakeAfterCommit();
    return result;
  }
  if (Status s = conn.Commit(); !s.ok()) {
    conn.Rollback();
    conn.TakeAfterCommit();
    return s;
  }
  auto actions = conn.TakeAfterCommit();
  lease = Result<ConnectionLease>(Status::Error("released"));  // free the writer first
  for (auto& action : actions) action();
  return result;
}

}  // namespace quanke::storage
