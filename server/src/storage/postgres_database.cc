#include "storage/postgres_database.h"

#include <libpq-fe.h>

#include <condition_variable>
#include <cstring>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <unordered_set>
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

// The text form of each parameter, as libpq sends it.
struct ParamTexts {
  explicit ParamTexts(const Params& params) : texts(params.size()), values(params.size(), nullptr) {
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
  }
  int count() const { return static_cast<int>(values.size()); }
  std::vector<std::string> texts;
  std::vector<const char*> values;
};

Rows RowsOf(PGresult* res) {
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

using ResultGuard = std::unique_ptr<PGresult, decltype(&PQclear)>;

class PgConnection final : public Connection {
 public:
  explicit PgConnection(PGconn* conn) : conn_(conn) {}
  ~PgConnection() override { PQfinish(conn_); }

  Backend backend() const override { return Backend::kPostgres; }
  bool healthy() const { return PQstatus(conn_) == CONNECTION_OK; }

  Result<Rows> Query(std::string_view sql, const Params& params) override {
    if (!queued_.empty() || mode_ != Plan::kAuto)
      return std::move(QueryBatch({Statement{std::string(sql), params}}).front());
    std::string name;
    if (Status s = Prepare(sql, &name); !s.ok()) return s;
    const ParamTexts p(params);
    ResultGuard res(
        PQexecPrepared(conn_, name.c_str(), p.count(), p.values.data(), nullptr, nullptr, 0),
        &PQclear);
    const ExecStatusType st = PQresultStatus(res.get());
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) return PgResultError(res.get(), conn_);
    return RowsOf(res.get());
  }

  Status Defer(std::string_view sql, const Params& params) override {
    if (Status s = Send(sql, params, kNoAnswer); !s.ok()) return s;
    // Each queued statement's answer waits in the socket until the next sync; a bounded queue
    // keeps that far below what the socket buffers hold (no deadlock in blocking mode).
    if (queued_.size() >= kMaxQueued) return Sync(nullptr);
    return Status::Ok();
  }

  std::vector<Result<Rows>> QueryBatch(const std::vector<Statement>& batch) override {
    std::vector<Result<Rows>> out(batch.size(),
                                  Result<Rows>(Status::Internal("postgres: statement not run")));
    for (size_t i = 0; i < batch.size(); ++i) {
      if (Status s = Send(batch[i].sql, batch[i].params, static_cast<int>(i), batch[i].plan);
          !s.ok()) {
        (void)Sync(nullptr);
        std::fill(out.begin(), out.end(), Result<Rows>(s));
        return out;
      }
    }
    if (Status s = Sync(&out); !s.ok())
      for (auto& r : out)
        if (r.ok()) r = s;  // a queued write failed: nothing after it ran
    return out;
  }

  Status ExecScript(std::string_view sql) override {
    // What is queued runs first. A rollback runs even when that failed: it is how the caller
    // recovers from the failure.
    const bool rollback = sql.rfind("ROLLBACK", 0) == 0;
    if (Status q = Sync(nullptr); !q.ok() && !rollback) return q;
    // A lock taken inside a savepoint that rolls back is released with it; forget them all (taking
    // one again is merely a round trip).
    if (rollback || sql == "BEGIN" || sql == "COMMIT") held_locks_.clear();
    if (rollback) mode_.reset();  // a SET in the rolled-back part is undone: not known any more
    const std::string text(sql);
    ResultGuard res(PQexec(conn_, text.c_str()), &PQclear);
    const ExecStatusType st = PQresultStatus(res.get());
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return PgResultError(res.get(), conn_);
    return Status::Ok();
  }

  // BEGIN travels with the transaction's first statement, COMMIT with its queued writes: a
  // transaction costs no round trip of its own.
  Status Begin(bool) override {
    if (Status s = Sync(nullptr); !s.ok()) return s;
    held_locks_.clear();
    return Defer("BEGIN", {});
  }
  Status Commit() override {
    held_locks_.clear();
    if (Status s = Defer("COMMIT", {}); !s.ok()) return s;
    return Sync(nullptr);  // a queued write that failed skips the COMMIT: the caller rolls back
  }
  Status Rollback() override {
    (void)Sync(nullptr);
    if (PQtransactionStatus(conn_) == PQTRANS_IDLE) return Status::Ok();
    return ExecScript("ROLLBACK");
  }
  Status LockKey(std::int64_t key) override {
    // Held until the transaction ends; asking again (a bulk import's every row) costs nothing.
    if (held_locks_.count(key)) return Status::Ok();
    if (Status s = Exec("SELECT pg_advisory_xact_lock($1::bigint)", {key}); !s.ok()) return s;
    held_locks_.insert(key);
    return Status::Ok();
  }

 private:
  static constexpr int kNoAnswer = -1;
  static constexpr size_t kMaxQueued = 256;
  // A result the next Sync reads: a prepare, or a statement's answer (its index in a batch, or
  // kNoAnswer for a Defer).
  struct Queued {
    bool prepare;
    int answer;
    std::string sql;  // for a prepare: forgotten again if it fails
  };

  // Queues one statement in pipeline mode (entered on the first), preparing it first if this
  // connection has not.
  Status Send(std::string_view sql, const Params& params, int answer, Plan plan = Plan::kAuto) {
    if (PQpipelineStatus(conn_) == PQ_PIPELINE_OFF && PQenterPipelineMode(conn_) != 1)
      return PgResultError(nullptr, conn_);
    // The session's plan_cache_mode follows the statements: switched only when the next one
    // wants the other mode, in the same round trip.
    if (mode_ != plan) {
      mode_ = plan;
      if (Status s = Send(plan == Plan::kGeneric ? "SET plan_cache_mode = force_generic_plan"
                                                 : "SET plan_cache_mode = auto",
                          {}, kNoAnswer, plan);
          !s.ok()) {
        mode_.reset();
        return s;
      }
    }
    auto it = statements_.find(std::string(sql));
    if (it == statements_.end()) {
      std::string stmt_name = "q" + std::to_string(++prepared_);
      const std::string text(sql);
      if (PQsendPrepare(conn_, stmt_name.c_str(), text.c_str(), 0, nullptr) != 1)
        return PgResultError(nullptr, conn_);
      queued_.push_back({true, kNoAnswer, text});
      it = statements_.emplace(text, std::move(stmt_name)).first;
    }
    const ParamTexts p(params);
    if (PQsendQueryPrepared(conn_, it->second.c_str(), p.count(), p.values.data(), nullptr, nullptr,
                            0) != 1)
      return PgResultError(nullptr, conn_);
    queued_.push_back({false, answer, {}});
    return Status::Ok();
  }

  // Ends the pipeline: sends a sync, reads every queued result in order (answers go to `out` by
  // index), and leaves pipeline mode. Returns the first error of a statement with no answer
  // slot (a Defer or a prepare); statements after a failed one are not run by the server.
  Status Sync(std::vector<Result<Rows>>* out) {
    if (PQpipelineStatus(conn_) == PQ_PIPELINE_OFF) return Status::Ok();
    Status first = Status::Ok();  // of a statement with no answer slot
    Status cause = Status::Ok();  // of the first statement that failed: why the rest did not run
    if (PQpipelineSync(conn_) != 1) first = cause = PgResultError(nullptr, conn_);
    for (size_t i = 0; i < queued_.size(); ++i) {
      const Queued& q = queued_[i];
      ResultGuard res(PQgetResult(conn_), &PQclear);
      if (!res) {  // the connection broke: nothing more will come
        if (first.ok()) first = PgResultError(nullptr, conn_);
        if (cause.ok()) cause = first;
        for (size_t j = i; j < queued_.size() && out; ++j)
          if (queued_[j].answer != kNoAnswer)
            (*out)[static_cast<size_t>(queued_[j].answer)] = cause;
        break;
      }
      while (PGresult* extra = PQgetResult(conn_)) PQclear(extra);  // the NULL that ends this one
      const ExecStatusType st = PQresultStatus(res.get());
      Status error = Status::Ok();
      if (st == PGRES_PIPELINE_ABORTED) {
        error = cause.ok() ? Status::Internal("postgres: statement not run") : cause;
      } else if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        error = PgResultError(res.get(), conn_);
        if (cause.ok()) cause = error;
      }
      if (q.prepare && !error.ok()) statements_.erase(q.sql);
      if (q.answer != kNoAnswer && out) {
        (*out)[static_cast<size_t>(q.answer)] =
            error.ok() ? Result<Rows>(RowsOf(res.get())) : Result<Rows>(error);
      } else if (!error.ok() && first.ok()) {
        first = error;
      }
    }
    queued_.clear();
    // The sync's own result, then out of pipeline mode.
    while (PGresult* res = PQgetResult(conn_)) {
      const bool sync = PQresultStatus(res) == PGRES_PIPELINE_SYNC;
      PQclear(res);
      if (sync) break;
    }
    if (PQexitPipelineMode(conn_) != 1 && first.ok()) first = PgResultError(nullptr, conn_);
    return first;
  }

  Status Prepare(std::string_view sql, std::string* name) {
    auto it = statements_.find(std::string(sql));
    if (it != statements_.end()) {
      *name = it->second;
      return Status::Ok();
    }
    std::string stmt_name = "q" + std::to_string(++prepared_);
    const std::string text(sql);
    ResultGuard res(PQprepare(conn_, stmt_name.c_str(), text.c_str(), 0, nullptr), &PQclear);
    if (PQresultStatus(res.get()) != PGRES_COMMAND_OK) return PgResultError(res.get(), conn_);
    statements_.emplace(text, stmt_name);
    *name = std::move(stmt_name);
    return Status::Ok();
  }

  PGconn* conn_;
  std::unordered_map<std::string, std::string> statements_;
  std::unordered_set<std::int64_t> held_locks_;  // advisory locks of the open transaction
  std::optional<Plan> mode_ = Plan::kAuto;       // the session's plan_cache_mode, when known
  int prepared_ = 0;            // statements prepared so far: names are q1, q2, ...
  std::vector<Queued> queued_;  // sent in pipeline mode, results not read yet
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
    if (Status s = c->ExecScript("SET client_min_messages = warning; SET TIME ZONE 'UTC'"); !s.ok())
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
