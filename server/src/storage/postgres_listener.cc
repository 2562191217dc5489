#include "storage/postgres_listener.h"

#include <libpq-fe.h>
#include <poll.h>
#include <spdlog/spdlog.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <thread>

namespace quanke::storage {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr milliseconds kConnectTimeout{10000};

struct PgFinish {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
using PgConn = std::unique_ptr<PGconn, PgFinish>;

// libpq's last error on one line (it may hold several, e.g. the server's FATAL and the closed
// socket).
std::string LastError(PGconn* conn) {
  std::string text = conn ? PQerrorMessage(conn) : "out of memory";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  for (size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at)) text.replace(at, 1, "; ");
  return text;
}

// Runs one statement on the listening connection; false when it failed (the connection is
// then taken for lost).
bool Run(PGconn* conn, const std::string& sql) {
  PGresult* res = PQexec(conn, sql.c_str());
  const ExecStatusType st = PQresultStatus(res);
  PQclear(res);
  return st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
}

class PgListener final : public Listener {
 public:
  PgListener(std::string url, ListenerOptions options) : url_(std::move(url)), options_(options) {}
  ~PgListener() override { Stop(); }

  Status Start() override {
    if (thread_.joinable()) return Status::Ok();
    stop_fd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (stop_fd_ < 0) return Status::Internal("listener: eventfd failed");
    try {
      thread_ = std::thread([this] { Loop(); });
    } catch (const std::system_error& e) {
      return Status::Internal(std::string("listener: ") + e.what());
    }
    return Status::Ok();
  }

  void Stop() override {
    if (!thread_.joinable()) return;
    const std::uint64_t one = 1;
    if (write(stop_fd_, &one, sizeof one) < 0) spdlog::warn("listener: cannot signal its thread to stop");
    thread_.join();
    close(stop_fd_);
    stop_fd_ = -1;
  }

 private:
  enum class Wait { kReady, kStop, kTimeout, kError };

  // Waits until `fd` has `events` (fd < 0: only the timeout), Stop is called, or `timeout` passes.
  Wait WaitFor(int fd, short events, milliseconds timeout) const {
    pollfd fds[2] = {{stop_fd_, POLLIN, 0}, {fd, events, 0}};
    const int n = poll(fds, fd >= 0 ? 2 : 1, static_cast<int>(std::max<std::int64_t>(timeout.count(), 0)));
    if (n < 0) return errno == EINTR ? Wait::kTimeout : Wait::kError;
    if (fds[0].revents) return Wait::kStop;
    if (n == 0) return Wait::kTimeout;
    return Wait::kReady;
  }

  // Connects without blocking Stop: libpq's asynchronous connection, polled with the stop fd.
  // nullptr when it failed (logged unless `quiet`) or Stop was called.
  PgConn Connect(bool* stopped) {
    const std::string application = "quanke-listener-" + std::to_string(getpid());
    // The URL first (expanded), then what overrides it: the name operators find it by, and TCP
    // keepalives so that a silently dropped connection is noticed by the kernel too.
    const char* keys[] = {"dbname", "application_name", "keepalives", "keepalives_idle", "keepalives_interval",
                          "keepalives_count", nullptr};
    const char* values[] = {url_.c_str(), application.c_str(), "1", "30", "10", "3", nullptr};
    PgConn conn(PQconnectStartParams(keys, values, 1));
    if (!conn || PQstatus(conn.get()) == CONNECTION_BAD) {
      last_error_ = LastError(conn.get());
      return nullptr;
    }
    const auto deadline = Clock::now() + kConnectTimeout;
    PostgresPollingStatusType st = PGRES_POLLING_WRITING;
    while (st != PGRES_POLLING_OK) {
      if (st == PGRES_POLLING_FAILED) {
        last_error_ = LastError(conn.get());
        return nullptr;
      }
      const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
      const Wait w = WaitFor(PQsocket(conn.get()), st == PGRES_POLLING_READING ? POLLIN : POLLOUT, left);
      if (w == Wait::kStop) {
        *stopped = true;
        return nullptr;
      }
      if (w != Wait::kReady) {
        last_error_ = "connection timed out";
        return nullptr;
      }
      st = PQconnectPoll(conn.get());
    }
    PQsetNoticeProcessor(conn.get(), [](void*, const char*) {}, nullptr);
    if (!Run(conn.get(), "LISTEN " + std::string(kSignalChannel))) {
      last_error_ = LastError(conn.get());
      return nullptr;
    }
    return conn;
  }

  // Hands every received signal on until the connection is lost (false) or Stop is called (true).
  bool Listen(PGconn* conn) {
    for (;;) {
      const Wait w = WaitFor(PQsocket(conn), POLLIN, options_.ping_every);
      if (w == Wait::kStop) return true;
      if (w == Wait::kError) return false;
      if (w == Wait::kTimeout) {
        // Quiet for a while: make sure somebody is still at the other end.
        if (!Run(conn, "SELECT 1")) return false;
      } else if (!PQconsumeInput(conn)) {
        return false;
      }
      while (PGnotify* n = PQnotifies(conn)) {
        Deliver(n->extra);
        PQfreemem(n);
      }
      if (PQstatus(conn) != CONNECTION_OK) return false;
    }
  }

  void Loop() {
    milliseconds delay = options_.first_retry;
    bool ever_connected = false;
    Clock::time_point lost_at;
    for (;;) {
      bool stopped = false;
      PgConn conn = Connect(&stopped);
      if (stopped) return;
      if (conn) {
        if (!ever_connected)
          spdlog::info("listening to the other nodes (PostgreSQL channel {})", kSignalChannel);
        else
          spdlog::info("listening to the other nodes again, {} ms after the connection was lost",
                       std::chrono::duration_cast<milliseconds>(Clock::now() - lost_at).count());
        ever_connected = true;
        delay = options_.first_retry;
        // What was signalled before this connection listened is unknown: start over.
        Resync();
        if (Listen(conn.get())) return;
        last_error_ = LastError(conn.get());
        lost_at = Clock::now();
        spdlog::warn("lost the listening connection to PostgreSQL ({}); reconnecting", last_error_);
      } else {
        spdlog::warn("cannot listen to the other nodes ({}); retrying in {} ms", last_error_, delay.count());
      }
      const bool failed = conn == nullptr;
      conn.reset();
      if (WaitFor(-1, 0, delay) == Wait::kStop) return;
      if (failed) delay = std::min(delay * 2, options_.max_retry);
    }
  }

  const std::string url_;
  const ListenerOptions options_;
  int stop_fd_ = -1;        // written by Stop, polled by the thread
  std::thread thread_;
  std::string last_error_;  // the thread's only
};

}  // namespace

std::unique_ptr<Listener> MakePostgresListener(const std::string& url, ListenerOptions options) {
  return std::make_unique<PgListener>(url, options);
}

}  // namespace quanke::storage
