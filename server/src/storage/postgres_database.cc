#include "storage/postgres_database.h"

#include <libpq-fe.h>

#include <condition_variable>
#include <cstring>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace quanke::storage {
namespace {

// Type oids from pg_type.h, for turning text results into typed Values.
constexpr Oid kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701, kBool = 16;

Status PgResultError(PGresult* res, PGconn* conn) {
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  std::string msg = res ? PQresultErrorMessage(res) : PQerrorMessage(conn);
  if (state && std::strcmp(state, "23505") == 0) return Status::Error("already_exists", msg);
  if (state && std::strcmp(state, "23503") == 0) return Status::Error("conflict", msg);
  if (state && (std::strcmp(state, "40001") == 0 || std::strcmp(state, "40P01") == 0))
    return Status::Error("unavailable", "transaction conflict, try again: " + msg);
  if (PQstatus(conn) != CONNECTION_OK) return Status::Error("unavailable", "postgres: " + msg);
  return Status::Internal("postgres: " + msg);
}

class PgConnection final : public Connection {
 public:
  explicit PgConnection(PGconn* conn) : conn_(conn) {}
  ~PgConnection() override { PQfinish(conn_); }

  Backend backend() const override { return Backend::kPostgres; }
  bool healthy() const { return PQstatus(conn_) == CONNECTION_OK; }

  Result<Rows> Query(std::string_view sql, const Params& params) override {
    std::string name;
    if (Status s = Prepare(sql, params.size(), &name); !s.ok()) return s;
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      const Value& v = params[i];
      if (std::holds_alternative<std::nullptr_t>(v)) continue;
      if (auto p = std::get_if<std::int64_t>(&v)) {
        texts[i] = std::to_string(*p);
      } else if (auto p = std::get_if<double>(&v)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", *p);
        texts[i] = buf;
      } else {
        texts[i] = std::get<std::string>(v);
      }
      values[i] = texts[i].c_str();
    }
    PGresult* res = PQexecPrepared(conn_, name.c_str(), static_cast<int>(params.size()),
                                   values.data(), nullptr, nullptr, 0);
    const auto guard = std::unique_ptr<PGresult, decltype(&PQclear)>(res, &PQclear);
    const ExecStatusType st = PQresultStatus(res);
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) return PgResultError(res, conn_);
    Rows out;
    const int nrows = PQntuples(res);
    const int ncols = PQnfields(res);
    out.rows.reserve(static_cast<size_t>(nrows));
    for (int r = 0; r < nrows; ++r) {
      std::vector<Value> row;
      row.reserve(static_cast<size_t>(ncols));
      for (int c = 0; c < ncols; ++c) {
        if (PQgetisnull(res, r, c)) {
          row.emplace_back(nullptr);
          continue;
        }
        const char* text = PQgetvalue(res, r, c);
        switch (PQftype(res, c)) {
          case kInt8:
          case kInt4:
          case kInt2:
            row.emplace_back(static_cast<std::int64_t>(std::strtoll(text, nullptr, 10)));
            break;
          case kFloat4:
          case kFloat8:
            row.emplace_back(std::strtod(text, nullptr));
            break;
          case kBool:
            row.emplace_back(static_cast<std::int64_t>(text[0] == 't' ? 1 : 0));
            break;
          default:
            row.emplace_back(std::string(text, static_cast<size_t>(PQgetlength(res, r, c))));
        }
      }
      out.rows.emplace_back(std::move(row));
    }
    const char* affected = PQcmdTuples(res);
    out.affected = affected && *affected ? std::strtoll(affected, nullptr, 10) : 0;
    return out;
  }

  Status ExecScript(std::string_view sql) override {
    const std::string text(sql);
    PGresult* res = PQexec(conn_, text.c_str());
    const auto guard = std::unique_ptr<PGresult, decltype(&PQclear)>(res, &PQclear);
    const ExecStatusType st = PQresultStatus(res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return PgResultError(res, conn_);
    return Status::Ok();
  }

  Status Begin(bool) override { return ExecScript("BEGIN"); }
  Status Commit() override { return ExecScript("COMMIT"); }
  Status Rollback() override {
    if (PQtransactionStatus(conn_) == PQTRANS_IDLE) return Status::Ok();
    return ExecScript("ROLLBACK");
  }
  Status LockKey(std::int64_t key) override {
    return Exec("SELECT pg_advisory_xact_lock($1::bigint)", {key});
  }

 private:
  Status Prepare(std::string_view sql, size_t nparams, std::string* name) {
    auto it = statements_.find(std::string(sql));
    if (it != statements_.end()) {
      *name = it->second;
      return Status::Ok();
    }
    std::string stmt_name = "q" + std::to_string(statements_.size() + 1);
    const std::string text(sql);
    PGresult* res = PQprepare(conn_, stmt_name.c_str(), text.c_str(), 0, nullptr);
    const auto guard = std::unique_ptr<PGresult, decltype(&PQclear)>(res, &PQclear);
    (void)nparams;
    if (PQresultStatus(res) != PGRES_COMMAND_OK) return PgResultError(res, conn_);
    statements_.emplace(text, stmt_name);
    *name = std::move(stmt_name);
    return Status::Ok();
  }

  PGconn* conn_;
  std::unordered_map<std::string, std::string> statements_;
};

class PgDatabase final : public Database {
 public:
  PgDatabase(std::string url, int pool_size) : url_(std::move(url)), max_(pool_size) {}

  Backend backend() const override { return Backend::kPostgres; }
  Result<ConnectionLease> Read() override {
    if (Connection* request = RequestConnection(*this)) return BorrowedLease(*request);
    return Acquire();
  }
  Result<ConnectionLease> Write() override { return Acquire(); }

  Result<std::unique_ptr<PgConnection>> Open() {
    PGconn* conn = PQconnectdb(url_.c_str());
    if (PQstatus(conn) != CONNECTION_OK) {
      std::string msg = PQerrorMessage(conn);
      PQfinish(conn);
      return Status::Error("unavailable", "cannot connect to PostgreSQL: " + msg);
    }
    auto c = std::make_unique<PgConnection>(conn);
    if (Status s = c->ExecScript("SET client_min_messages = warning; SET TIME ZONE 'UTC'");
        !s.ok())
      return s;
    return c;
  }

 private:
  Result<ConnectionLease> Acquire() {
    std::unique_ptr<PgConnection> conn;
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [&] { return !idle_.empty() || open_ < max_; });
      if (!idle_.empty()) {
        conn = std::move(idle_.back());
        idle_.pop_back();
      } else {
        ++open_;
      }
    }
    if (!conn || !conn->healthy()) {
      auto opened = Open();
      if (!opened.ok()) {
        std::lock_guard lock(mu_);
        --open_;
        cv_.notify_one();
        return opened.status();
      }
      conn = std::move(opened.value());
    }
    return ConnectionLease(conn.release(), [this](Connection* c) {
      c->Rollback();
      std::lock_guard lock(mu_);
      idle_.emplace_back(static_cast<PgConnection*>(c));
      cv_.notify_one();
    });
  }

  const std::string url_;
  const int max_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<PgConnection>> idle_;  // guarded by mu_
  int open_ = 0;                                     // guarded by mu_
};

}  // namespace

Result<std::unique_ptr<Database>> OpenPostgres(const std::string& url, int pool_size) {
  auto db = std::make_unique<PgDatabase>(url, pool_size < 1 ? 1 : pool_size);
  // Connect once now so a wrong URL fails at start-up, not at the first request.
  auto probe = db->Open();
  if (!probe.ok()) return probe.status();
  return std::unique_ptr<Database>(std::move(db));
}

}  // namespace quanke::storage
